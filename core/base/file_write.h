#pragma once
// Writing files so that a crash, a full disk or a read-only folder never leaves a half-written
// one: the content goes to a temporary file in the same folder, which is renamed over the
// target only once it is complete (a rename within one file system is atomic on POSIX).
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace corridor {

// Writes `content` to `path` through a temporary sibling. False, with `error` in plain words
// ("the folder is read-only", "the disk is full"), when it cannot; the target is then untouched.
bool write_file_atomically(const std::filesystem::path& path, std::string_view content, std::string& error);
// The same with the content given in pieces, written one after the other: a large payload
// behind a small header need not be copied into one buffer first.
bool write_file_atomically(const std::filesystem::path& path, std::span<const std::string_view> pieces,
                           std::string& error);

// A file written in steps through a temporary sibling and renamed over `path` by commit(): for
// content that arrives piece by piece (a cache entry streamed as the map's meshes are built). A
// writer destroyed before commit() removes its temporary and leaves the target untouched. After
// a failed step every later one fails too, and error() says why ("the disk is full").
class AtomicFileWriter {
public:
    // Whether commit() waits for the content to reach the disk before the rename. The user's
    // files do; a cache entry need not: it carries a checksum, so one torn by a power cut is
    // found and rebuilt, and the wait (30-40 ms for a 60-76 MB entry here, more on a slow disk)
    // was paid on a first start, partly while its last frame and exit waited.
    enum class DiskFlush { Wait, Skip };
    explicit AtomicFileWriter(std::filesystem::path path, DiskFlush flush = DiskFlush::Wait);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    bool ok() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }
    // Appends the pieces, one after the other.
    bool write(std::span<const std::string_view> pieces);
    bool write(std::string_view piece) { return write(std::span(&piece, 1)); }
    // Writes over bytes already written, at `offset` (a header completed last).
    bool write_at(std::uintmax_t offset, std::string_view bytes);
    // Flushes the file to disk (unless told to skip it) and renames it over the target.
    bool commit();

private:
    bool fail(int errnum);

    std::filesystem::path path_, temporary_;
    DiskFlush flush_;
    int fd_ = -1;
    std::string error_;
};

// A temporary name beside `path` that keeps its extension (image writers choose the format by
// it): "view.png" -> "view.png.tmp-1234.png". For writers that take a file name, not bytes.
std::filesystem::path temporary_sibling(const std::filesystem::path& path);

// Renames a complete temporary file over `path`; removes it (and sets `error`) on failure.
bool commit_temporary(const std::filesystem::path& temporary, const std::filesystem::path& path, std::string& error);

// strerror-like text for an errno value, for the messages above.
std::string write_error_text(int errnum);

}  // namespace corridor
