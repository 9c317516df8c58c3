#pragma once
// The one way the program turns JSON into text. nlohmann_json's plain dump() throws on a string
// that is not UTF-8; text is made UTF-8 where it is read (core/base/utf8_text.h), and this keeps
// a stray byte that slipped through from ending the program: it becomes U+FFFD instead.
#include <string>

#include <nlohmann/json.hpp>

namespace corridor {

inline std::string dump_json(const nlohmann::json& value, int indent = -1) {
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace corridor
