#pragma once
// Shared by the libFuzzer targets: the input as the program would read it, and the checks every
// target makes after reading (beyond "no crash, no sanitizer report"): every problem message is
// UTF-8 and dumps as JSON without throwing.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include "core/base/diagnostics.h"
#include "core/base/json_dump.h"
#include "core/base/utf8_text.h"

namespace corridor::fuzz {

// Files are read through read_text_file, which hands the parsers valid UTF-8: do the same.
inline std::string text_as_read(const uint8_t* data, size_t size) {
    return to_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
}

// Stops the run (a finding) when `text` is not UTF-8.
inline void require_utf8(std::string_view text) {
    if (!is_valid_utf8(text)) {
        std::fprintf(stderr, "not UTF-8: %.*s\n", int(text.size()), text.data());
        std::abort();
    }
}

// The problems as the state JSON holds them, dumped with nlohmann's strict handler: any text
// that is not UTF-8 throws, and an uncaught exception is a finding.
inline void check_diagnostics(const Diagnostics& diag) {
    nlohmann::json out = nlohmann::json::array();
    for (const Diagnostic& d : diag.items()) {
        require_utf8(d.file), require_utf8(d.where), require_utf8(d.message);
        out.push_back({{"file", d.file}, {"where", d.where}, {"message", d.message}});
    }
    (void)out.dump();
}

// For readers that take a path: one scratch file per process, rewritten for each input.
inline std::filesystem::path write_scratch(const char* name, const uint8_t* data, size_t size) {
    static const std::filesystem::path dir = [] {
        std::filesystem::path d = std::filesystem::temp_directory_path() / ("corridor-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    std::filesystem::path file = dir / name;
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data), std::streamsize(size));
    return file;
}

}  // namespace corridor::fuzz
