// Schema checks of initiatives.json / corridors.json on generated fixtures, and the shipped
// files against the real commune layers.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include "core/programme/corridor_reader.h"
#include "core/programme/initiative_reader.h"
#include "core/base/json_lines.h"
#include "real_geodata.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

fs::path tmp_dir() { return test::scratch_dir(); }

fs::path write_fixture(const std::string& name, const std::string& text) {
    return test::write_file("initiatives/" + name, text);
}

// 1-based line of the first occurrence of `marker`, counted independently of the reader.
size_t line_of(const std::string& text, const std::string& marker) {
    size_t at = text.find(marker);
    EXPECT_NE(at, std::string::npos) << marker;
    if (at == std::string::npos) return 0;
    return 1 + std::count(text.begin(), text.begin() + at, '\n');
}

// One entry as (member, raw JSON) pairs, written one member per line.
using Members = std::vector<std::pair<std::string, std::string>>;

Members good_initiative(const std::string& id) {
    return {{"id", "\"" + id + "\""},
            {"title", R"({"fr": "Titre", "en": "Title"})"},
            {"summary", R"({"fr": "Résumé", "en": "Summary"})"},
            {"theme", R"("training")"},
            {"partners", R"([{"fr": "AMM", "en": "AMM"}, {"fr": "Ville de Sikasso", "en": "City of Sikasso"}])"},
            {"date", R"({"status": "dated", "start": "2013-06", "precision": "month"})"},
            {"where", R"({"communes": ["ML030536"], "points": [{"name": "Sikasso", "lon": -5.67, "lat": 11.31}]})"},
            {"sources", R"([{"title": "Mali", "publisher": "FCM", "url": "https://fcm.ca"}])"}};
}

Members with(Members m, const std::string& key, const std::string& value) {
    for (auto& [k, v] : m)
        if (k == key) v = value;
    return m;
}

std::string entry_text(const Members& members) {
    std::string s = "    {\n";
    for (size_t i = 0; i < members.size(); ++i)
        s += "      \"" + members[i].first + "\": " + members[i].second + (i + 1 < members.size() ? ",\n" : "\n");
    return s + "    }";
}

std::string file_text(const char* array, const std::vector<Members>& entries) {
    std::string s = std::string("{\n  \"") + array + "\": [\n";
    for (size_t i = 0; i < entries.size(); ++i) s += entry_text(entries[i]) + (i + 1 < entries.size() ? ",\n" : "\n");
    return s + "  ]\n}\n";
}

KnownPcode fixture_pcodes() {
    static const std::set<std::string> known{"ML030536", "ML030204", "BF540307", "ML050609"};
    return [](const std::string& p) { return known.count(p) > 0; };
}

// The diagnostic at `where`; fails the test when there is none.
const Diagnostic* find_at(const Diagnostics& diag, const std::string& where) {
    for (const auto& d : diag.items())
        if (d.where == where) return &d;
    std::string all;
    for (const auto& d : diag.items()) all += d.to_string() + "\n";
    ADD_FAILURE() << "no diagnostic at " << where << "; got:\n" << all;
    return nullptr;
}

// Loads a file whose entry 1 is broken: entry 0 must still load, and an error must name the
// file, the pointer with its line, and contain `words`.
void expect_one_bad_initiative(const std::string& name, const Members& bad, const std::string& pointer,
                               const std::string& marker, const std::string& words) {
    std::string text = file_text("initiatives", {good_initiative("good"), bad});
    fs::path path = write_fixture(name, text);
    Diagnostics diag;
    auto items = load_initiatives(path, fixture_pcodes(), diag);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].id, "good");
    std::string where = pointer + " (line " + std::to_string(line_of(text, marker)) + ")";
    const Diagnostic* d = find_at(diag, where);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->file, path.string());
    EXPECT_NE(d->message.find(words), std::string::npos) << d->message;
    EXPECT_NE(d->to_string().find(name), std::string::npos);
}

}  // namespace

