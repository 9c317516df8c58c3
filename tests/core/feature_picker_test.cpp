// The picker finds the topmost feature: user layers above communes, points within tolerance.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/index/feature_picker.h"
#include "core/measure/geodesic.h"
#include "core/read/layer_reader.h"
#include "core/project/projection.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

fs::path write_fixture(const std::string& name, const std::string& text) {
    const char* tmp = std::getenv("CORRIDOR_TEST_TMP");
    fs::path dir = fs::path(tmp ? tmp : "/tmp") / "feature_picker";
    fs::create_directories(dir);
    std::ofstream(dir / name) << text;
    return dir / name;
}

Layer read(const fs::path& file, const std::string& role, AdminLevel level) {
    Diagnostics diag;
    ReadOptions options;
    options.role = role;
    options.level = level;
    auto layer = read_layer(file, options, diag);
    EXPECT_TRUE(layer) << (diag.empty() ? "" : diag.items()[0].to_string());
    return layer ? std::move(*layer) : Layer{};
}

}  // namespace

TEST(FeaturePicker, UserPointsAboveCommunesAndToleranceCounts) {
    // Two communes side by side, 1° each, and one user point inside the western one.
    Geodata data;
    data.layers.push_back(read(write_fixture("communes.geojson", R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "West"}, "geometry": {"type": "Polygon",
         "coordinates": [[[0,10],[1,10],[1,11],[0,11],[0,10]]]}},
        {"type": "Feature", "properties": {"name": "East"}, "geometry": {"type": "Polygon",
         "coordinates": [[[1,10],[2,10],[2,11],[1,11],[1,10]]]}}]})"),
                               "admin", AdminLevel::Commune));
    data.layers.push_back(read(write_fixture("wells.geojson", R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Well"}, "geometry": {"type": "Point", "coordinates": [0.5, 10.5]}}]})"),
                               "user", AdminLevel::None));
    ASSERT_EQ(data.layers[0].kind, GeometryKind::Polygon);
    FeaturePicker picker;
    picker.sync(data);

    MapPoint well = lonlat_to_mercator({0.5, 10.5});
    FeatureRef hit = picker.pick(data, {well.x + 50, well.y}, 100);
    EXPECT_EQ(hit.layer, 1);
    EXPECT_EQ(hit.feature, 0);
    // 150 m away with 100 m tolerance: the commune under it.
    hit = picker.pick(data, {well.x + 150, well.y}, 100);
    EXPECT_EQ(hit.layer, 0);
    EXPECT_EQ(hit.feature, 0);
    hit = picker.pick(data, lonlat_to_mercator({1.5, 10.2}), 100);
    EXPECT_EQ(hit.layer, 0);
    EXPECT_EQ(hit.feature, 1);
    // Hidden layers are skipped.
    hit = picker.pick(data, {well.x + 50, well.y}, 100, [](int layer) { return layer != 1; });
    EXPECT_EQ(hit.layer, 0);
    EXPECT_FALSE(picker.pick(data, lonlat_to_mercator({5, 5}), 100).valid());

    // Appending a layer (the vector may reallocate) keeps the picker right after sync().
    data.layers.push_back(read(write_fixture("zone.geojson", R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Zone"}, "geometry": {"type": "Polygon",
         "coordinates": [[[1.2,10.2],[1.8,10.2],[1.8,10.8],[1.2,10.8],[1.2,10.2]]]}}]})"),
                               "user", AdminLevel::None));
    picker.sync(data);
    hit = picker.pick(data, lonlat_to_mercator({1.5, 10.5}), 100);
    EXPECT_EQ(hit.layer, 2);
    hit = picker.pick(data, lonlat_to_mercator({1.1, 10.5}), 100);
    EXPECT_EQ(hit.layer, 0);
    EXPECT_EQ(hit.feature, 1);
}

TEST(GeodesicArea, OneDegreeCellAtTheEquatorAndHoles) {
    // A 1° x 1° cell at the equator: 110.57 km (1° of latitude) x 111.32 km (1° of longitude
    // on the equator) = about 12,308 km² on WGS 84.
    OGRGeometry* g = nullptr;
    const char* wkt = "POLYGON((0 0,1 0,1 1,0 1,0 0))";
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g), OGRERR_NONE);
    OGRGeometryUniquePtr cell(g);
    EXPECT_NEAR(geodesic_area_m2(*cell) / 1e6, 12308, 12308 * 0.002);
    // The same cell with a quarter-size hole, and as a multipolygon of two cells.
    const char* holed = "POLYGON((0 0,1 0,1 1,0 1,0 0),(0.25 0.25,0.25 0.75,0.75 0.75,0.75 0.25,0.25 0.25))";
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(holed, nullptr, &g), OGRERR_NONE);
    OGRGeometryUniquePtr with_hole(g);
    EXPECT_NEAR(geodesic_area_m2(*with_hole) / geodesic_area_m2(*cell), 0.75, 0.002);
    const char* two = "MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),((0 -1,1 -1,1 0,0 0,0 -1)))";
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(two, nullptr, &g), OGRERR_NONE);
    OGRGeometryUniquePtr pair(g);
    EXPECT_NEAR(geodesic_area_m2(*pair), 2 * geodesic_area_m2(*cell), 1.0);
    // Lines have no area.
    ASSERT_EQ(OGRGeometryFactory::createFromWkt("LINESTRING(0 0,1 1)", nullptr, &g), OGRERR_NONE);
    OGRGeometryUniquePtr line(g);
    EXPECT_EQ(geodesic_area_m2(*line), 0);
}
