#pragma once
// Warnings and errors found while reading data. Each names the file, the place in it
// (feature index, ID or JSON path, line where known) and what is wrong, so a user can fix it.
#include <string>
#include <vector>

namespace corridor {

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;     // path of the file read
    std::string where;    // "feature 12 (ML030204)", "/initiatives/3/title/fr (line 40)", or empty
    std::string message;  // what is wrong, in plain words

    std::string to_string() const;  // "error: file: where: message"
};

class Diagnostics {
public:
    void warning(std::string file, std::string where, std::string message);
    void error(std::string file, std::string where, std::string message);
    void add(Diagnostic d);  // every text made valid UTF-8 (core/base/utf8_text.h)
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return items_; }
    bool empty() const { return items_.empty(); }
    size_t error_count() const;
    size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }

private:
    std::vector<Diagnostic> items_;
};

}  // namespace corridor
