#pragma once
// Folding text for search: UTF-8 to ASCII lower case, accents removed ("Ségou" -> "segou",
// "Œuvre" -> "oeuvre"), punctuation and dashes turned into single spaces ("Bobo-Dioulasso"
// -> "bobo dioulasso", "Côte d'Ivoire" -> "cote d ivoire"), so a user typing without accents
// on any keyboard finds the names of Mali and Burkina Faso.
#include <string>
#include <string_view>

namespace corridor {

// Folded form of `utf8`. Letters outside Latin-1 and Latin Extended-A are kept as they are
// (lower-cased only when ASCII); invalid UTF-8 bytes are dropped; no leading, trailing or
// double spaces.
std::string fold_text(std::string_view utf8);

// True when `utf8` holds only ASCII bytes (a name written without its accents, perhaps).
bool is_ascii(std::string_view utf8);

}  // namespace corridor
