#pragma once
// Text from outside (attribute values, field and file names, JSON files, GDAL messages) made
// valid UTF-8 once, where it is read, so nothing further on (JSON dumps, labels, search, ImGui)
// ever meets a stray byte. Text that is not UTF-8 is taken as Windows-1252, the usual encoding
// of French names in older GIS files (a superset of Latin-1 for printable characters).
#include <cstddef>
#include <string>
#include <string_view>

namespace corridor {

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view text);

// `code` (a Unicode scalar value) appended to `out` as UTF-8.
void append_utf8(std::string& out, char32_t code);

// Byte offset of the first byte that is not well-formed UTF-8; npos when there is none.
size_t first_invalid_utf8(std::string_view text);

// `text` itself when it is valid UTF-8; otherwise its bytes decoded as Windows-1252 through
// GDAL's CPLRecode (the five bytes CP1252 leaves undefined are dropped). `recoded` says which.
std::string to_utf8(std::string_view text, bool* recoded = nullptr);

// The warning a reader gives once per file when it had to recode.
std::string recoded_text_message();

}  // namespace corridor
