#include "core/base/diagnostics.h"

#include <algorithm>

namespace corridor {

std::string Diagnostic::to_string() const {
    std::string s = severity == Severity::Error ? "error: " : "warning: ";
    s += file;
    if (!where.empty()) s += ": " + where;
    s += ": " + message;
    return s;
}

void Diagnostics::warning(std::string file, std::string where, std::string message) {
    items_.push_back({Severity::Warning, std::move(file), std::move(where), std::move(message)});
}

void Diagnostics::error(std::string file, std::string where, std::string message) {
    items_.push_back({Severity::Error, std::move(file), std::move(where), std::move(message)});
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
