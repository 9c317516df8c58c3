#pragma once
// Writing files so that a crash, a full disk or a read-only folder never leaves a half-written
// one: the content goes to a temporary file in the same folder, which is renamed over the
// target only once it is complete (a rename within one file system is atomic on POSIX).
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

// A temporary name beside `path` that keeps its extension (image writers choose the format by
// it): "view.png" -> "view.png.tmp-1234.png". For writers that take a file name, not bytes.
std::filesystem::path temporary_sibling(const std::filesystem::path& path);

// Renames a complete temporary file over `path`; removes it (and sets `error`) on failure.
bool commit_temporary(const std::filesystem::path& temporary, const std::filesystem::path& path, std::string& error);

// strerror-like text for an errno value, for the messages above.
std::string write_error_text(int errnum);

}  // namespace corridor
