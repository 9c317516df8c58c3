// Neighbouring countries come from Natural Earth with English names; the map and the tooltip
// name them in the interface language (assets/i18n "country.<ISO numeric>").
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "scripted_app.h"

using nlohmann::json;

namespace {

struct Seen {
    std::string country_labels;  // every country label, joined
    std::string tooltip;
};

// The home view's country labels, then the tooltip over Mauritania (lon -10, lat 20).
Seen run_in(const std::string& lang) {
    const auto dir = corridor::test::scripted_dir("country_names");
    const std::string state = (dir / (lang + ".state.json")).string();
    const json steps = {{{"wait", 5}}, {{"settle", 300}}, {{"move", corridor::test::lonlat(-10, 20)}},
                        {{"wait", 3}}, {{"state", state}}};
    std::string log;
    EXPECT_EQ(corridor::test::run_scripted(dir, lang, steps, &log, lang, {1280, 800}), 0) << log;
    const json s = corridor::test::read_json_file(state);
    Seen seen;
    for (const auto& l : s["labels"])
        if (l["rank"] == "country") seen.country_labels += l["text"].get<std::string>() + "|";
    if (s["tooltip"].is_object()) seen.tooltip = s["tooltip"].value("text", "");
    return seen;
}

}  // namespace

TEST(CountryNames, NeighboursAreNamedInTheInterfaceLanguage) {
    const Seen fr = run_in("fr");
    EXPECT_NE(fr.country_labels.find("MAURITANIE"), std::string::npos) << fr.country_labels;
    EXPECT_EQ(fr.country_labels.find("MAURITANIA"), std::string::npos) << fr.country_labels;
    EXPECT_EQ(fr.tooltip.rfind("Mauritanie", 0), 0u) << fr.tooltip;

    const Seen en = run_in("en");
    EXPECT_NE(en.country_labels.find("MAURITANIA"), std::string::npos) << en.country_labels;
    EXPECT_EQ(en.tooltip.rfind("Mauritania", 0), 0u) << en.tooltip;
}
