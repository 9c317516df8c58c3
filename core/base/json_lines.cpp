#include "core/base/json_lines.h"

#include <algorithm>
#include <vector>

namespace corridor {

std::string json_pointer_append(const std::string& pointer, std::string_view key) {
    std::string out = pointer + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string json_pointer_append(const std::string& pointer, size_t index) {
    return pointer + "/" + std::to_string(index);
}

namespace {

// Recursive descent over valid JSON, recording the start line of each value.
class Scanner {
public:
    Scanner(std::string_view text, std::unordered_map<std::string, size_t>& lines)
        : text_(text), lines_(lines) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // nlohmann skips a UTF-8 BOM too
    }

    void scan() { value("", 0); }

private:
    static constexpr int kMaxDepth = 256;  // deeper nesting is not part of our schemas

    bool ok() const { return pos_ < text_.size(); }

    void skip_space() {
        while (ok() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
            if (text_[pos_] == '\n') ++line_;
            ++pos_;
        }
    }

    // Reads a string token; returns its raw content (escapes other than \" \\ \/ kept as written).
    std::string string_token() {
        std::string out;
        ++pos_;  // opening quote
        while (ok() && text_[pos_] != '"') {
            if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
                char e = text_[pos_ + 1];
                if (e == '"' || e == '\\' || e == '/') out += e;
                else out += text_.substr(pos_, 2);
                pos_ += 2;
            } else {
                out += text_[pos_++];
            }
        }
        ++pos_;  // closing quote
        return out;
    }

    bool value(const std::string& pointer, int depth) {
        skip_space();
        if (!ok() || depth > kMaxDepth) return false;
        lines_.emplace(pointer, line_);
        char c = text_[pos_];
        if (c == '{') return object(pointer, depth);
        if (c == '[') return array(pointer, depth);
        if (c == '"') {
            string_token();
            return true;
        }
        while (ok() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
        return true;
    }

    bool object(const std::string& pointer, int depth) {
        ++pos_;
        skip_space();
        if (ok() && text_[pos_] == '}') return ++pos_, true;
        while (ok()) {
            skip_space();
            if (!ok() || text_[pos_] != '"') return false;
            std::string key = string_token();
            skip_space();
            if (!ok() || text_[pos_] != ':') return false;
            ++pos_;
            if (!value(json_pointer_append(pointer, key), depth + 1)) return false;
            skip_space();
            if (!ok()) return false;
            if (text_[pos_++] == '}') return true;
        }
        return false;
    }

    bool array(const std::string& pointer, int depth) {
        ++pos_;
        skip_space();
        if (ok() && text_[pos_] == ']') return ++pos_, true;
        for (size_t i = 0; ok(); ++i) {
            if (!value(json_pointer_append(pointer, i), depth + 1)) return false;
            skip_space();
            if (!ok()) return false;
            if (text_[pos_++] == ']') return true;
        }
        return false;
    }

    std::string_view text_;
    std::unordered_map<std::string, size_t>& lines_;
    size_t pos_ = 0, line_ = 1;
};

}  // namespace

JsonLineMap::JsonLineMap(std::string_view text) { Scanner(text, lines_).scan(); }

size_t JsonLineMap::line_of(const std::string& pointer) const {
    std::string p = pointer;
    for (;;) {
        auto it = lines_.find(p);
        if (it != lines_.end()) return it->second;
        if (p.empty()) return 0;
        p.resize(p.rfind('/'));
    }
}

std::string json_where(const JsonLineMap& lines, const std::string& pointer) {
    std::string where = pointer.empty() ? "/" : pointer;
    if (size_t line = lines.line_of(pointer)) where += " (line " + std::to_string(line) + ")";
    return where;
}

}  // namespace corridor
