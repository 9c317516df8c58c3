// A forum audience reads the viewer in French: walk every initiative and corridor panel and
// every tour step in French through the real binary, log the text each frame draws
// (`text_log` script step), and fail on any content string that exists in English only.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "scripted_app.h"

using namespace corridor::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = CORRIDOR_SOURCE_DIR;

// Runs of whitespace (no-break spaces included) as one space: wrapped lines in the log read as
// the text they came from.
std::string squeeze(std::string s) {
    for (const char* nbsp : {"\u00a0", "\u202f"})
        for (size_t at = s.find(nbsp); at != std::string::npos; at = s.find(nbsp, at)) s.replace(at, std::string(nbsp).size(), " ");
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ', space = false;
        out += c;
    }
    return out;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every {"fr", "en"} pair of a project data file, wherever it sits.
void collect_pairs(const json& v, std::vector<std::pair<std::string, std::string>>& out) {
    if (v.is_object()) {
        if (v.size() == 2 && v.contains("fr") && v.contains("en") && v["fr"].is_string() && v["en"].is_string())
            out.emplace_back(v["fr"], v["en"]);
        for (const auto& [k, child] : v.items()) collect_pairs(child, out);
        // Tour captions: {"fr": {"title", "text"}, "en": {...}}.
        if (v.contains("fr") && v.contains("en") && v["fr"].is_object() && v["en"].is_object())
            for (const char* part : {"title", "text"})
                if (v["fr"].contains(part) && v["en"].contains(part)) out.emplace_back(v["fr"][part], v["en"][part]);
    } else if (v.is_array()) {
        for (const json& child : v) collect_pairs(child, out);
    }
}

}  // namespace

TEST(FrenchScreens, EveryPanelAndTourStepShowsNoEnglishOnlyContent) {
    const json initiatives = read_json_file(kSource / "geodata" / "initiatives.json");
    const json corridors = read_json_file(kSource / "geodata" / "corridors.json");
    const json tour = read_json_file(kSource / "geodata" / "tours" / "default.json");
    const json layers = read_json_file(kSource / "geodata" / "layers.json");

    // Content shown to a user is bilingual in the files: partners and source notes included.
    for (const json& in : initiatives["initiatives"]) {
        for (const json& p : in["partners"]) EXPECT_TRUE(p.is_object()) << in["id"] << " partner " << p;
        for (const json& s : in["sources"])
            EXPECT_TRUE(!s.contains("note") || s["note"].is_object()) << in["id"] << " source note " << s["note"];
    }
    for (const json& l : layers["layers"]) EXPECT_TRUE(l["attribution"].is_object()) << l["id"];

    // The walk: home view (attribution), each initiative and corridor panel, each tour step.
    const fs::path dir = scripted_dir("french_screens");
    json steps = json::array({{{"wait", 5}}, {{"text_log", (dir / "home.txt").string()}}});
    std::vector<std::pair<std::string, fs::path>> logs = {{"home view", dir / "home.txt"}};
    std::vector<std::pair<fs::path, std::string>> must_show;  // a French text each log must hold
    for (const json* list : {&initiatives["initiatives"], &corridors["corridors"]})
        for (const json& item : *list) {
            const std::string id = item["id"];
            const fs::path log = dir / ("panel_" + id + ".txt");
            steps.push_back({{"choose", id}});
            steps.push_back({{"wait", 2}});
            steps.push_back({{"text_log", log.string()}});
            logs.emplace_back("panel " + id, log);
            // The summary or purpose: wrapped in full (a long title is clipped by the title bar).
            must_show.emplace_back(log, item.contains("summary") ? item["summary"]["fr"] : item["purpose"]["fr"]);
        }
    steps.push_back({{"key", "Escape"}});
    steps.push_back({{"tour", "default"}});
    for (size_t i = 0; i < tour["steps"].size(); ++i) {
        const fs::path log = dir / ("tour_" + std::to_string(i + 1) + ".txt");
        if (i > 0) steps.push_back({{"key", "Right"}});
        steps.push_back({{"wait", 2}});
        steps.push_back({{"text_log", log.string()}});
        logs.emplace_back("tour step " + std::to_string(i + 1), log);
        must_show.emplace_back(log, tour["steps"][i]["caption"]["fr"]["title"]);
        for (const json& s : tour["steps"][i]["sources"]) must_show.emplace_back(log, s["title"]["fr"]);
    }
    std::string out;
    ASSERT_EQ(run_scripted(dir, "walk", steps, &out, "fr", {1280, 800}), 0) << out;

    // English-only strings: the English side of every pair whose French differs, from the
    // project's data and the interface words (those long enough not to be French words too).
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const json* doc : {&initiatives, &corridors, &tour, &layers}) collect_pairs(*doc, pairs);
    const json en = read_json_file(kSource / "assets" / "i18n" / "en.json");
    const json fr = read_json_file(kSource / "assets" / "i18n" / "fr.json");
    for (const auto& [key, text] : en.items())
        if (fr.contains(key) && text.is_string() && text.get<std::string>().size() >= 12 && fr[key] != text)
            pairs.emplace_back(fr[key], text);
    std::set<std::string> english_only;
    for (const auto& [f, e] : pairs)
        if (squeeze(f) != squeeze(e) && e.find('%') == std::string::npos) english_only.insert(squeeze(e));
    ASSERT_GT(english_only.size(), 100u);

    for (const auto& [what, file] : logs) {
        const std::string text = squeeze(read_text(file));
        ASSERT_FALSE(text.empty()) << what << ": nothing logged (" << file << ")";
        for (const std::string& e : english_only)
            EXPECT_EQ(text.find(e), std::string::npos) << what << " shows English: \"" << e << "\"";
    }
    // And the walk really opened each panel and step: its French title is on screen.
    for (const auto& [file, french] : must_show)
        EXPECT_NE(squeeze(read_text(file)).find(squeeze(french)), std::string::npos)
            << file.filename() << " does not show \"" << french << "\"";
    // The attribution lines follow the language.
    EXPECT_NE(squeeze(read_text(dir / "home.txt")).find("Limites administratives du Mali"), std::string::npos);
}
