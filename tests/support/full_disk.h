#pragma once
// A full disk for the length of one scope, without root or a mount: the file-size limit
// (RLIMIT_FSIZE) makes write() fail past `bytes` the way ENOSPC does past the free space, and
// SIGXFSZ, which would end the process, is ignored while it lasts.
#include <cstddef>

#include <sys/resource.h>

namespace corridor::test {

class FullDisk {
public:
    explicit FullDisk(size_t bytes);
    ~FullDisk();
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

private:
    rlimit saved_{};
    void (*saved_handler_)(int) = nullptr;
};

}  // namespace corridor::test
