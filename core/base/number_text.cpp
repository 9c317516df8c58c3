#include "core/base/number_text.h"

#include <charconv>
#include <cmath>

namespace corridor {

namespace {

std::string fixed(double value, int decimals) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string with_separators(double value, int decimals, std::string_view lang, bool group) {
    if (!std::isfinite(value)) return "–";
    const bool french = lang == "fr";
    std::string digits = fixed(value, decimals);
    std::string sign;
    if (!digits.empty() && digits[0] == '-') sign = "-", digits.erase(0, 1);
    if (sign == "-" && digits.find_first_not_of("0.") == std::string::npos) sign.clear();  // "-0.0"
    const size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot), fraction = dot == std::string::npos ? "" : digits.substr(dot + 1);
    std::string out;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (group && i > 0 && (whole.size() - i) % 3 == 0) out += french ? std::string(kNarrowNoBreakSpace) : ",";
        out += whole[i];
    }
    if (!fraction.empty()) out += (french ? "," : ".") + fraction;
    return sign + out;
}

}  // namespace

std::string number_text(double value, int decimals, std::string_view lang) {
    return with_separators(value, decimals, lang, true);
}

std::string plain_number_text(double value, int decimals, std::string_view lang) {
    return with_separators(value, decimals, lang, false);
}

}  // namespace corridor
