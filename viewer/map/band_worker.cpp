#include "viewer/map/band_worker.h"

#include "core/base/free_memory.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace corridor {

void BandWorker::run() {
    // Below the UI's priority: on a two-core machine the software rasteriser needs both.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
        if (stop_) return;
        Job job = jobs_.front();
        jobs_.erase(jobs_.begin());
        ++busy_;
        lock.unlock();
        BandMesh mesh = build_band(*job.build, job.band);
        // Simplifying a level leaves GEOS's working memory free in this thread's arena.
        release_free_memory();
        lock.lock();
        --busy_;
        done_.push_back({job.build, job.band, std::move(mesh)});
        if (jobs_.empty() && busy_ == 0) idle_.notify_all();
    }
}

}  // namespace corridor
