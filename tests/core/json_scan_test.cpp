#include "core/check/json_scan.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "json_events.h"

namespace corridor {
namespace {

using test::nlohmann_events;
using test::scan_events;

TEST(JsonScan, ReadsTheEventsOfAText) {
    EXPECT_EQ(scan_events(R"( {"a": [1, -2, 2.5, "x\u00e9", true, null, {}], "b": false} )"),
              std::optional<std::string>("{k1:a[u1;i-2;rs3:x\xC3\xA9Tn{}]k1:bF}"));
    EXPECT_FALSE(scan_events(R"({"a": [1, 2,]})"));
}

// Texts at the edges of the grammar: scan_json and nlohmann give the same verdict and, on the
// valid ones, the same events.
TEST(JsonScan, AgreesWithNlohmannAtTheEdgesOfTheGrammar) {
    const std::vector<std::string> texts = {
        "", " ", "null", "nul", "nulll", "true", "false", "True", "[]", "{}", "[[]]", "[{}]", "{\"a\":{}}",
        "0", "-0", "1", "-1", "01", "-01", "1.", ".5", "-", "+1", "1e", "1e+", "1e5", "1E+5", "-1e-5", "1.5e3", "0.0",
        "2.", "1.e3", "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
        "-9223372036854775808", "-9223372036854775809", "1e400", "-1e-400", "00", "1 2", "[1 2]", "[1,]", "[,1]",
        "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{1:2}", "{\"a\":1}}", "[1]]",
        "\"\"", "\"a\\\"b\"", "\"\\/\\b\\f\\n\\r\\t\\\\\"", "\"\\x\"", "\"\\u00e9\"", "\"\\u00E9\"", "\"\\u00g9\"", "\"\\u00e\"",
        "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ud83dx\"", "\"\\ud83d\\u0041\"", "\"\\ude00\"", "\"\\u0000\"",
        std::string("\"a\0b\"", 5), "\"a\tb\"", "\"a\nb\"", "\"a\x7f\"", "\"S\xc3\xa9gou\"", "\"S\xe9gou\"", "\"\xed\xa0\x80\"",
        "\"\xf4\x90\x80\x80\"", "\"\xc0\xaf\"", "\"unterminated", "\"a\\", "\xEF\xBB\xBF{}", "\xEF\xBB{}", "\xEF{}",
        " \xEF\xBB\xBF{}", "{} \xEF\xBB\xBF", "\t\r\n [ 1 , \"x\" ] \n", "[1]\x0b", "[1]\f", std::string("[1]\0", 4), "/*c*/[]",
        "[true,false,null]", "[tru]", "[nulls]", "{\"\":\"\"}", "{\"a\":1,\"a\":2}", std::string("[1] \0 junk", 11),
        std::string("\0", 1), std::string("[1\0]", 4), "1.7976931348623157e308", "1.7976931348623159e308", "-1.8e308",
        "0.0000001e314", "0.0000001e316", "1e-99999999999999999999", "1e99999999999999999999", std::string(400, '9'),
        "-" + std::string(400, '9'), std::string(308, '9'), "0." + std::string(400, '0') + "1e700",
    };
    for (const std::string& text : texts) EXPECT_EQ(scan_events(text), nlohmann_events(text)) << "text: " << text;
}

TEST(JsonScan, DeepNestingNeedsNoStack) {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    EXPECT_TRUE(scan_events(deep));
    EXPECT_FALSE(scan_events(deep + "]"));
}

// Thousands of texts a few random edits away from a GeoJSON feature collection, valid and not:
// the two readers agree on each.
TEST(JsonScan, AgreesWithNlohmannOnEditedGeoJson) {
    const std::string base =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":{"adm3_fr":"S\u00e9gou",)"
        R"("n":-12,"big":18446744073709551615,"x":1.25e-3,"ok":true,"none":null,"list":[1,"a"]},"geometry":)"
        R"({"type":"Polygon","coordinates":[[[-6.25,13.5],[-6.0,13.5],[-6.0,13.75],[-6.25,13.5]]]}}]})";
    const std::string pieces[] = {"{", "}", "[", "]", "\"", ",", ":", "0", "1", "9", "-", "+", ".", "e", "E", " ", "\n",
                                  "t", "true", "null", "\\", "\\u", "\\ud83d", "\\ude00", "\xc3\xa9", "\xe9", "\xed\xa0\x80",
                                  std::string(1, '\0'), "\x1f", "a", "00", "1e999", "99999999999999999999"};
    std::mt19937 random(2026);
    int valid = 0, invalid = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string text = base;
        const int edits = 1 + int(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const size_t at = random() % (text.size() + 1);
            const std::string& piece = pieces[random() % std::size(pieces)];
            switch (random() % 3) {
                case 0: text.insert(at, piece); break;
                case 1: text.erase(at, 1 + random() % 3); break;
                default: text.replace(at, 1, piece); break;
            }
        }
        const std::optional<std::string> scanned = scan_events(text), expected = nlohmann_events(text);
        ASSERT_EQ(scanned, expected) << "text: " << text;
        ++(expected ? valid : invalid);
    }
    EXPECT_GT(valid, 1000);  // both verdicts were put to the test
    EXPECT_GT(invalid, 1000);
}

}  // namespace
}  // namespace corridor
