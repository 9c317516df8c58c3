#include "core/base/utf8_text.h"

#include <cpl_string.h>

namespace corridor {

size_t first_invalid_utf8(std::string_view s) {
    // A hand-written check: CPLIsUTF8 accepts surrogates and 5/6-byte forms that
    // nlohmann_json (and so every JSON dump) refuses; the rules here are RFC 3629's.
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) len = 3, lo = 0xA0;
        else if (c >= 0xE1 && c <= 0xEC) len = 3;
        else if (c == 0xED) len = 3, hi = 0x9F;  // no UTF-16 surrogates
        else if (c >= 0xEE && c <= 0xEF) len = 3;
        else if (c == 0xF0) len = 4, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) len = 4, hi = 0x8F;  // nothing past U+10FFFF
        else return i;
        if (i + len > n) return i;
        const auto c1 = static_cast<unsigned char>(s[i + 1]);
        if (c1 < lo || c1 > hi) return i;
        for (size_t k = 2; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) { return first_invalid_utf8(text) == std::string_view::npos; }

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6)), out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12)), out += char(0x80 | ((code >> 6) & 0x3F)), out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18)), out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F)), out += char(0x80 | (code & 0x3F));
    }
}

namespace {

std::string recode(std::string_view text, const char* from) {
    // CPLRecode works on NUL-terminated strings: recode piece by piece around NUL bytes.
    std::string out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nul = text.find('\0', start);
        if (nul == std::string_view::npos) nul = text.size();
        const std::string piece(text.substr(start, nul - start));
        if (!piece.empty()) {
            char* r = CPLRecode(piece.c_str(), from, CPL_ENC_UTF8);
            if (r) out += r;
            CPLFree(r);
        }
        if (nul < text.size()) out += '\0';
        start = nul + 1;
    }
    return out;
}

}  // namespace

std::string to_utf8(std::string_view text, bool* recoded) {
    if (recoded) *recoded = false;
    if (is_valid_utf8(text)) return std::string(text);
    if (recoded) *recoded = true;
    // GDAL's iconv path warns through CPLError about the five bytes CP1252 leaves undefined;
    // silence that here, the caller gives its own warning once per file.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::string out = recode(text, "CP1252");
    if (!is_valid_utf8(out)) out = recode(text, CPL_ENC_ISO8859_1);  // total: every byte maps
    CPLPopErrorHandler();
    if (!is_valid_utf8(out)) {
        // Never expected; keep the promise anyway: ASCII only.
        std::string ascii;
        for (char c : text) ascii += static_cast<unsigned char>(c) < 0x80 ? c : '?';
        out = ascii;
    }
    return out;
}

std::string recoded_text_message() {
    return "text is not UTF-8; read as Windows-1252 (Latin-1). Save the file as UTF-8 to silence this";
}

}  // namespace corridor
