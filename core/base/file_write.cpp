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

bool write_file_atomically(const fs::path& path, std::string_view content, std::string& error) {
    return write_file_atomically(path, std::span(&content, 1), error);
}

bool write_file_atomically(const fs::path& path, std::span<const std::string_view> pieces, std::string& error) {
    // POSIX calls rather than an ofstream: each step's errno says why it failed.
    const fs::path tmp = temporary_sibling(path);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = write_error_text(errno);
        return false;
    }
    for (std::string_view piece : pieces) {
        const char* p = piece.data();
        size_t left = piece.size();
        while (left > 0) {
            ssize_t n = ::write(fd, p, left);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                error = write_error_text(n < 0 ? errno : ENOSPC);
                ::close(fd);
                ::unlink(tmp.c_str());
                return false;
            }
            p += n;
            left -= size_t(n);
        }
    }
    // fsync so that a power cut after the rename cannot leave an empty file behind it.
    if (::fsync(fd) != 0 && errno != EINVAL) {
        error = write_error_text(errno);
        ::close(fd);
        ::unlink(tmp.c_str());
        return false;
    }
    if (::close(fd) != 0) {
        error = write_error_text(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    return commit_temporary(tmp, path, error);
}

}  // namespace corridor
