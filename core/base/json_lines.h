#pragma once
// Line numbers for JSON values, so that a schema error can say "/initiatives/3/title/en (line 40)".
// nlohmann_json keeps no source positions for parsed values (only parse errors carry a byte
// offset), so this light scanner walks the text once more and records, for every value, the
// JSON pointer (RFC 6901) and the line where it starts. It assumes text that nlohmann_json
// already accepted; on anything else it simply stops recording.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace corridor {

// "/a~1b" for key "a/b": the escaping of RFC 6901.
std::string json_pointer_append(const std::string& pointer, std::string_view key);
std::string json_pointer_append(const std::string& pointer, size_t index);

class JsonLineMap {
public:
    JsonLineMap() = default;
    explicit JsonLineMap(std::string_view text);

    // Line of the value at `pointer`; for a pointer not in the text (a missing member), the
    // line of its nearest enclosing value. 0 when nothing is known.
    size_t line_of(const std::string& pointer) const;

private:
    std::unordered_map<std::string, size_t> lines_;
};

// "/initiatives/3/title/en (line 40)", or the bare pointer when the line is unknown.
std::string json_where(const JsonLineMap& lines, const std::string& pointer);

}  // namespace corridor
