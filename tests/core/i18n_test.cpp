#include "core/programme/i18n.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <regex>

using namespace corridor;
namespace fs = std::filesystem;

namespace {

const fs::path kShippedDir = fs::path(CORRIDOR_SOURCE_DIR) / "assets" / "i18n";

fs::path scratch_dir(const std::string& name) { return corridor::test::scratch_dir("i18n/" + name); }

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

// The printf conversions of a text, in order ("%d", "%.1f", "%s", "%%").
std::vector<std::string> placeholders(const std::string& s) {
    static const std::regex conversion(R"(%[-+ #0]*[0-9*]*(\.[0-9*]+)?(hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcsp%])");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), conversion); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string s;
    for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
    return s;
}

struct Shipped : ::testing::Test {
    Translator t;
    Diagnostics d;
    void SetUp() override {
        bool ok = t.load(kShippedDir, d);
        std::string problems;
        for (const auto& item : d.items()) problems += item.to_string() + "\n";
        ASSERT_TRUE(ok) << problems;
        ASSERT_TRUE(d.empty()) << problems;
    }
};

// Restores an environment variable when the test ends, whatever happens.
struct EnvGuard {
    std::string name;
    std::optional<std::string> saved;
    explicit EnvGuard(std::string n) : name(std::move(n)) {
        if (const char* v = std::getenv(name.c_str())) saved = v;
    }
    ~EnvGuard() { saved ? setenv(name.c_str(), saved->c_str(), 1) : unsetenv(name.c_str()); }
};

}  // namespace

TEST(I18nPlaceholders, FindsPrintfConversions) {
    EXPECT_EQ(placeholders("Step %d / %d"), (std::vector<std::string>{"%d", "%d"}));
    EXPECT_EQ(placeholders("%.1f km, %s, 50 %%"), (std::vector<std::string>{"%.1f", "%s", "%%"}));
    EXPECT_TRUE(placeholders("Sources").empty());
}

TEST_F(Shipped, BothLanguagesHaveTheSameKeys) {
    auto fr = t.keys("fr"), en = t.keys("en");
    ASSERT_FALSE(en.empty());
    std::vector<std::string> missing_fr, missing_en;
    std::set_difference(en.begin(), en.end(), fr.begin(), fr.end(), std::back_inserter(missing_fr));
    std::set_difference(fr.begin(), fr.end(), en.begin(), en.end(), std::back_inserter(missing_en));
    EXPECT_TRUE(missing_fr.empty()) << "missing from fr.json: " << joined(missing_fr);
    EXPECT_TRUE(missing_en.empty()) << "missing from en.json: " << joined(missing_en);
}

TEST_F(Shipped, PlaceholdersMatchAcrossLanguages) {
    for (const std::string& key : t.keys("en")) {
        t.set_language("en");
        std::string en = t.tr(key.c_str());
        t.set_language("fr");
        std::string fr = t.tr(key.c_str());
        EXPECT_EQ(placeholders(en), placeholders(fr)) << key << ": en \"" << en << "\" / fr \"" << fr << "\"";
    }
}

TEST_F(Shipped, NoEmptyTexts) {
    for (const std::string& lang : Translator::languages()) {
        t.set_language(lang);
        for (const std::string& key : t.keys(lang)) EXPECT_STRNE(t.tr(key.c_str()), "") << lang << " " << key;
    }
}

TEST_F(Shipped, HasTheStringsTheUiNeeds) {
    // A sample of the keys the UI helpers were promised; tr() brackets a missing one.
    t.set_language("fr");
    EXPECT_STREQ(t.tr("menu.file"), "Fichier");
    EXPECT_STREQ(t.tr("tour.step_of"), "Étape %d / %d");
    EXPECT_STREQ(t.tr("feature.area_km2"), "Superficie (km²)");
    t.set_language("en");
    EXPECT_STREQ(t.tr("problems.title"), "Data problems");
    EXPECT_STREQ(t.tr("theme.economic_infrastructure"), "Economic infrastructure");
}

TEST_F(Shipped, FrenchTypographyUsesNonBreakingSpaces) {
    // French puts a space before : ; ! ? » and after «, and that space must not break the line:
    // every such mark must touch a non-breaking space (U+00A0, or the narrow U+202F).
    t.set_language("fr");
    const std::string nbsp = "\u00a0", narrow = "\u202f";
    auto nbsp_before = [&](const std::string& s, size_t at) {
        return (at >= 2 && s.compare(at - 2, 2, nbsp) == 0) || (at >= 3 && s.compare(at - 3, 3, narrow) == 0);
    };
    for (const std::string& key : t.keys("fr")) {
        const std::string s = t.tr(key.c_str());
        for (const std::string mark : {":", ";", "!", "?", "»"})
            for (size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at + 1))
                EXPECT_TRUE(nbsp_before(s, at)) << key << ": '" << mark << "' without a non-breaking space in " << s;
        for (size_t at = s.find("«"); at != std::string::npos; at = s.find("«", at + 1))
            EXPECT_EQ(s.compare(at + std::string("«").size(), 2, nbsp), 0) << key << ": " << s;
    }
}