TEST(Initiatives, GoodFixtureLoadsEveryField) {
    std::string text = file_text("initiatives", {good_initiative("a"), good_initiative("b")});
    Diagnostics diag;
    auto items = load_initiatives(write_fixture("good.json", text), fixture_pcodes(), diag);
    EXPECT_TRUE(diag.empty()) << (diag.empty() ? "" : diag.items()[0].to_string());
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[1].title.in(Lang::Fr), "Titre");
    EXPECT_EQ(items[1].title.in(Lang::En), "Title");
    EXPECT_EQ(items[1].theme, Theme::Training);
    EXPECT_EQ(items[1].date.status, DateStatus::Dated);
    EXPECT_EQ(items[1].date.precision, DatePrecision::Month);
    EXPECT_EQ(format_date(items[1].date, Lang::En), "June 2013");
    EXPECT_EQ(format_date(items[1].date, Lang::Fr), "juin 2013");
    ASSERT_EQ(items[1].points.size(), 1u);
    EXPECT_DOUBLE_EQ(items[1].points[0].position.lon, -5.67);
    EXPECT_EQ(items[1].sources[0].url, "https://fcm.ca");
}

TEST(Initiatives, UnknownPcodeIsNamedWithItsLine) {
    expect_one_bad_initiative("unknown_pcode.json",
                              with(good_initiative("bad"), "where", R"({"communes": ["ML030536", "ML999999"]})"),
                              "/initiatives/1/where/communes/1", "ML999999", "unknown commune P-code \"ML999999\"");
}

TEST(Initiatives, MissingLanguageIsNamed) {
    expect_one_bad_initiative("missing_language.json", with(good_initiative("bad"), "summary", R"({"fr": "Seul"})"),
                              "/initiatives/1/summary/en", "\"Seul\"", "missing English text");
}

TEST(Initiatives, BadDatesAreRejected) {
    expect_one_bad_initiative("bad_month.json",
                              with(good_initiative("bad"), "date",
                                   R"({"status": "dated", "start": "2013-13", "precision": "month"})"),
                              "/initiatives/1/date/start", "2013-13", "bad date \"2013-13\"");
    expect_one_bad_initiative("bad_day.json",
                              with(good_initiative("bad"), "date",
                                   R"({"status": "dated", "start": "2013-02-29", "precision": "day"})"),
                              "/initiatives/1/date/start", "2013-02-29", "bad date");
    expect_one_bad_initiative("precision_mismatch.json",
                              with(good_initiative("bad"), "date",
                                   R"({"status": "approximate", "start": "2013-06", "precision": "year"})"),
                              "/initiatives/1/date/start", "\"2013-06\", \"precision\": \"year\"", "YYYY");
    expect_one_bad_initiative("not_dated_with_start.json",
                              with(good_initiative("bad"), "date", R"({"status": "not_dated", "start": "2013"})"),
                              "/initiatives/1/date/start", "\"not_dated\", \"start\"", "not_dated");
    expect_one_bad_initiative("unknown_status.json", with(good_initiative("bad"), "date", R"({"status": "soon"})"),
                              "/initiatives/1/date/status", "\"soon\"", "unknown date status");
    EXPECT_TRUE(valid_iso_date("2012-02-29", DatePrecision::Day));  // leap year
    EXPECT_FALSE(valid_iso_date("2100-02-29", DatePrecision::Day));
    EXPECT_FALSE(valid_iso_date("13", DatePrecision::Year));
}

TEST(Initiatives, UnknownThemeListsTheAllowedOnes) {
    expect_one_bad_initiative("unknown_theme.json", with(good_initiative("bad"), "theme", R"("agriculture")"),
                              "/initiatives/1/theme", "\"agriculture\"",
                              "unknown theme \"agriculture\" (allowed: governance, economic_infrastructure, "
                              "training, tourism, institution, corridor, event)");
}

TEST(Initiatives, DuplicateIdSkipsTheSecond) {
    Members second = with(good_initiative("good"), "title", R"({"fr": "Deuxième", "en": "Second"})");
    std::string text = file_text("initiatives", {good_initiative("good"), second});
    fs::path path = write_fixture("duplicate.json", text);
    Diagnostics diag;
    auto items = load_initiatives(path, fixture_pcodes(), diag);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].title.en, "Title");  // the first one wins
    // The second entry's id is on the line after the first entry closes.
    size_t second_id_line = line_of(text, "\"Deuxième\"") - 1;
    const Diagnostic* d = find_at(diag, "/initiatives/1/id (line " + std::to_string(second_id_line) + ")");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("duplicate id \"good\""), std::string::npos);
}

