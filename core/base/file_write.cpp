#include "core/base/file_write.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace corridor {

namespace fs = std::filesystem;

std::string write_error_text(int errnum) {
    switch (errnum) {
        case EACCES:
        case EPERM: return "permission denied (the folder is not writable)";
        case EROFS: return "the folder is on a read-only file system";
        case ENOSPC: return "the disk is full";
        case EDQUOT: return "the disk quota is exhausted";
        case ENOENT: return "the folder does not exist";
        case ENOTDIR: return "a part of the path is not a folder";
        case EISDIR: return "a folder of that name is in the way";
        case EFBIG: return "the file is larger than the disk or the file-size limit allows";
        default: return std::strerror(errnum);
    }
}

fs::path temporary_sibling(const fs::path& path) {
    static std::atomic<unsigned> counter{0};
    fs::path tmp = path;
    tmp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + path.extension().string();
    return tmp;
}

bool commit_temporary(const fs::path& temporary, const fs::path& path, std::string& error) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = write_error_text(EISDIR);
        fs::remove(temporary, ec);
        return false;
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = write_error_text(errno);
        fs::remove(temporary, ec);
        return false;
    }
    return true;
}

// POSIX calls rather than an ofstream: each step's errno says why it failed.
AtomicFileWriter::AtomicFileWriter(fs::path path, DiskFlush flush)
    : path_(std::move(path)), temporary_(temporary_sibling(path_)), flush_(flush) {
    fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd_ < 0) error_ = write_error_text(errno);
}

AtomicFileWriter::~AtomicFileWriter() {
    if (fd_ < 0) return;
    ::close(fd_);
    ::unlink(temporary_.c_str());
}

bool AtomicFileWriter::fail(int errnum) {
    error_ = write_error_text(errnum);
    if (fd_ >= 0) {
        ::close(fd_);
        ::unlink(temporary_.c_str());
        fd_ = -1;
    }
    return false;
}

bool AtomicFileWriter::write(std::span<const std::string_view> pieces) {
    if (fd_ < 0) return false;
    for (std::string_view piece : pieces) {
        const char* p = piece.data();
        size_t left = piece.size();
        while (left > 0) {
            const ssize_t n = ::write(fd_, p, left);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return fail(n < 0 ? errno : ENOSPC);
            p += n;
            left -= size_t(n);
        }
    }
    return true;
}

bool AtomicFileWriter::write_at(std::uintmax_t offset, std::string_view bytes) {
    if (fd_ < 0) return false;
    const char* p = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::pwrite(fd_, p, left, off_t(offset + (bytes.size() - left)));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail(n < 0 ? errno : ENOSPC);
        p += n;
        left -= size_t(n);
    }
    return true;
}

bool AtomicFileWriter::commit() {
    if (fd_ < 0) return false;
    // fsync so that a power cut after the rename cannot leave an empty file behind it.
    if (flush_ == DiskFlush::Wait && ::fsync(fd_) != 0 && errno != EINVAL) return fail(errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        error_ = write_error_text(errno);
        ::unlink(temporary_.c_str());
        return false;
    }
    return commit_temporary(temporary_, path_, error_);
}

bool write_file_atomically(const fs::path& path, std::string_view content, std::string& error) {
    return write_file_atomically(path, std::span(&content, 1), error);
}

bool write_file_atomically(const fs::path& path, std::span<const std::string_view> pieces, std::string& error) {
    AtomicFileWriter file(path);
    if (file.write(pieces) && file.commit()) return true;
    error = file.error();
    return false;
}

}  // namespace corridor
