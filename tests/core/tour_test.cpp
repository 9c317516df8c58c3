// Tours: parsing, every problem a tour file can have (each its own short test, hence the
// length: over 400 lines, kept in one file so the cases read side by side), and the real tours.
#include "core/programme/tour.h"
#include "core/programme/corridor_reader.h"
#include "core/programme/initiative_reader.h"
#include "core/base/resource_paths.h"

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/json_lines.h"
#include "fixtures.h"

using namespace corridor;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path scratch_file(const std::string& name) { return corridor::test::scratch_dir("tour") / name; }

fs::path write(const std::string& name, const std::string& text) {
    fs::path file = scratch_file(name);
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

TourReferences small_refs() {
    static const std::set<std::string> communes = {"ML030536", "ML030204", "BF540307"};
    static const std::set<std::string> initiatives = {"kadiolo-central-market", "cdel-amm-led-centre"};
    static const std::set<std::string> corridors = {"northern-corridor"};
    return {[](const std::string& id) { return communes.count(id) > 0; },
            [](const std::string& id) { return initiatives.count(id) > 0; },
            [](const std::string& id) { return corridors.count(id) > 0; },
            [](const std::string& name) { return name == "Mali" || name == "Burkina Faso"; }};
}

json caption(const std::string& title_fr, const std::string& title_en) {
    return {{"fr", {{"title", title_fr}, {"text", "Texte."}}}, {"en", {{"title", title_en}, {"text", "Text."}}}};
}

// A valid tour using every kind of target; each test breaks one thing in it.
json valid_tour() {
    json sources = json::array({{{"title", {{"fr", "FCM, « Mali »"}, {"en", "FCM, “Mali”"}}}, {"url", "https://example.org/mali"}}});
    return {{"id", "t"},
            {"title", {{"fr", "Visite"}, {"en", "Tour"}}},
            {"steps",
             json::array({
                 {{"target", {{"kind", "box"}, {"west", -12.4}, {"south", 9.3}, {"east", 4.4}, {"north", 25.1}}},
                  {"caption", caption("Deux pays", "Two countries")},
                  {"duration_s", 12.5},
                  {"sources", sources}},
                 {{"target", {{"kind", "commune"}, {"id", "ML030536"}}},
                  {"caption", caption("Sikasso", "Sikasso")},
                  {"highlight", {{"communes", {"ML030536", "BF540307"}}, {"initiatives", {"cdel-amm-led-centre"}}}},
                  {"sources", sources}},
                 {{"target", {{"kind", "initiative"}, {"id", "kadiolo-central-market"}}},
                  {"caption", caption("Kadiolo", "Kadiolo")},
                  {"sources", sources}},
                 {{"target", {{"kind", "corridor"}, {"id", "northern-corridor"}}},
                  {"caption", caption("Nord", "North")},
                  {"highlight", {{"corridors", {"northern-corridor"}}}},
                  {"sources", sources}},
             })}};
}

struct Loaded {
    std::optional<Tour> tour;
    Diagnostics diagnostics;
    fs::path file;
    // All messages, for failure output.
    std::string text() const {
        std::string s;
        for (const auto& d : diagnostics.items()) s += d.to_string() + "\n";
        return s;
    }
    // True when some error is at `where` (exact JSON path, line suffix ignored) and mentions `words`.
    bool has_error(const std::string& where, const std::string& words) const {
        for (const auto& d : diagnostics.items()) {
            bool place = d.where == where || d.where.rfind(where + " (line ", 0) == 0;
            if (d.severity == Severity::Error && d.file == file.string() && place &&
                d.message.find(words) != std::string::npos)
                return true;
        }
        return false;
    }
};

Loaded load_json(const std::string& name, const json& doc, const TourReferences& refs = small_refs()) {
    Loaded r;
    r.file = write(name, doc.dump(2));
    r.tour = load_tour(r.file, refs, r.diagnostics);
    return r;
}

}  // namespace

