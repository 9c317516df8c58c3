// Every valid GeoJSON opens (issue 18): each top level RFC 7946 allows, and the members the spec
// and GDAL accept, read through the same path as the boundary layers and the extra layers.
// JSON that is not GeoJSON still gets a clear error naming the file and the member.
#include <gtest/gtest.h>

#include "core/check/geojson_check.h"
#include "core/index/feature_picker.h"
#include "core/normalise/antimeridian.h"
#include "core/project/projection.h"
#include "core/read/geodata_catalog.h"
#include "core/read/layer_reader.h"
#include "fixtures.h"
#include "geojson_cases.h"

using namespace corridor;
using namespace corridor::test;

namespace {

std::string dump(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items()) s += x.to_string() + "\n";
    return s;
}

std::string type_name(const OGRGeometry& g) { return geojson_type_name(g); }

std::optional<Layer> read(const std::string& name, const std::string& text, Diagnostics& diag) {
    return read_layer(write_file(name + ".geojson", text), {}, diag);
}

}  // namespace

class EveryGeoJsonCase : public ::testing::TestWithParam<GeoJsonCase> {};

TEST_P(EveryGeoJsonCase, LoadsWithTheRightFeaturesAndNoError) {
    const GeoJsonCase& c = GetParam();
    Diagnostics diag;
    auto layer = read(c.name, c.text, diag);
    ASSERT_TRUE(layer) << dump(diag);
    EXPECT_FALSE(diag.has_errors()) << dump(diag);
    ASSERT_EQ(layer->features.size(), c.features);
    const Feature& f = layer->features[0];
    if (c.geometry.empty()) {
        EXPECT_FALSE(f.mercator);
        EXPECT_FALSE(f.lonlat());
        EXPECT_EQ(features_without_geometry(*layer), std::vector<int>{0});
        return;
    }
    ASSERT_TRUE(f.lonlat());
    EXPECT_EQ(type_name(*f.lonlat()), c.geometry);
    EXPECT_TRUE(features_without_geometry(*layer).empty());
    // The picker finds the feature at its own place, as hovering and clicking do.
    Geodata data;
    data.layers.push_back(std::move(*layer));
    FeaturePicker picker;
    picker.sync(data);
    FeatureRef hit = picker.pick(data, lonlat_to_mercator({c.lon, c.lat}), 200);
    EXPECT_EQ(hit, (FeatureRef{0, 0})) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Issue18, EveryGeoJsonCase, ::testing::ValuesIn(geojson_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(GeoJsonTopLevel, FeatureKeepsItsPropertiesAndStringId) {
    Diagnostics diag;
    auto layer = read("feature_props", geojson_cases()[0].text, diag);
    ASSERT_TRUE(layer);
    const Feature& f = layer->features[0];
    EXPECT_EQ(f.id, "trace-1");
    ASSERT_TRUE(f.attribute("name"));
    EXPECT_EQ(*f.attribute("name"), "Tracé de l'atelier");
    EXPECT_EQ(*f.attribute("km"), "12.5");
}

TEST(GeoJsonTopLevel, BareGeometryHasNoProperties) {
    Diagnostics diag;
    auto layer = read("bare", R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})", diag);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 1u);
    EXPECT_EQ(layer->features[0].attribute_count(), 0u);
    EXPECT_EQ(layer->kind, GeometryKind::Polygon);
}

TEST(GeoJsonTopLevel, GeometryCollectionKeepsEveryMember) {
    Diagnostics diag;
    auto layer = read("collection_members", geojson_cases()[7].text, diag);
    ASSERT_TRUE(layer);
    const OGRGeometryUniquePtr lonlat = layer->features[0].lonlat();
    const OGRGeometryCollection& gc = *lonlat->toGeometryCollection();
    ASSERT_EQ(gc.getNumGeometries(), 3);
    EXPECT_EQ(type_name(*gc.getGeometryRef(0)), "Polygon");
    EXPECT_EQ(type_name(*gc.getGeometryRef(1)), "Point");
    EXPECT_EQ(type_name(*gc.getGeometryRef(2)), "LineString");
    // Its point member is found too, not only the polygon.
    Geodata data;
    data.layers.push_back(std::move(*layer));
    FeaturePicker picker;
    picker.sync(data);
    EXPECT_EQ(picker.pick(data, lonlat_to_mercator({-6.1, 11.4}), 200), (FeatureRef{0, 0}));
    EXPECT_FALSE(picker.pick(data, lonlat_to_mercator({-6.3, 11.6}), 200).valid());
}

TEST(GeoJsonTopLevel, NullGeometryIsListedWithItsPropertiesNotSkipped) {
    Diagnostics diag;
    auto layer = read("null_mixed",
                      feature_collection(feature(R"({"name":"placed"})", R"({"type":"Point","coordinates":[-5.7,11.3]})") +
                                         "," + feature(R"({"name":"unplaced","note":"à préciser"})", "null")),
                      diag);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 2u);
    EXPECT_TRUE(diag.empty()) << dump(diag);  // valid GeoJSON: nothing to report
    EXPECT_EQ(features_without_geometry(*layer), std::vector<int>{1});
    EXPECT_EQ(*layer->features[1].attribute("note"), "à préciser");
    EXPECT_EQ(layer->kind, GeometryKind::Point);  // the unplaced feature does not make it mixed
    EXPECT_FALSE(layer->bounds.empty());
}