TEST(Translator, MissingKeyShowsBracketedKey) {
    fs::path dir = scratch_dir("missing_key");
    write(dir / "fr.json", R"({"menu.file": "Fichier"})");
    write(dir / "en.json", R"({"menu.file": "File"})");
    Translator t;
    Diagnostics d;
    ASSERT_TRUE(t.load(dir, d));
    EXPECT_STREQ(t.tr("menu.file"), "File");
    EXPECT_TRUE(t.set_language("fr"));
    EXPECT_STREQ(t.tr("menu.file"), "Fichier");
    EXPECT_STREQ(t.tr("menu.nothing"), "[menu.nothing]");
    EXPECT_FALSE(t.set_language("de"));
    EXPECT_EQ(t.language(), "fr");
}

TEST(Translator, SyntaxErrorNamesFileAndLine) {
    fs::path dir = scratch_dir("syntax");
    write(dir / "fr.json", "{\n  \"a\": \"x\",\n  \"b\": \"y\"\n  \"c\": \"z\"\n}\n");  // comma missing after line 3
    write(dir / "en.json", R"({"a": "x", "b": "y", "c": "z"})");
    Translator t;
    Diagnostics d;
    EXPECT_FALSE(t.load(dir, d));
    ASSERT_EQ(d.error_count(), 1u);
    const Diagnostic& e = d.items()[0];
    EXPECT_EQ(e.file, (dir / "fr.json").string());
    EXPECT_EQ(e.where.rfind("line 4, column ", 0), 0u) << e.where;
    EXPECT_NE(e.message.find("not valid JSON"), std::string::npos) << e.message;
}

TEST(Translator, WrongValueNamesKeyAndLine) {
    fs::path dir = scratch_dir("values");
    write(dir / "fr.json", "{\n  \"a\": \"x\",\n  \"b\": 3,\n  \"c\": \"\"\n}\n");
    write(dir / "en.json", R"({"a": "x", "b": "y", "c": "z"})");
    Translator t;
    Diagnostics d;
    EXPECT_FALSE(t.load(dir, d));
    ASSERT_EQ(d.error_count(), 2u);
    EXPECT_EQ(d.items()[0].where, "/b (line 3)");
    EXPECT_NE(d.items()[0].message.find("expected a string"), std::string::npos);
    EXPECT_EQ(d.items()[1].where, "/c (line 4)");
    EXPECT_EQ(d.items()[1].message, "empty text");
    EXPECT_EQ(t.keys("fr"), (std::vector<std::string>{"a"}));  // the good entries still load
}

TEST(Translator, MissingFileIsReported) {
    fs::path dir = scratch_dir("absent");
    fs::remove(dir / "fr.json");
    write(dir / "en.json", R"({"a": "x"})");
    Translator t;
    Diagnostics d;
    EXPECT_FALSE(t.load(dir, d));
    ASSERT_EQ(d.error_count(), 1u);
    EXPECT_EQ(d.items()[0].file, (dir / "fr.json").string());
}

TEST(SystemLanguage, FollowsTheLocaleVariables) {
    EnvGuard all("LC_ALL"), messages("LC_MESSAGES"), lang("LANG");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "fr_FR.UTF-8", 1);
    EXPECT_EQ(system_language(), "fr");
    setenv("LANG", "fr_ML", 1);
    EXPECT_EQ(system_language(), "fr");
    setenv("LANG", "fr_BF.UTF-8@latin", 1);
    EXPECT_EQ(system_language(), "fr");
    setenv("LANG", "en_US", 1);
    EXPECT_EQ(system_language(), "en");
    setenv("LANG", "C", 1);
    EXPECT_EQ(system_language(), "en");
    setenv("LANG", "frisian_NL", 1);  // starts with "fr" but is not French
    EXPECT_EQ(system_language(), "en");
    unsetenv("LANG");
    EXPECT_EQ(system_language(), "en");
    // LC_ALL wins over LANG, LC_MESSAGES too.
    setenv("LANG", "en_US.UTF-8", 1);
    setenv("LC_MESSAGES", "fr_FR.UTF-8", 1);
    EXPECT_EQ(system_language(), "fr");
    setenv("LC_ALL", "C", 1);
    EXPECT_EQ(system_language(), "en");
}