TEST(Initiatives, WrongTypesAreNamed) {
    expect_one_bad_initiative("partners_string.json", with(good_initiative("bad"), "partners", R"("AMM")"),
                              "/initiatives/1/partners", "\"partners\": \"AMM\"", "expected an array of {\"fr\", \"en\"} texts, found string");
    // A partner named in one language only would show English on French screens.
    expect_one_bad_initiative("partner_one_language.json", with(good_initiative("bad"), "partners", R"(["Commune of Kadiolo"])"),
                              "/initiatives/1/partners/0", "\"Commune of Kadiolo\"", "expected an object, found string");
    expect_one_bad_initiative(
        "lon_string.json",
        with(good_initiative("bad"), "where", R"({"communes": [], "points": [{"name": "X", "lon": "-5", "lat": 11}]})"),
        "/initiatives/1/where/points/0/lon", "\"-5\"", "expected a number, found string");
    expect_one_bad_initiative("title_array.json", with(good_initiative("bad"), "title", R"(["Titre", "Title"])"),
                              "/initiatives/1/title", "[\"Titre\"", "expected an object, found array");
}

TEST(Initiatives, ParseErrorGivesLineAndColumn) {
    // Line 4 lacks the comma after "a": the unexpected token "theme" on line 5 spans columns
    // 7 to 13, and nlohmann reports the last character it read, its closing quote.
    std::string text = "{\n  \"initiatives\": [\n    {\n      \"id\": \"a\"\n      \"theme\": \"event\"\n    }\n  ]\n}\n";
    fs::path path = write_fixture("parse_error.json", text);
    Diagnostics diag;
    auto items = load_initiatives(path, fixture_pcodes(), diag);
    EXPECT_TRUE(items.empty());
    ASSERT_EQ(diag.error_count(), 1u);
    EXPECT_EQ(diag.items()[0].file, path.string());
    EXPECT_EQ(diag.items()[0].where, "line 5, column 13");
    EXPECT_NE(diag.items()[0].message.find("not valid JSON"), std::string::npos);
}

TEST(Initiatives, MissingFileAndWrongRootAreErrorsNotCrashes) {
    Diagnostics diag;
    EXPECT_TRUE(load_initiatives(tmp_dir() / "does_not_exist.json", fixture_pcodes(), diag).empty());
    EXPECT_TRUE(load_initiatives(write_fixture("root_array.json", "[1, 2]\n"), fixture_pcodes(), diag).empty());
    EXPECT_TRUE(load_initiatives(write_fixture("no_array.json", "{\n  \"initiatives\": 3\n}\n"), fixture_pcodes(), diag)
                    .empty());
    ASSERT_EQ(diag.error_count(), 3u);
    EXPECT_NE(diag.items()[0].message.find("cannot open"), std::string::npos);
    EXPECT_EQ(diag.items()[2].where, "/initiatives (line 2)");
}

TEST(Initiatives, UnknownMemberIsAWarningAndTheEntryLoads) {
    Members m = good_initiative("a");
    m.push_back({"sumary", R"({"fr": "x", "en": "y"})"});
    std::string text = file_text("initiatives", {m});
    Diagnostics diag;
    auto items = load_initiatives(write_fixture("unknown_member.json", text), fixture_pcodes(), diag);
    EXPECT_EQ(items.size(), 1u);
    EXPECT_EQ(diag.error_count(), 0u);
    ASSERT_EQ(diag.warning_count(), 1u);
    EXPECT_EQ(diag.items()[0].where, "/initiatives/0/sumary (line " + std::to_string(line_of(text, "\"sumary\"")) + ")");
}

TEST(JsonLines, PointersWithEscapesAndNesting) {
    std::string text = "{\"a/b\": 1,\n \"c\": [\n  {\"d~\": true},\n  2\n ]\n}";
    JsonLineMap lines(text);
    EXPECT_EQ(lines.line_of("/a~1b"), 1u);
    EXPECT_EQ(lines.line_of("/c"), 2u);
    EXPECT_EQ(lines.line_of("/c/0/d~0"), 3u);
    EXPECT_EQ(lines.line_of("/c/1"), 4u);
    EXPECT_EQ(lines.line_of("/c/0/missing"), 3u);  // falls back to the enclosing object
}