TEST(GeoJsonTopLevel, OnlyNullGeometriesWarnThatNothingIsDrawn) {
    Diagnostics diag;
    auto layer = read("only_null", geojson_cases()[8].text, diag);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->features[0].id, "42");  // a numeric id is the feature's id
    EXPECT_EQ(*layer->features[0].attribute("name"), "Atelier sans lieu");
    EXPECT_FALSE(diag.has_errors());
    ASSERT_EQ(diag.items().size(), 1u) << dump(diag);
    EXPECT_NE(diag.items()[0].message.find("no feature has a geometry"), std::string::npos);
}

TEST(GeoJsonTopLevel, ThreeDimensionalCoordinatesKeepTheirHeight) {
    Diagnostics diag;
    auto layer = read("height", geojson_cases()[9].text, diag);
    ASSERT_TRUE(layer);
    const OGRGeometryUniquePtr lonlat = layer->features[0].lonlat();
    const OGRPoint& p = *lonlat->toPoint();
    EXPECT_NEAR(p.getX(), -5.5, 1e-12);  // back from Web Mercator, the one copy kept
    EXPECT_NEAR(p.getY(), 11.4, 1e-12);
    EXPECT_DOUBLE_EQ(p.getZ(), 320.5);
    EXPECT_TRUE(layer->features[0].mercator->Is3D());
}

TEST(GeoJsonTopLevel, MembersTheSpecAllowsAreAccepted) {
    Diagnostics diag;
    auto layer = read("members", geojson_cases()[10].text, diag);
    ASSERT_TRUE(layer) << dump(diag);
    EXPECT_TRUE(diag.empty()) << dump(diag);
    ASSERT_EQ(layer->features.size(), 2u);
    EXPECT_EQ(layer->features[0].id, "parcelle-7");
    EXPECT_EQ(layer->features[1].id, "2");
    EXPECT_EQ(*layer->features[1].attribute("name"), "Puits");
    // The clockwise ring is the same area as its right-hand twin, reported nowhere.
    EXPECT_NEAR(layer->features[0].lonlat()->toPolygon()->get_Area(), 0.01, 1e-12);
}

TEST(GeoJsonTopLevel, The2008CrsMemberIsHonoured) {
    // Web Mercator metres for (-5.7036, 11.46), as GeoJSON 2008 allowed.
    Diagnostics diag;
    auto layer = read("crs2008",
                      R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},
                          "features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-634930,1283446]}}]})",
                      diag);
    ASSERT_TRUE(layer) << dump(diag);
    const OGRGeometryUniquePtr lonlat = layer->features[0].lonlat();
    const OGRPoint& p = *lonlat->toPoint();
    EXPECT_NEAR(p.getX(), -5.7036, 1e-3);
    EXPECT_NEAR(p.getY(), 11.46, 1e-2);
}