TEST(TourLoad, ValidTourLoadsEveryField) {
    Loaded r = load_json("valid.json", valid_tour());
    ASSERT_TRUE(r.tour) << r.text();
    EXPECT_TRUE(r.diagnostics.empty()) << r.text();
    const Tour& t = *r.tour;
    EXPECT_EQ(t.id, "t");
    EXPECT_EQ(t.title.fr, "Visite");
    ASSERT_EQ(t.steps.size(), 4u);
    EXPECT_EQ(t.steps[0].target.kind, TourTargetKind::Box);
    EXPECT_DOUBLE_EQ(t.steps[0].target.box.west, -12.4);
    EXPECT_DOUBLE_EQ(t.steps[0].target.box.north, 25.1);
    EXPECT_EQ(t.steps[0].duration_s, 12.5);
    EXPECT_EQ(t.steps[0].sources[0].url, "https://example.org/mali");
    EXPECT_EQ(t.steps[0].sources[0].title.fr, "FCM, « Mali »");
    EXPECT_EQ(t.steps[0].sources[0].title.en, "FCM, “Mali”");
    EXPECT_EQ(t.steps[1].target.kind, TourTargetKind::Commune);
    EXPECT_EQ(t.steps[1].target.id, "ML030536");
    EXPECT_FALSE(t.steps[1].duration_s);
    EXPECT_EQ(t.steps[1].highlight.communes, (std::vector<std::string>{"ML030536", "BF540307"}));
    EXPECT_EQ(t.steps[1].highlight.initiatives, (std::vector<std::string>{"cdel-amm-led-centre"}));
    EXPECT_EQ(t.steps[2].target.kind, TourTargetKind::Initiative);
    EXPECT_EQ(t.steps[3].target.kind, TourTargetKind::Corridor);
    EXPECT_EQ(t.steps[3].highlight.corridors, (std::vector<std::string>{"northern-corridor"}));
    EXPECT_EQ(t.steps[3].title.in("en"), "North");
    EXPECT_EQ(t.steps[3].title.in("fr"), "Nord");
}

TEST(TourLoad, SyntaxErrorNamesLine) {
    Loaded r;
    r.file = write("syntax.json", "{\n  \"id\": \"t\",\n  \"steps\": [\n    {\"target\": }\n  ]\n}\n");
    r.tour = load_tour(r.file, small_refs(), r.diagnostics);
    EXPECT_FALSE(r.tour);
    ASSERT_EQ(r.diagnostics.error_count(), 1u) << r.text();
    EXPECT_EQ(r.diagnostics.items()[0].where.rfind("line 4, column ", 0), 0u) << r.text();
    EXPECT_NE(r.diagnostics.items()[0].message.find("not valid JSON"), std::string::npos) << r.text();
}

TEST(TourLoad, MissingFileIsAnError) {
    Loaded r;
    r.file = scratch_file("does-not-exist.json");
    r.tour = load_tour(r.file, small_refs(), r.diagnostics);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("", "cannot open file")) << r.text();
}

TEST(TourLoad, MissingLanguageNamesPathAndLine) {
    // Written by hand so the line is known: the caption without "fr" opens on line 6.
    const std::string text =
        "{\n"
        "  \"id\": \"t\", \"title\": {\"fr\": \"V\", \"en\": \"T\"},\n"
        "  \"steps\": [\n"
        "    {\n"
        "      \"target\": {\"kind\": \"commune\", \"id\": \"ML030204\"},\n"
        "      \"caption\": {\n"
        "        \"en\": {\"title\": \"Kadiolo\", \"text\": \"Market.\"}\n"
        "      },\n"
        "      \"sources\": [{\"title\": {\"fr\": \"FCM\", \"en\": \"FCM\"}}]\n"
        "    }\n"
        "  ]\n"
        "}\n";
    Loaded r;
    r.file = write("missing_language.json", text);
    r.tour = load_tour(r.file, small_refs(), r.diagnostics);
    EXPECT_FALSE(r.tour);
    ASSERT_EQ(r.diagnostics.error_count(), 1u) << r.text();
    EXPECT_EQ(r.diagnostics.items()[0].where, "/steps/0/caption/fr (line 6)");
    EXPECT_EQ(r.diagnostics.items()[0].message, "missing language 'fr'");
}

TEST(TourLoad, EmptyTextIsAnError) {
    json doc = valid_tour();
    doc["steps"][2]["caption"]["en"]["text"] = "";
    Loaded r = load_json("empty_text.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/2/caption/en/text", "empty")) << r.text();
}

TEST(TourLoad, UnknownTargetKind) {
    json doc = valid_tour();
    doc["steps"][1]["target"] = {{"kind", "village"}, {"id", "ML030536"}};
    Loaded r = load_json("target_kind.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/1/target/kind", "unknown target kind 'village'")) << r.text();
}

TEST(TourLoad, UnknownPcodeInTarget) {
    json doc = valid_tour();
    doc["steps"][1]["target"]["id"] = "ML999999";
    Loaded r = load_json("pcode.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/1/target/id", "unknown commune P-code 'ML999999'")) << r.text();
}

