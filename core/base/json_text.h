#pragma once
// Helpers for reporting problems in JSON files: turn a byte offset into "line L, column C".
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"

namespace corridor {

struct TextPosition {
    size_t line = 0, column = 0;  // 1-based; 0 when unknown
};

TextPosition position_of_offset(std::string_view text, size_t byte_offset);
std::string describe_position(TextPosition p);  // "line 3, column 14", or "" when unknown

// Where outside JSON text went wrong, and what, from the exception nlohmann's parser threw. Catch
// nlohmann::json::exception, not only parse_error: a number beyond a double's range ("1e400")
// throws out_of_range (406), which once ended the viewer from a settings file. `what` is
// nlohmann's message without its "[json.exception...]" prefix; an overflowing number is found
// in the text by its spelling, for its line.
struct JsonTextError {
    TextPosition position;
    std::string what;
};
JsonTextError json_text_error(std::string_view text, const nlohmann::json::exception& e);

// Reads a whole file; false (and `error` set) when it cannot be read, is a folder, or is larger
// than `max_bytes`. The text comes back as valid UTF-8: a file in another encoding is decoded as
// Windows-1252, with a warning (naming the line of the first such byte) added to `warnings`.
bool read_text_file(const std::string& path, std::string& text, std::string& error,
                    Diagnostics* warnings = nullptr, size_t max_bytes = 256u << 20);

}  // namespace corridor