TEST(GeoJsonTopLevel, WindingOrderIsNotAProblem) {
    // Outer ring clockwise and hole counter-clockwise: both against RFC 7946's right-hand rule.
    Diagnostics diag;
    auto layer = read("clockwise",
                      R"({"type":"Polygon","coordinates":[[[0,0],[0,3],[3,3],[3,0],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]})", diag);
    ASSERT_TRUE(layer);
    EXPECT_TRUE(diag.empty()) << dump(diag);
    EXPECT_NEAR(layer->features[0].lonlat()->toPolygon()->get_Area(), 9.0 - 1.0, 1e-12);
    OGRPoint in_ring(0.5, 0.5), in_hole(1.5, 1.5);
    EXPECT_TRUE(layer->features[0].lonlat()->Contains(&in_ring));
    EXPECT_FALSE(layer->features[0].lonlat()->Contains(&in_hole));
}

TEST(GeoJsonTopLevel, AntimeridianCrossingIsCutAndStaysOnItsSide) {
    Diagnostics diag;
    auto layer = read("antimeridian",
                      feature_collection(
                          feature(R"({"name":"Fiji box"})",
                                  R"({"type":"Polygon","coordinates":[[[170,-20],[-170,-20],[-170,-10],[170,-10],[170,-20]]]})") +
                          "," + feature(R"({"name":"flight"})", R"({"type":"LineString","coordinates":[[175,-15],[-175,-16]]})") +
                          "," + feature(R"({"name":"Greenwich"})", R"({"type":"LineString","coordinates":[[-1,5],[1,5]]})")),
                      diag);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 3u);
    const OGRGeometryUniquePtr box_lonlat = layer->features[0].lonlat();
    const OGRGeometry& box = *box_lonlat;
    ASSERT_EQ(type_name(box), "MultiPolygon");
    EXPECT_EQ(box.toMultiPolygon()->getNumGeometries(), 2);
    EXPECT_NEAR(box.toMultiPolygon()->get_Area(), 200.0, 1e-9);  // 20° x 10°, not 340° x 10°
    OGRPoint east(175, -15), west(-175, -15), greenwich(0, -15);
    EXPECT_TRUE(box.Contains(&east));
    EXPECT_TRUE(box.Contains(&west));
    EXPECT_FALSE(box.Contains(&greenwich)) << "drawn the long way round";
    const OGRGeometryUniquePtr flight_lonlat = layer->features[1].lonlat();
    const OGRGeometry& flight = *flight_lonlat;
    ASSERT_EQ(type_name(flight), "MultiLineString");
    OGREnvelope env;
    flight.toMultiLineString()->getGeometryRef(0)->getEnvelope(&env);
    EXPECT_GE(env.MinX, 175.0);
    EXPECT_EQ(type_name(*layer->features[2].mercator), "LineString") << "a line near Greenwich is left alone";
    // The Web Mercator copy the map draws stays within the world's width on each side.
    OGREnvelope m;
    layer->features[0].mercator->toMultiPolygon()->getGeometryRef(0)->getEnvelope(&m);
    EXPECT_GT(m.MinX, 0);
    int warnings = 0;
    for (const Diagnostic& d : diag.items()) warnings += d.message.find("crosses the antimeridian") != std::string::npos;
    EXPECT_EQ(warnings, 2) << dump(diag);
    EXPECT_FALSE(diag.has_errors());
}