TEST(TourLoad, UnknownInitiativeInTarget) {
    json doc = valid_tour();
    doc["steps"][2]["target"]["id"] = "no-such-initiative";
    Loaded r = load_json("initiative.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/2/target/id", "unknown initiative 'no-such-initiative'")) << r.text();
}

TEST(TourLoad, UnknownCorridorInTarget) {
    json doc = valid_tour();
    doc["steps"][3]["target"]["id"] = "southern-corridor";
    Loaded r = load_json("corridor.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/3/target/id", "unknown corridor 'southern-corridor'")) << r.text();
}

TEST(TourLoad, UnknownReferencesInHighlight) {
    json doc = valid_tour();
    doc["steps"][1]["highlight"] = {{"communes", {"ML030536", "BF000000"}},
                                    {"initiatives", {"ghost"}},
                                    {"corridors", {"shea-corridor"}}};
    Loaded r = load_json("highlight.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/1/highlight/communes/1", "unknown commune P-code 'BF000000'")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/1/highlight/initiatives/0", "unknown initiative 'ghost'")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/1/highlight/corridors/0", "unknown corridor 'shea-corridor'")) << r.text();
    EXPECT_EQ(r.diagnostics.error_count(), 3u) << r.text();
}

TEST(TourLoad, ReferencesAreNotCheckedWithoutAChecker) {
    json doc = valid_tour();
    doc["steps"][2]["target"]["id"] = "defined-later";
    TourReferences refs = small_refs();
    refs.is_initiative = nullptr;  // initiatives not loaded: no check
    Loaded r = load_json("no_checker.json", doc, refs);
    EXPECT_TRUE(r.tour) << r.text();
}

TEST(TourLoad, BoxWestNotLessThanEast) {
    json doc = valid_tour();
    doc["steps"][0]["target"]["west"] = 5.0;
    Loaded r = load_json("box_west_east.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/0/target", "west must be less than east")) << r.text();
}

TEST(TourLoad, BoxLatitudeOutOfRange) {
    json doc = valid_tour();
    doc["steps"][0]["target"]["north"] = 95.0;
    Loaded r = load_json("box_lat.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/0/target/north", "outside -90..90")) << r.text();
}

TEST(TourLoad, BoxMissingSide) {
    json doc = valid_tour();
    doc["steps"][0]["target"].erase("south");
    Loaded r = load_json("box_missing.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/0/target/south", "missing required member \"south\"")) << r.text();
}

TEST(TourLoad, NegativeDuration) {
    json doc = valid_tour();
    doc["steps"][0]["duration_s"] = -3;
    Loaded r = load_json("duration.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/0/duration_s", "must be positive")) << r.text();
}

TEST(TourLoad, NoSteps) {
    json doc = valid_tour();
    doc["steps"] = json::array();
    Loaded r = load_json("no_steps.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps", "no steps")) << r.text();
}

TEST(TourLoad, WrongTypes) {
    json doc = valid_tour();
    doc["title"]["en"] = 7;
    doc["steps"][0]["duration_s"] = "ten";
    doc["steps"][1]["highlight"]["communes"] = "ML030536";
    doc["steps"][2]["target"] = "Kadiolo";
    doc["steps"][3]["sources"] = {{"title", {{"fr", "FCM"}, {"en", "FCM"}}}};
    Loaded r = load_json("types.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/title/en", "expected a string, found number")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/0/duration_s", "expected a number, found string")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/1/highlight/communes", "expected an array, found string")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/2/target", "expected an object, found string")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/3/sources", "expected an array, found object")) << r.text();

    Loaded root = load_json("root_array.json", json::array({1, 2}));
    EXPECT_FALSE(root.tour);
    EXPECT_TRUE(root.has_error("/", "expected an object, found array")) << root.text();
}

TEST(TourLoad, EveryStepNeedsASource) {
    json doc = valid_tour();
    doc["steps"][1]["sources"] = json::array();
    doc["steps"][2].erase("sources");
    Loaded r = load_json("sources.json", doc);
    EXPECT_FALSE(r.tour);
    EXPECT_TRUE(r.has_error("/steps/1/sources", "no source")) << r.text();
    EXPECT_TRUE(r.has_error("/steps/2/sources", "missing required member \"sources\"")) << r.text();
}

