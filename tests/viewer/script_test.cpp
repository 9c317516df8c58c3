// Script parsing: good scripts give their steps; bad ones name the file and the JSON path.
#include <gtest/gtest.h>

#include "viewer/script/script.h"

using namespace corridor;

namespace {
std::string first_error(const std::string& json) {
    Diagnostics diag;
    auto s = parse_script(json, "demo.json", diag);
    EXPECT_FALSE(s.has_value());
    return diag.items().empty() ? "" : diag.items().front().to_string();
}
}  // namespace

TEST(Script, ParsesEveryStepKind) {
    Diagnostics diag;
    auto s = parse_script(R"({"size": [800, 600], "lang": "fr", "steps": [
        {"view": {"lon": -5.67, "lat": 11.3, "zoom": 9}}, {"fit": "ML030204"},
        {"move": {"x": 10, "y": 20}}, {"click": {"lon": -5.76, "lat": 10.55}},
        {"drag": {"from": {"x": 1, "y": 2}, "to": {"x": 30, "y": 40}}},
        {"wheel": {"x": 5, "y": 6, "delta": -2}}, {"key": "Escape"}, {"key": "Ctrl+F"},
        {"wait": 3}, {"screenshot": "a.png"}, {"state": "a.json"}]})",
                          "demo.json", diag);
    ASSERT_TRUE(s) << (diag.empty() ? "" : diag.items()[0].to_string());
    EXPECT_EQ(s->width, 800);
    EXPECT_EQ(s->height, 600);
    EXPECT_EQ(s->lang, "fr");
    ASSERT_EQ(s->steps.size(), 11u);
    EXPECT_EQ(s->steps[1].kind, StepKind::Fit);
    EXPECT_EQ(s->steps[1].text, "ML030204");
    EXPECT_TRUE(s->steps[3].at.is_lonlat);
    EXPECT_DOUBLE_EQ(s->steps[3].at.lat, 10.55);
    EXPECT_DOUBLE_EQ(s->steps[4].to.y, 40);
    EXPECT_DOUBLE_EQ(s->steps[5].delta, -2);
    EXPECT_EQ(s->steps[6].key.code, sf::Keyboard::Escape);
    EXPECT_TRUE(s->steps[7].key.ctrl);
    EXPECT_EQ(s->steps[7].key.code, sf::Keyboard::F);
    EXPECT_EQ(s->steps[8].frames, 3);
    EXPECT_EQ(s->steps[10].where, "/steps/10");
}

TEST(Script, ClickOnAControlById) {
    Diagnostics diag;
    auto s = parse_script(R"({"steps": [{"click": {"control": "detail.back"}}]})", "demo.json", diag);
    ASSERT_TRUE(s) << (diag.empty() ? "" : diag.items()[0].to_string());
    EXPECT_EQ(s->steps[0].at.control, "detail.back");
    EXPECT_FALSE(s->steps[0].at.is_lonlat);
}

// The first error names `pointer` (with its line) and then says `words`.
::testing::AssertionResult names(const std::string& script, const std::string& pointer, const std::string& words) {
    const std::string e = first_error(script);
    const size_t at = e.find(pointer);
    if (at != std::string::npos && e.find(words, at + pointer.size()) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "error: " << e;
}

TEST(Script, ErrorsNameFileAndJsonPath) {
    EXPECT_TRUE(names(R"({"steps": [{"wait": 1}, {"wait": 1}, {"wait": 1}, {"click": {"lon": "x", "lat": 1}}]})",
                      "demo.json: /steps/3/click/lon (line 1)", ": expected a number, found string"));
    EXPECT_TRUE(names(R"({"steps": [{"click": {"lon": 1}}]})", "/steps/0/click/lat", "missing required member \"lat\""));
    EXPECT_TRUE(names(R"({"steps": [{"jump": 3}]})", "/steps/0/jump", "unknown step 'jump'"));
    EXPECT_TRUE(names(R"({"steps": [{"click": {"control": ""}}]})", "/steps/0/click/control", "empty string"));
    EXPECT_TRUE(names(R"({"steps": [{"click": {"control": "detail.back", "x": 1}}]})", "/steps/0/click", "unknown member"));
    EXPECT_TRUE(names(R"({"steps": [{"key": "Hyperspace"}]})", "/steps/0/key", "unknown key"));
    EXPECT_TRUE(names(R"({"steps": [{"wait": -1}]})", "/steps/0/wait", "frames"));
    EXPECT_TRUE(names(R"({"steps": [{"drag": {"from": {"x": 1, "y": 2}}}]})", "/steps/0/drag/to", "missing"));
    EXPECT_TRUE(names(R"({"size": [10, 10], "steps": []})", "/size", "at least [320, 240]"));
    EXPECT_TRUE(names(R"({"stepz": []})", "/stepz", "unknown member \"stepz\""));
    EXPECT_TRUE(names(R"({"steps": {}})", "/steps", "expected an array"));
}

TEST(Script, SyntaxErrorGivesTheLine) {
    std::string e = first_error("{\"steps\": [\n{\"wait\": 1},\n{\"wait\" 2}\n]}");
    EXPECT_NE(e.find("demo.json: line 3"), std::string::npos) << e;
}

TEST(Script, KeyNames) {
    EXPECT_EQ(parse_key_name("Home")->code, sf::Keyboard::Home);
    EXPECT_EQ(parse_key_name("PageDown")->code, sf::Keyboard::PageDown);
    EXPECT_EQ(parse_key_name("F11")->code, sf::Keyboard::F11);
    EXPECT_EQ(parse_key_name("a")->code, sf::Keyboard::A);
    EXPECT_EQ(parse_key_name("a")->text, U'a');
    EXPECT_EQ(parse_key_name("+")->code, sf::Keyboard::Add);
    EXPECT_FALSE(parse_key_name("F99"));
    EXPECT_FALSE(parse_key_name("Hyper+a"));
}
