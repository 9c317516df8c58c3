#pragma once
// Helpers for reporting problems in JSON files: turn a byte offset into "line L, column C".
#include <cstddef>
#include <string>
#include <string_view>

namespace corridor {

struct TextPosition {
    size_t line = 0, column = 0;  // 1-based; 0 when unknown
};

TextPosition position_of_offset(std::string_view text, size_t byte_offset);
std::string describe_position(TextPosition p);  // "line 3, column 14", or "" when unknown

// Reads a whole file; false (and `error` set) when it cannot be read.
bool read_text_file(const std::string& path, std::string& text, std::string& error);

}  // namespace corridor