TEST(TourLoad, LongCaptionIsOnlyAWarning) {
    json doc = valid_tour();
    doc["steps"][0]["caption"]["fr"]["title"] = std::string(61, 'e');
    // 280 "é" are 560 bytes but 280 characters: allowed.
    std::string text;
    for (int i = 0; i < 280; ++i) text += "é";
    doc["steps"][0]["caption"]["fr"]["text"] = text;
    Loaded r = load_json("long.json", doc);
    ASSERT_TRUE(r.tour) << r.text();
    ASSERT_EQ(r.diagnostics.warning_count(), 1u) << r.text();
    EXPECT_EQ(r.diagnostics.items()[0].where.rfind("/steps/0/caption/fr/title (line ", 0), 0u) << r.text();
}

TEST(TourLoad, UnknownKeyIsAWarning) {
    json doc = valid_tour();
    doc["steps"][1]["duration"] = 10;  // typo for duration_s
    Loaded r = load_json("typo.json", doc);
    ASSERT_TRUE(r.tour) << r.text();
    ASSERT_EQ(r.diagnostics.warning_count(), 1u) << r.text();
    EXPECT_NE(r.diagnostics.items()[0].message.find("unknown member \"duration\" ignored"), std::string::npos);
}

TEST(TourLoad, TruncatedFilesNeverCrash) {
    // Every prefix of a valid file is broken JSON; each must give an error, never a crash.
    const std::string text = valid_tour().dump(1);
    for (size_t n = 0; n < text.size(); n += 7) {
        Diagnostics d;
        auto tour = parse_tour(text.substr(0, n), "cut.json", small_refs(), d);
        EXPECT_FALSE(tour) << n;
        EXPECT_TRUE(d.has_errors()) << n;
    }
}

TEST(JsonLines, FindsTheLineOfAValueAfterStringsWithColonsAndQuotes) {
    const std::string text = "{\n \"a\": [1,\n  {\"b\": \"x:y\",\n   \"c\": {\"d\": true}}\n ],\n \"e\": \"\\\"q\"\n}";
    JsonLineMap lines(text);
    EXPECT_EQ(lines.line_of(""), 1u);
    EXPECT_EQ(lines.line_of("/a"), 2u);
    EXPECT_EQ(lines.line_of("/a/0"), 2u);
    EXPECT_EQ(lines.line_of("/a/1/b"), 3u);
    EXPECT_EQ(lines.line_of("/a/1/c/d"), 4u);
    EXPECT_EQ(lines.line_of("/e"), 6u);
    EXPECT_EQ(lines.line_of("/a/1/zzz"), 3u);  // absent: its parent's line
    EXPECT_EQ(json_where(lines, "/a/1/c"), "/a/1/c (line 4)");
}

// --- The shipped default tour, against the real boundary data. ---

