// Rivers and lakes of the real data (Natural Earth): they load as context layers, are found
// before the commune they cross, carry names in both languages, and are found by search.
#include <gtest/gtest.h>

#include <cmath>

#include <ogr_geometry.h>

#include "core/base/geometry_walk.h"
#include "core/cartography/search_entries.h"
#include "core/cartography/water.h"
#include "core/index/feature_picker.h"
#include "core/project/projection.h"
#include "real_geodata.h"

using namespace corridor;
using corridor::test::real_geodata;

namespace {

const Layer& rivers() {
    const Layer* l = real_geodata().layer("rivers");
    EXPECT_TRUE(l) << "layers.json lists no rivers layer";
    static const Layer none;
    return l ? *l : none;
}

// The main course of a river (featurecla River), by its own name.
const Feature* river(const std::string& name) {
    for (const Feature& f : rivers().features)
        if (f.name == name && water_class(f) == "River") return &f;
    return nullptr;
}

// The vertex of `f` nearest to `lon`/`lat`, in Web Mercator (the 1:10m course is dense).
MapPoint nearest_on(const Feature& f, double lon, double lat) {
    const MapPoint m = lonlat_to_mercator({lon, lat});
    double best = 1e300;
    MapPoint at = m;
    for_each_path(*f.mercator, [&](const OGRSimpleCurve& line) {
        for (int i = 0; i < line.getNumPoints(); ++i) {
            const double d = std::hypot(line.getX(i) - m.x, line.getY(i) - m.y);
            if (d < best) best = d, at = {line.getX(i), line.getY(i)};
        }
    });
    return at;
}

}  // namespace

TEST(Water, RiversAndLakesLoadAsContextLayers) {
    ASSERT_GT(rivers().features.size(), 20u);
    EXPECT_TRUE(is_water_layer(rivers()));
    const Layer* lakes = real_geodata().layer("lakes");
    ASSERT_TRUE(lakes);
    EXPECT_TRUE(is_water_layer(*lakes));
    EXPECT_EQ(lakes->kind, GeometryKind::Polygon);
    EXPECT_FALSE(is_water_layer(*real_geodata().layer("countries")));
    EXPECT_FALSE(is_water_layer(*real_geodata().layer("mli_communes")));
    EXPECT_EQ(rivers().attribution, "Made with Natural Earth");
}

TEST(Water, NamesInBothLanguagesAndScalerank) {
    const Feature* mouhoun = river("Mouhoun");
    ASSERT_TRUE(mouhoun);
    EXPECT_EQ(water_name(*mouhoun, "fr"), "Volta Noire");
    EXPECT_EQ(water_name(*mouhoun, "en"), "Black Volta");
    EXPECT_EQ(water_scalerank(*mouhoun), 5);
    const Feature* niger = river("Niger");
    ASSERT_TRUE(niger);
    EXPECT_EQ(water_scalerank(*niger), 3);
    EXPECT_LT(water_scalerank(*niger), water_scalerank(*river("Bani")));
}

TEST(Water, PointOnTheNigerNearMoptiPicksTheNigerNotTheCommune) {
    const Geodata& data = real_geodata();
    const Feature* niger = river("Niger");
    ASSERT_TRUE(niger);
    FeaturePicker picker;
    picker.sync(data);
    const MapPoint on = nearest_on(*niger, -4.19, 14.49);  // Mopti
    ASSERT_LT(std::hypot(on.x - lonlat_to_mercator({-4.19, 14.49}).x, on.y - lonlat_to_mercator({-4.19, 14.49}).y), 20000);
    const FeatureRef ref = picker.pick(data, on, 500);
    ASSERT_TRUE(ref.valid());
    EXPECT_EQ(data.layers[ref.layer].id, "rivers");
    EXPECT_EQ(data.layers[ref.layer].features[ref.feature].name, "Niger");
    // 30 km off the river the commune is found again.
    const FeatureRef off = picker.pick(data, {on.x, on.y + 30000}, 500);
    ASSERT_TRUE(off.valid());
    EXPECT_EQ(data.layers[off.layer].level, AdminLevel::Commune);
    // A hidden rivers layer is not picked.
    const int rivers_index = int(&rivers() - data.layers.data());
    const FeatureRef hidden = picker.pick(data, on, 500, [&](int i) { return i != rivers_index; });
    ASSERT_TRUE(hidden.valid());
    EXPECT_NE(hidden.layer, rivers_index);
}

TEST(Water, SearchFindsRiversByEitherName) {
    static const SearchIndex index(build_search_entries(real_geodata()));
    auto find_river = [&](const std::string& query) -> const SearchEntry* {
        for (const SearchHit& h : index.search(query, 10))
            if (index.entry(h.entry).kind == SearchKind::River) return &index.entry(h.entry);
        return nullptr;
    };
    const SearchEntry* niger = find_river("niger");
    ASSERT_TRUE(niger);
    EXPECT_EQ(niger->name, "Niger");
    EXPECT_EQ(niger->layer, "rivers");
    // The entry spans the whole course (Guinea to Niger), and selects the main course.
    EXPECT_GT(niger->bounds.width(), 1000000);
    EXPECT_EQ(water_class(rivers().features[size_t(niger->feature)]), "River");
    const SearchEntry* noire = find_river("volta noire");
    ASSERT_TRUE(noire);
    EXPECT_EQ(noire->name, "Volta Noire");
    EXPECT_NE(noire->parent.find("Mouhoun"), std::string::npos);
    EXPECT_EQ(rivers().features[size_t(noire->feature)].name, "Mouhoun");
    EXPECT_EQ(format_search_result(*noire, "fr").find("Volta Noire, cours d'eau"), 0u);
}
