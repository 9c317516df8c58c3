#include "core/base/json_text.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace corridor {

TextPosition position_of_offset(std::string_view text, size_t byte_offset) {
    TextPosition p{1, 1};
    byte_offset = std::min(byte_offset, text.size());
    for (size_t i = 0; i < byte_offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;  // count UTF-8 characters, not continuation bytes
        }
    }
    return p;
}

std::string describe_position(TextPosition p) {
    if (p.line == 0) return "";
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

bool read_text_file(const std::string& path, std::string& text, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot open file: ") + std::strerror(errno);
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    return true;
}

}  // namespace corridor
