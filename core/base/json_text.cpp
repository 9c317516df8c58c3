#include "core/base/json_text.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <filesystem>
#include <sstream>

#include "core/base/utf8_text.h"

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

JsonTextError json_text_error(std::string_view text, const nlohmann::json::exception& e) {
    JsonTextError out;
    out.what = e.what();
    if (size_t colon = out.what.find(": "); colon != std::string::npos) out.what = out.what.substr(colon + 2);
    else if (size_t prefix = out.what.find("] "); prefix != std::string::npos) out.what = out.what.substr(prefix + 2);
    if (const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e)) {
        // e.byte counts the characters read, the bad one included: the offset is byte - 1.
        out.position = position_of_offset(text, parse->byte == 0 ? 0 : parse->byte - 1);
    } else if (size_t open = out.what.find('\''), close = out.what.rfind('\'');
               open != std::string::npos && close > open) {
        // "number overflow parsing '1e400'": the first place that spelling occurs.
        if (size_t at = text.find(out.what.substr(open + 1, close - open - 1)); at != std::string_view::npos)
            out.position = position_of_offset(text, at);
        out.what = "a number too large to read: " + out.what.substr(open + 1, close - open - 1);
    }
    return out;
}

std::string describe_position(TextPosition p) {
    if (p.line == 0) return "";
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

bool read_text_file(const std::string& path, std::string& text, std::string& error, Diagnostics* warnings,
                    size_t max_bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    // An ifstream opens a folder without complaint and reads nothing: say what it is.
    if (fs::is_directory(path, ec)) {
        error = "is a folder, not a file";
        return false;
    }
    if (auto size = fs::file_size(path, ec); !ec && size > max_bytes) {
        error = "is " + std::to_string(size >> 20) + " MB, more than the " + std::to_string(max_bytes >> 20) +
                " MB this file may hold";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot open file: ") + std::strerror(errno);
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    if (size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
        if (warnings) warnings->warning(path, describe_position(position_of_offset(text, bad)), recoded_text_message());
        text = to_utf8(text);
    }
    return true;
}

}  // namespace corridor