TEST(GeoJsonTopLevel, CutKeepsPointsAndUncrossedMembersOfACollection) {
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt("GEOMETRYCOLLECTION (POINT (1 2),LINESTRING (179 0,-179 1),POLYGON ((0 0,1 0,1 1,0 0)))",
                                      nullptr, &g);
    OGRGeometryUniquePtr source(g);
    OGRGeometryUniquePtr cut = cut_at_antimeridian(*source);
    ASSERT_TRUE(cut);
    const OGRGeometryCollection& gc = *cut->toGeometryCollection();
    ASSERT_EQ(gc.getNumGeometries(), 3);
    EXPECT_EQ(type_name(*gc.getGeometryRef(0)), "Point");
    EXPECT_EQ(type_name(*gc.getGeometryRef(1)), "MultiLineString");
    EXPECT_EQ(type_name(*gc.getGeometryRef(2)), "Polygon");
    EXPECT_FALSE(cut_at_antimeridian(*gc.getGeometryRef(2)));
}

// What is no GeoJSON keeps a clear error naming the file and the member at fault.
TEST(GeoJsonTopLevel, JsonThatIsNotGeoJsonIsRefusedClearly) {
    struct Bad {
        const char* text;
        const char* where;
        const char* says;
    };
    const Bad cases[] = {
        {"[1, 2]", "", "top level is an array, not a GeoJSON object"},
        {R"("Point")", "", "top level is a string, not a GeoJSON object"},
        {R"({"name":"x","features":[]})", "/type", "no \"type\" member"},
        {R"({"type":7})", "/type", "\"type\" is a number"},
        {R"({"type":"Topology","objects":{}})", "/type", "\"Topology\" is not a GeoJSON type"},
        {R"({"type":"featurecollection","features":[]})", "/type", "\"featurecollection\" is not a GeoJSON type"},
        {R"({"type":"FeatureCollection"})", "/features", "a FeatureCollection needs a \"features\" array"},
        {R"({"type":"FeatureCollection","features":{}})", "/features", "found an object"},
        {R"({"type":"Point"})", "/coordinates", "a Point needs a \"coordinates\" array"},
        {R"({"type":"GeometryCollection","coordinates":[]})", "/geometries", "needs a \"geometries\" array"},
        {R"({"type":"Feature","geometry":"here","properties":{}})", "/geometry", "must be a geometry object or null"},
    };
    int n = 0;
    for (const Bad& bad : cases) {
        const std::string name = "not_geojson_" + std::to_string(n++);
        Diagnostics diag;
        EXPECT_FALSE(read(name, bad.text, diag)) << bad.text;
        ASSERT_EQ(diag.items().size(), 1u) << bad.text << "\n" << dump(diag);
        const Diagnostic& d = diag.items()[0];
        EXPECT_EQ(d.severity, Severity::Error);
        EXPECT_NE(d.file.find(name + ".geojson"), std::string::npos);
        EXPECT_EQ(d.where, bad.where) << bad.text;
        EXPECT_NE(d.message.find(bad.says), std::string::npos) << bad.text << " -> " << d.message;
    }
}

// The pre-check takes any bytes (a fuzzer's entry point) and answers without throwing.
TEST(GeoJsonTopLevel, PreCheckTakesArbitraryBytes) {
    const std::string bytes("{\"type\":\"Point\",\0\xff\xfe", 19);
    GeoJsonCheck c = check_geojson_text(bytes);
    EXPECT_FALSE(c.valid_json);
    EXPECT_FALSE(c.error.empty());
    std::string deep(100000, '[');
    EXPECT_FALSE(check_geojson_text(deep).is_geojson());
    EXPECT_TRUE(check_geojson_text(R"({"type":"MultiPolygon","coordinates":[]})").is_geojson());
    EXPECT_TRUE(check_geojson_text(R"({"type":"Feature","properties":null})").is_geojson());
}

TEST(GeoJsonTopLevel, ValidationReportCountsFeaturesWithoutGeometry) {
    Diagnostics diag;
    auto layer = read("report_null", geojson_cases()[8].text, diag);
    ASSERT_TRUE(layer);
    Geodata data;
    data.layers.push_back(std::move(*layer));
    std::string report;
    write_validation_report(data, report);
    EXPECT_NE(report.find("report_null"), std::string::npos) << report;
    EXPECT_NE(report.find("1 features"), std::string::npos) << report;
    EXPECT_NE(report.find("(1 without geometry)"), std::string::npos) << report;
}
