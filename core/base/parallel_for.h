#pragma once
// Runs body(i) for every i in [0, count) on all cores. Per-feature work (simplifying,
// triangulating) is independent from feature to feature, and its cost varies a lot (a coast
// against a town commune), so threads take small blocks of indices from a shared counter rather
// than one fixed slice each. Written by hand because libstdc++'s parallel algorithms need TBB,
// which the project does not otherwise use. `body` must be safe to call from several threads at
// once for different i; an exception it throws is rethrown here after every thread has stopped.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace corridor {

// As parallel_for, with a state that each thread makes once, with make_state(), and hands to
// body(state, i): for what must not be shared between threads (an OGR coordinate
// transformation) and costs too much to make per item.
template <class MakeState, class Body>
void parallel_for_with(size_t count, MakeState&& make_state, Body&& body, size_t block = 8) {
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t threads = std::min(cores, (count + block - 1) / block);
    if (threads <= 1) {
        if (count == 0) return;
        auto state = make_state();
        for (size_t i = 0; i < count; ++i) body(state, i);
        return;
    }
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        try {
            auto state = make_state();
            for (size_t first; (first = next.fetch_add(block)) < count;)
                for (size_t i = first; i < std::min(count, first + block); ++i) body(state, i);
        } catch (...) {
            std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = count;  // the others stop at their next block
        }
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

template <class Body>
void parallel_for(size_t count, Body&& body, size_t block = 8) {
    parallel_for_with(count, [] { return 0; }, [&](int, size_t i) { body(i); }, block);
}

}  // namespace corridor