TEST(Corridors, BadTownsAreNamed) {
    Members good = {{"id", R"("north")"},
                    {"name", R"({"fr": "Nord", "en": "North"})"},
                    {"purpose", R"({"fr": "But", "en": "Purpose"})"},
                    {"status", R"({"fr": "État", "en": "Status"})"},
                    {"line_note", R"({"fr": "Note", "en": "Note"})"},
                    {"indicative", "false"},
                    {"towns", R"([{"name": "Mopti", "lon": -4.19, "lat": 14.49, "commune": "ML050609"},
        {"name": "Ouahigouya", "lon": -2.42, "lat": 13.58, "commune": "BF540307"}])"},
                    {"sources", R"([{"title": "Mali"}])"}};
    Members unknown = with(good, "towns", R"([{"name": "A", "lon": -4.19, "lat": 14.49, "commune": "ML050609"},
        {"name": "B", "lon": -2.42, "lat": 13.58, "commune": "BF000000"}])");
    unknown[0].second = R"("unknown")";
    Members single = with(good, "towns", R"([{"name": "C", "lon": -4.19, "lat": 14.49, "commune": "ML050609"}])");
    single[0].second = R"("single")";
    Members bad_flag = with(good, "indicative", R"("yes")");
    bad_flag[0].second = R"("flag")";
    std::string text = file_text("corridors", {good, unknown, single, bad_flag});
    fs::path path = write_fixture("corridors_bad.json", text);
    Diagnostics diag;
    auto corridors = load_corridors(path, fixture_pcodes(), diag);
    ASSERT_EQ(corridors.size(), 1u);
    EXPECT_EQ(corridors[0].line().size(), 2u);
    auto at = [&](const std::string& p, const std::string& marker) {
        return find_at(diag, p + " (line " + std::to_string(line_of(text, marker)) + ")");
    };
    const Diagnostic* d = at("/corridors/1/towns/1/commune", "BF000000");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("unknown commune P-code"), std::string::npos);
    d = at("/corridors/2/towns", "\"C\"");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("at least two towns"), std::string::npos);
    d = at("/corridors/3/indicative", "\"yes\"");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("expected true or false, found string"), std::string::npos);
}

// --- The shipped files ------------------------------------------------------------------

namespace {
fs::path shipped(const char* name) { return fs::path(CORRIDOR_SOURCE_DIR) / "geodata" / name; }
KnownPcode real_pcodes() {
    return [](const std::string& p) { return test::real_geodata().commune(p) != nullptr; };  // as the app does
}
}  // namespace

TEST(ShippedData, RealCommuneLayersAreThere) {
    // Guards the tests below against passing on an empty set of layers.
    EXPECT_EQ(test::real_geodata().commune_count("Mali"), 701u);
    EXPECT_EQ(test::real_geodata().commune_count("Burkina Faso"), 351u);
    EXPECT_EQ(test::real_commune_pcodes().size(), 701u + 351u);
}

TEST(ShippedData, InitiativesAndCorridorsLoadWithoutAnyProblem) {
    Diagnostics diag;
    auto initiatives = load_initiatives(shipped("initiatives.json"), real_pcodes(), diag);
    auto corridors = load_corridors(shipped("corridors.json"), real_pcodes(), diag);
    check_links(initiatives, "initiatives.json", corridors, "corridors.json", diag);
    for (const auto& d : diag.items()) ADD_FAILURE() << d.to_string();
    // The fact sheet numbers 10 initiatives and states 6 more with sources (see docs/data-format.md).
    EXPECT_GE(initiatives.size(), 10u);
    // The northern corridor only: no source names the shea-butter corridor's communes, so it
    // is an initiative without a line.
    ASSERT_EQ(corridors.size(), 1u);
    EXPECT_EQ(corridors[0].id, "northern-corridor");
}