namespace {

// Every commune P-code of the real Mali and Burkina Faso layers, read with OGR.
std::set<std::string> real_pcodes() {
    GDALAllRegister();
    std::set<std::string> out;
    const fs::path data = fs::path(CORRIDOR_SOURCE_DIR) / ".." / "shared" / "geodata";
    const std::pair<const char*, const char*> layers[] = {
        {"cod-ab-mali-v02/mli_adm3_communes.geojson", "adm3_pcode"},
        {"cod-ab-burkina/bfa_adm3_communes.geojson", "ADM3_PCODE"}};
    for (const auto& [file, field] : layers) {
        GDALDatasetUniquePtr ds(GDALDataset::Open((data / file).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!ds) continue;
        for (auto& feature : ds->GetLayer(0)) out.insert(feature->GetFieldAsString(field));
    }
    return out;
}

// The ids the shipped initiative and corridor files define.
std::set<std::string> shipped_ids(bool corridors) {
    Diagnostics diag;
    std::set<std::string> ids;
    if (corridors) {
        for (const Corridor& c : load_corridors(project_geodata_path("corridors.json"), {}, diag)) ids.insert(c.id);
    } else {
        for (const Initiative& i : load_initiatives(project_geodata_path("initiatives.json"), {}, diag)) ids.insert(i.id);
    }
    EXPECT_FALSE(diag.has_errors());
    return ids;
}
const std::set<std::string> kInitiativeIds = shipped_ids(false);
const std::set<std::string> kCorridorIds = shipped_ids(true);

}  // namespace

TEST(DefaultTour, LoadsCleanlyAgainstRealData) {
    const std::set<std::string> pcodes = real_pcodes();
    ASSERT_EQ(pcodes.size(), 701u + 351u);  // counts given in shared/geodata/README.md
    TourReferences refs{[&](const std::string& id) { return pcodes.count(id) > 0; },
                        [](const std::string& id) { return kInitiativeIds.count(id) > 0; },
                        [](const std::string& id) { return kCorridorIds.count(id) > 0; },
                        [](const std::string& name) { return name == "Mali" || name == "Burkina Faso"; }};
    Loaded r;
    r.file = fs::path(CORRIDOR_SOURCE_DIR) / "geodata" / "tours" / "default.json";
    r.tour = load_tour(r.file, refs, r.diagnostics);
    ASSERT_TRUE(r.tour) << r.text();
    EXPECT_TRUE(r.diagnostics.empty()) << r.text();  // no warnings either: captions fit a projector
    const Tour& t = *r.tour;
    EXPECT_GE(t.steps.size(), 8u);
    EXPECT_LE(t.steps.size(), 14u);
    for (size_t i = 0; i < t.steps.size(); ++i) {
        const TourStep& s = t.steps[i];
        for (const char* lang : {"fr", "en"}) {
            EXPECT_FALSE(s.title.in(lang).empty()) << "step " << i << " " << lang;
            EXPECT_FALSE(s.text.in(lang).empty()) << "step " << i << " " << lang;
        }
        EXPECT_NE(s.text.fr, s.text.en) << "step " << i << ": French text not translated";
        EXPECT_GE(s.sources.size(), 1u) << "step " << i;
    }
}

TEST(DefaultTour, TellsTheStoryTheBriefAsksFor) {
    Diagnostics d;
    auto tour = load_tour(fs::path(CORRIDOR_SOURCE_DIR) / "geodata" / "tours" / "default.json", {}, d);
    ASSERT_TRUE(tour);
    std::set<std::string> targets, highlighted;
    for (const TourStep& s : tour->steps) {
        if (s.target.kind != TourTargetKind::Box) targets.insert(s.target.id);
        for (const auto* list : {&s.highlight.communes, &s.highlight.initiatives, &s.highlight.corridors})
            highlighted.insert(list->begin(), list->end());
    }
    for (const char* id : {"ML030536", "ML030204", "northern-corridor", "tdel-amm-first-meeting"})
        EXPECT_TRUE(targets.count(id)) << id << " is not a step's target";
    // The shea-butter corridor has no line (no source names its communes): its step shows the
    // programme-wide initiative with both countries emphasised.
    bool shea_step = false;
    for (const TourStep& s : tour->steps)
        if (std::count(s.highlight.initiatives.begin(), s.highlight.initiatives.end(), "shea-butter-corridor"))
            shea_step = s.highlight.countries == std::vector<std::string>{"Mali", "Burkina Faso"} &&
                        s.highlight.corridors.empty();
    EXPECT_TRUE(shea_step);
    for (const char* id : {"ML090101", "BF470101", "BF530210", "ML050609", "ML050101", "BF540307", "cdel-amm-led-centre",
                           "sikasso-led-service", "sikasso-municipal-clerk-office", "sikasso-women-caucus-led-training",
                           "kadiolo-central-market", "kadiolo-business-cashew-training", "bamako-led-forum",
                           "tdel-amm-first-meeting", "pmde-annual-review-2015"})
        EXPECT_TRUE(highlighted.count(id)) << id << " is never highlighted";
}

// The story: why (the obstacles) first, who next, dated milestones in date order, and the end on
// what came next, never on the problems.
TEST(DefaultTour, StartsWithWhyKeepsMilestonesInDateOrderAndEndsOnWhatCameNext) {
    Diagnostics d;
    auto tour = load_tour(fs::path(CORRIDOR_SOURCE_DIR) / "geodata" / "tours" / "default.json", {}, d);
    ASSERT_TRUE(tour);
    ASSERT_GE(tour->steps.size(), 3u);
    EXPECT_NE(tour->steps.front().text.en.find("obstacles"), std::string::npos);
    EXPECT_EQ(tour->steps.back().text.en.find("obstacles"), std::string::npos);
    EXPECT_NE(tour->steps.back().text.en.find("2018"), std::string::npos);
    // Milestones named by their dates, in the order the captions give them.
    const std::vector<std::string> dated = {"9 January 2013", "June 2013", "July 2013", "15 January 2015"};
    size_t last_step = 0, last_at = 0, found = 0;
    for (const std::string& date : dated) {
        for (size_t i = last_step; i < tour->steps.size(); ++i) {
            const size_t at = tour->steps[i].text.en.find(date, i == last_step ? last_at : 0);
            if (at == std::string::npos) continue;
            last_step = i, last_at = at, ++found;
            break;
        }
    }
    EXPECT_EQ(found, dated.size()) << "a milestone is missing or out of date order";
}
