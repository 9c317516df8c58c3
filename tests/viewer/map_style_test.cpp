#include "viewer/map/map_style.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/base/resource_paths.h"
#include "fixtures.h"

namespace corridor {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) { return corridor::test::scratch_dir("map_style_test") / name; }

TEST(MapStyle, FileOverridesOnlyWhatItNamesAndWarnsOnBadValues) {
    fs::path file = scratch("style.json");
    std::ofstream(file) << R"({"background": "#102030", "fills": {"mali": "#AABBCC80", "burkina_faso": "green"},
                               "lines": {"commune": {"width": 2.5}, "region": {"width": -1}}})";
    Diagnostics diag;
    MapStyle style = load_map_style(file, diag);
    const MapStyle defaults;
    EXPECT_EQ(style.background, (Rgba{0x10, 0x20, 0x30, 255}));
    EXPECT_EQ(style.mali_fill, (Rgba{0xAA, 0xBB, 0xCC, 0x80}));
    EXPECT_EQ(style.burkina_fill, defaults.burkina_fill);
    EXPECT_FLOAT_EQ(style.commune_line.width_px, 2.5f);
    EXPECT_EQ(style.commune_line.color, defaults.commune_line.color);
    EXPECT_FLOAT_EQ(style.region_line.width_px, defaults.region_line.width_px);
    ASSERT_EQ(diag.warning_count(), 2u);
    EXPECT_EQ(diag.items()[0].where, "/fills/burkina_faso");
    EXPECT_EQ(diag.items()[1].where, "/lines/region/width");
    EXPECT_EQ(diag.items()[0].file, file.string());
}

TEST(MapStyle, MissingFileGivesDefaultsAndBrokenJsonWarns) {
    Diagnostics diag;
    EXPECT_EQ(load_map_style(scratch("absent.json"), diag).background, MapStyle{}.background);
    EXPECT_TRUE(diag.empty());
    fs::path broken = scratch("broken.json");
    std::ofstream(broken) << "{\"background\": ";
    EXPECT_EQ(load_map_style(broken, diag).background, MapStyle{}.background);
    EXPECT_EQ(diag.warning_count(), 1u);
}

// The project's style file must parse cleanly, and its land fills must stand apart from the sea.
TEST(MapStyle, ProjectStyleFileIsCleanAndLandDiffersFromSea) {
    Diagnostics diag;
    MapStyle style = load_map_style(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/styles/map_style.json", diag);
    EXPECT_TRUE(diag.empty()) << diag.items().front().to_string();
    auto distance = [](Rgba a, Rgba b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); };
    for (Rgba land : {style.mali_fill, style.burkina_fill, style.neighbour_fill}) {
        // The darkest and lightest tint a commune can get still differ clearly from the sea.
        for (const char* id : {"a", "b", "ML030536", "BF4601"})
            EXPECT_GT(distance(varied_fill(land, id, style.tint_variation), style.background), 60);
    }
    EXPECT_GT(distance(style.mali_fill, style.burkina_fill), 30) << "each country its own hue";
}

TEST(MapStyle, TintIsStableAndSmall) {
    const Rgba base{200, 180, 140};
    EXPECT_EQ(varied_fill(base, "ML030536", 0.06f), varied_fill(base, "ML030536", 0.06f));
    int differing = 0;
    for (int i = 0; i < 50; ++i) {
        Rgba c = varied_fill(base, "ML" + std::to_string(i), 0.06f);
        EXPECT_LE(std::abs(c.r - base.r), 200 * 0.06 + 1);
        differing += !(c == base);
    }
    EXPECT_GT(differing, 40) << "neighbours should mostly differ";
    EXPECT_EQ(varied_fill(base, "x", 0), base);
}

}  // namespace
}  // namespace corridor
