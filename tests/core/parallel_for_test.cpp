// parallel_for visits every index exactly once, whatever the count and block size, and hands an
// exception from any thread back to the caller.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/base/parallel_for.h"

using corridor::parallel_for;

TEST(ParallelFor, VisitsEveryIndexOnce) {
    for (size_t count : {size_t(0), size_t(1), size_t(7), size_t(8), size_t(9), size_t(1000), size_t(4099)}) {
        for (size_t block : {size_t(1), size_t(8), size_t(64)}) {
            std::vector<std::atomic<int>> visits(count);
            parallel_for(count, [&](size_t i) { visits[i]++; }, block);
            for (size_t i = 0; i < count; ++i) ASSERT_EQ(visits[i].load(), 1) << "count " << count << " block " << block << " i " << i;
        }
    }
}

TEST(ParallelFor, UsesMoreThanOneThreadWhenThereAreCores) {
    if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "one core";
    std::mutex m;
    std::vector<std::thread::id> ids;
    // Each call waits a little, so one thread cannot take every block before the others start.
    parallel_for(64, [&](size_t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        std::lock_guard lock(m);
        if (std::find(ids.begin(), ids.end(), std::this_thread::get_id()) == ids.end()) ids.push_back(std::this_thread::get_id());
    }, 1);
    EXPECT_GE(ids.size(), 2u);
}

TEST(ParallelFor, ExceptionReachesTheCaller) {
    EXPECT_THROW(parallel_for(10000, [&](size_t i) {
                     if (i == 123) throw std::runtime_error("feature 123");
                 }, 4),
                 std::runtime_error);
}

// Each thread makes its state once and is the only one to use it: what the layer reader needs
// for OGR's coordinate transformations, which must not be shared between threads.
TEST(ParallelFor, EachThreadMakesItsOwnStateOnce) {
    struct State {
        std::thread::id owner = std::this_thread::get_id();
        int uses = 0;
    };
    std::atomic<int> made{0}, wrong_thread{0};
    std::vector<std::atomic<int>> visits(500);
    std::mutex m;
    int used = 0;
    std::vector<std::unique_ptr<State>> states;  // kept, to count every use once all are done
    corridor::parallel_for_with(
        visits.size(),
        [&] {
            ++made;
            std::lock_guard lock(m);
            states.push_back(std::make_unique<State>());
            return states.back().get();
        },
        [&](State* s, size_t i) {
            if (s->owner != std::this_thread::get_id()) ++wrong_thread;
            ++s->uses;
            visits[i]++;
            std::this_thread::sleep_for(std::chrono::microseconds(50));
        },
        4);
    for (const auto& v : visits) ASSERT_EQ(v.load(), 1);
    for (const auto& s : states) used += s->uses;
    EXPECT_EQ(used, 500);
    EXPECT_EQ(made.load(), int(std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 500 / 4)));
    EXPECT_EQ(wrong_thread.load(), 0);

    int empty_made = 0;
    corridor::parallel_for_with(0, [&] { return ++empty_made; }, [](int, size_t) {});
    EXPECT_EQ(empty_made, 0) << "no work, no state";
}
