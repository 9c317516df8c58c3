#include "core/json_location.h"

#include <algorithm>
#include <vector>

namespace corridor {

namespace {

// One open object or array while scanning: the pointer of the container and, inside it, the
// key or index of the member being read.
struct Frame {
    std::string pointer;
    bool object = false;
    bool want_key = false;  // object: next string is a key
    size_t index = 0;       // array: index of the next element
    std::string key;        // object: key of the next value
};

// Hand-written because nlohmann_json (the only JSON library here) keeps no source positions:
// a minimal walk over the tokens that tracks the JSON pointer of every value it meets and
// returns the line of the first value whose pointer equals `target`. It checks no grammar; the
// text was already parsed by nlohmann, so it only needs to follow structure.
int scan_for(std::string_view text, std::string_view target) {
    std::vector<Frame> stack;
    int line = 1;
    auto value_pointer = [&]() -> std::string {
        if (stack.empty()) return "";
        const Frame& f = stack.back();
        return f.pointer + "/" + (f.object ? f.key : std::to_string(f.index));
    };
    auto after_value = [&]() {  // a value ended: arrays move to their next index
        if (!stack.empty() && !stack.back().object) stack.back().index++;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') { ++line; continue; }
        if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':') continue;
        if (c == '}' || c == ']') {
            if (!stack.empty()) stack.pop_back();
            after_value();
            continue;
        }
        if (c == '"' && !stack.empty() && stack.back().object && stack.back().want_key) {
            size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += (text[i] == '\\') ? 2 : 1;
            // Keys are compared as written (escapes not decoded); our files' keys are plain words.
            stack.back().key = json_pointer_token(text.substr(start, std::min(i, text.size()) - start));
            stack.back().want_key = false;
            continue;
        }
        // A value starts here.
        std::string pointer = value_pointer();
        if (pointer == target) return line;
        if (!stack.empty() && stack.back().object) stack.back().want_key = true;
        if (c == '{' || c == '[') {
            stack.push_back({pointer, c == '{', c == '{', 0, {}});
            continue;
        }
        if (c == '"') {
            ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\n') ++line;
                i += (text[i] == '\\') ? 2 : 1;
            }
        } else {  // number, true, false, null
            while (i + 1 < text.size() && std::string_view(",}] \t\r\n").find(text[i + 1]) == std::string_view::npos) ++i;
        }
        after_value();
    }
    return 0;
}

}  // namespace

std::string json_pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

int line_of_pointer(std::string_view text, std::string_view pointer) {
    std::string target(pointer == "/" ? "" : pointer);
    for (;;) {
        if (int line = scan_for(text, target)) return line;
        if (target.empty()) return 0;
        target.resize(target.rfind('/'));  // try the parent
    }
}

std::string json_place(std::string_view text, const std::string& pointer) {
    std::string place = pointer.empty() ? "/" : pointer;
    if (int line = line_of_pointer(text, pointer)) place += " (line " + std::to_string(line) + ")";
    return place;
}

}  // namespace corridor
