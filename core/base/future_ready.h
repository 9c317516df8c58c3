#pragma once
// Whether a worker's result can be taken without waiting: the UI thread polls its jobs once a frame.
#include <chrono>
#include <future>

namespace corridor {

template <class T>
bool is_ready(const std::future<T>& f) {
    return f.valid() && f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace corridor
