#include "core/base/diagnostics.h"

#include <algorithm>

#include "core/base/utf8_text.h"

namespace corridor {

std::string Diagnostic::to_string() const {
    std::string s = severity == Severity::Error ? "error: " : "warning: ";
    s += file;
    if (!where.empty()) s += ": " + where;
    s += ": " + message;
    return s;
}

void Diagnostics::warning(std::string file, std::string where, std::string message) {
    add({Severity::Warning, std::move(file), std::move(where), std::move(message)});
}

void Diagnostics::error(std::string file, std::string where, std::string message) {
    add({Severity::Error, std::move(file), std::move(where), std::move(message)});
}

void Diagnostics::add(Diagnostic d) {
    // Messages quote what they found (a file name, a parser's "last read" bytes cut inside a
    // character): keep them UTF-8, as the problems panel and the state JSON need.
    for (std::string* text : {&d.file, &d.where, &d.message})
        if (!is_valid_utf8(*text)) *text = to_utf8(*text);
    items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

size_t Diagnostics::error_count() const {
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

}  // namespace corridor
