#pragma once
// The map's finer levels of detail, built on background threads (one per core, below the UI's
// priority), coarse to fine across all meshes, so the first frame needs only the coarse bands
// (MapRenderer uploads what is done).
#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "viewer/map/map_mesh.h"

namespace corridor {

class BandWorker {
public:
    struct Job {
        const MeshBuild* build;
        int band;
    };
    struct Done {
        const MeshBuild* build;
        int band;
        BandMesh mesh;
    };

    ~BandWorker() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        wake_.notify_all();
        for (std::thread& t : threads_) t.join();
    }

    // Queues bands first_band.. of `build`, which must outlive the worker or its jobs.
    void add(const MeshBuild* build, int first_band) { add(build, first_band, build->band_count); }
    // Queues bands first_band..end_band - 1 of `build`. Any thread may call it.
    void add(const MeshBuild* build, int first_band, int end_band) {
        {
            std::lock_guard lock(mutex_);
            for (int b = first_band; b < end_band; ++b) jobs_.push_back({build, b});
            std::stable_sort(jobs_.begin(), jobs_.end(), [](const Job& a, const Job& b) { return a.band < b.band; });
            if (threads_.empty())
                for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
                    threads_.emplace_back([this] { run(); });
        }
        wake_.notify_all();
    }

    // Meshes finished since the last call; with `wait`, blocks until every job is done.
    std::vector<Done> take(bool wait) {
        std::unique_lock lock(mutex_);
        if (wait) idle_.wait(lock, [this] { return jobs_.empty() && busy_ == 0; });
        return std::exchange(done_, {});
    }

    bool busy() {
        std::lock_guard lock(mutex_);
        return !jobs_.empty() || busy_ > 0 || !done_.empty();
    }

private:
    void run();

    std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::vector<Job> jobs_;
    std::vector<Done> done_;
    int busy_ = 0;  // jobs being built
    bool stop_ = false;
    std::vector<std::thread> threads_;  // started by the first add(), under mutex_
};

}  // namespace corridor