// The wording the sources use (issue 12): both associations with a capital M in both
// languages, "élus", cashew "production", LED offices "supported", the northern study "would
// also involve" the three towns; every url a page, never a bare site.
TEST(ShippedData, WordingFollowsTheSources) {
    Diagnostics diag;
    auto initiatives = load_initiatives(shipped("initiatives.json"), {}, diag);
    auto corridors = load_corridors(shipped("corridors.json"), {}, diag);
    auto text_of = [&](const std::string& id) -> const Initiative& {
        for (const auto& i : initiatives)
            if (i.id == id) return i;
        ADD_FAILURE() << id;
        return initiatives.front();
    };
    for (const auto& i : initiatives)
        for (const std::string* t : {&i.title.fr, &i.title.en, &i.summary.fr, &i.summary.en}) {
            EXPECT_EQ(t->find("Association des municipalités"), std::string::npos) << i.id;
            EXPECT_EQ(t->find("Association of Municipalities"), std::string::npos) << i.id;
            EXPECT_EQ(t->find("élues"), std::string::npos) << i.id;
        }
    EXPECT_NE(text_of("cdel-amm-led-centre").summary.en.find("Association des Municipalités du Mali"), std::string::npos);
    EXPECT_NE(text_of("ambf-three-year-action-plan").summary.en.find("Association des Municipalités du Burkina Faso"),
              std::string::npos);
    EXPECT_NE(text_of("sikasso-women-caucus-led-training").summary.fr.find("élus"), std::string::npos);
    const Initiative& cashew = text_of("kadiolo-business-cashew-training");
    EXPECT_NE(cashew.title.fr.find("production"), std::string::npos);
    EXPECT_EQ(cashew.title.fr.find("culture"), std::string::npos);
    EXPECT_NE(cashew.summary.en.find("cashew production"), std::string::npos);
    EXPECT_EQ(text_of("banfora-orodara-led-offices").summary.fr.find("création"), std::string::npos);
    const Initiative& north = text_of("northern-corridor-led-study");
    EXPECT_NE(north.summary.en.find("would also involve"), std::string::npos);
    EXPECT_EQ(north.summary.en.find("joining"), std::string::npos);
    EXPECT_EQ(north.date.status, DateStatus::Approximate);
    EXPECT_FALSE(north.date.note.en.empty());
    const Initiative& shea = text_of("shea-butter-corridor");
    EXPECT_FALSE(shea.has_place());
    EXPECT_TRUE(shea.corridor.empty());
    for (const auto& i : initiatives)
        for (const Source& s : i.sources) {
            EXPECT_NE(s.url, "https://fcm.ca") << i.id;
            EXPECT_NE(s.url, "https://maliweb.net") << i.id;
            EXPECT_TRUE(s.url.empty() || s.url.find('/', s.url.find("//") + 2) != std::string::npos) << i.id << " " << s.url;
        }
    for (const auto& c : corridors)
        for (const Source& s : c.sources) EXPECT_TRUE(s.url.empty() || s.url.size() > 30) << c.id << " " << s.url;
}

TEST(ShippedData, EveryCommuneNamedExistsInTheRealLayers) {
    Diagnostics diag;
    auto initiatives = load_initiatives(shipped("initiatives.json"), {}, diag);  // no check: look ourselves
    auto corridors = load_corridors(shipped("corridors.json"), {}, diag);
    ASSERT_FALSE(initiatives.empty());
    for (const auto& i : initiatives)
        for (const auto& p : i.communes) EXPECT_EQ(test::real_commune_pcodes().count(p), 1u) << i.id << " " << p;
    for (const auto& c : corridors)
        for (const auto& t : c.towns) EXPECT_EQ(test::real_commune_pcodes().count(t.commune), 1u) << c.id << " " << t.name;
}

TEST(ShippedData, CorridorTownsLieInTheCommuneTheyName) {
    Diagnostics diag;
    auto corridors = load_corridors(shipped("corridors.json"), {}, diag);
    for (const auto& c : corridors)
        for (const auto& t : c.towns) {
            const Feature* commune = test::real_geodata().commune(t.commune);
            ASSERT_NE(commune, nullptr) << t.commune;
            OGRPoint point(t.position.lon, t.position.lat);
            EXPECT_TRUE(commune->lonlat()->Contains(&point)) << t.name << " not in " << commune->name;
        }
}

TEST(ShippedData, UndatedAndPlacelessEntriesSaySo) {
    Diagnostics diag;
    auto initiatives = load_initiatives(shipped("initiatives.json"), {}, diag);
    for (const auto& i : initiatives) {
        if (i.id == "regional-tourism-study") {
            EXPECT_FALSE(i.has_place());  // item 5: the source names no place
            EXPECT_EQ(format_date(i.date, Lang::En), "not dated");
        } else if (i.id == "northern-corridor-led-study") {
            EXPECT_EQ(format_date(i.date, Lang::Fr), "vers 2013");
        } else if (i.id == "tdel-amm-first-meeting") {
            EXPECT_EQ(format_date(i.date, Lang::En), "9 January 2013");
        }
        EXPECT_FALSE(i.sources.empty()) << i.id;
    }
}
