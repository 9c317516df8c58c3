// parallel_for visits every index exactly once, whatever the count and block size, and hands an
// exception from any thread back to the caller.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
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
