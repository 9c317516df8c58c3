#pragma once
// Line numbers for messages about values in JSON files. nlohmann_json reports a byte offset for
// syntax errors (see json_text.h) but keeps no positions for parsed values, so a message about a
// value ("/steps/4/caption/fr is empty") finds its line by scanning the text again.
#include <string>
#include <string_view>

namespace corridor {

// 1-based line where the value at JSON pointer `pointer` ("/steps/4/caption/fr") starts in
// `text`. When that value is absent, the line of its nearest present ancestor; 0 when the text
// cannot be scanned that far.
int line_of_pointer(std::string_view text, std::string_view pointer);

// A key written as one JSON pointer token ('~' -> "~0", '/' -> "~1").
std::string json_pointer_token(std::string_view key);

// "/steps/4/caption/fr (line 40)", or the pointer alone when no line is known; "/" for the root.
std::string json_place(std::string_view text, const std::string& pointer);

}  // namespace corridor
