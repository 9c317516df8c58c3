#pragma once
// Helpers for reporting problems in JSON files: turn a byte offset into "line L, column C".
#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/diagnostics.h"

namespace corridor {

struct TextPosition {
    size_t line = 0, column = 0;  // 1-based; 0 when unknown
};

TextPosition position_of_offset(std::string_view text, size_t byte_offset);
std::string describe_position(TextPosition p);  // "line 3, column 14", or "" when unknown

// Reads a whole file; false (and `error` set) when it cannot be read, is a folder, or is larger
// than `max_bytes`. The text comes back as valid UTF-8: a file in another encoding is decoded as
// Windows-1252, with a warning (naming the line of the first such byte) added to `warnings`.
bool read_text_file(const std::string& path, std::string& text, std::string& error,
                    Diagnostics* warnings = nullptr, size_t max_bytes = 256u << 20);

}  // namespace corridor
