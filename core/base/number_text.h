#pragma once
// Numbers as each interface language writes them: "1,234.5 km" in English, "1 234,5 km" in
// French (decimal comma, a narrow no-break space U+202F between thousands, as the Imprimerie
// nationale and Excel's French locale expect). Locale-free: the C locale of the process never
// changes what is written. Hand-written because std::format with a locale needs a French locale
// installed on the user's machine, which Debian does not guarantee.
#include <string>
#include <string_view>

namespace corridor {

inline constexpr std::string_view kNarrowNoBreakSpace = "\u202F";

// `value` with `decimals` digits after the separator, grouped by thousands; "fr" or "en".
std::string number_text(double value, int decimals, std::string_view lang);

// The decimal separator alone, without grouping: for CSV cells a spreadsheet reads as numbers.
std::string plain_number_text(double value, int decimals, std::string_view lang);

}  // namespace corridor
