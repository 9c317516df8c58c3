// Reading through GDAL/OGR: formats, geometry types, attributes and UTF-8 names.
#include "core/read/layer_reader.h"

#include <gtest/gtest.h>

#include <set>

#include "core/check/geojson_check.h"
#include "core/project/projection.h"
#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;

namespace {

// A 10x10 km-ish square near Sikasso with a square hole, a two-part multipolygon, a line and
// a point, with accented names.
std::string mixed_collection() {
    return feature_collection(
        feature(R"({"name":"Kolondiéba","code":"A1","pop":1200})",
                R"({"type":"Polygon","coordinates":[[[-5.8,11.2],[-5.6,11.2],[-5.6,11.4],[-5.8,11.4],[-5.8,11.2]],
                    [[-5.75,11.25],[-5.65,11.25],[-5.65,11.35],[-5.75,11.35],[-5.75,11.25]]]})") +
        "," +
        feature(R"({"name":"Ségou — « îles »","code":"A2","pop":null})",
                R"({"type":"MultiPolygon","coordinates":[[[[-6.3,13.4],[-6.2,13.4],[-6.2,13.5],[-6.3,13.4]]],
                    [[[-6.1,13.4],[-6.0,13.4],[-6.0,13.5],[-6.1,13.4]]]]})") +
        "," + feature(R"({"name":"route","code":"L1"})", R"({"type":"LineString","coordinates":[[-5.0,11.0],[-4.0,12.0]]})") +
        "," + feature(R"({"name":"Niéna","code":"P1"})", R"({"type":"Point","coordinates":[-6.351366,11.424405]})"));
}

// FlatGeobuf's spatial index reorders features, so find them by their code.
const Feature& by_code(const Layer& layer, const std::string& code) {
    for (const Feature& f : layer.features)
        if (*f.attribute("code") == code) return f;
    throw std::runtime_error("no feature with code " + code);
}

void expect_mixed_layer(const Layer& layer) {
    ASSERT_EQ(layer.features.size(), 4u);
    const Feature& square = by_code(layer, "A1");
    EXPECT_EQ(*square.attribute("name"), "Kolondiéba");
    EXPECT_EQ(*square.attribute("code"), "A1");
    EXPECT_EQ(*square.attribute("pop"), "1200");
    ASSERT_EQ(wkbFlatten(square.lonlat()->getGeometryType()), wkbPolygon);
    EXPECT_EQ(square.lonlat()->toPolygon()->getNumInteriorRings(), 1);
    // Outer square 0.2° x 0.2° minus the hole 0.1° x 0.1°.
    EXPECT_NEAR(square.lonlat()->toPolygon()->get_Area(), 0.04 - 0.01, 1e-9);

    EXPECT_EQ(*by_code(layer, "A2").attribute("name"), "Ségou — « îles »");
    EXPECT_EQ(*by_code(layer, "A2").attribute("pop"), "");
    EXPECT_EQ(wkbFlatten(by_code(layer, "A2").lonlat()->getGeometryType()), wkbMultiPolygon);
    EXPECT_EQ(by_code(layer, "A2").lonlat()->toMultiPolygon()->getNumGeometries(), 2);
    EXPECT_EQ(wkbFlatten(by_code(layer, "L1").lonlat()->getGeometryType()), wkbLineString);
    EXPECT_EQ(wkbFlatten(by_code(layer, "P1").lonlat()->getGeometryType()), wkbPoint);
    EXPECT_EQ(*by_code(layer, "P1").attribute("name"), "Niéna");
    EXPECT_EQ(layer.kind, GeometryKind::Mixed);
}

}  // namespace

TEST(LayerReader, ReadsGeoJsonWithHolesMultipolygonsLinesPointsAndAttributes) {
    Diagnostics diag;
    auto layer = read_layer(write_file("mixed.geojson", mixed_collection()), {}, diag);
    ASSERT_TRUE(layer) << (diag.empty() ? "" : diag.items()[0].to_string());
    EXPECT_TRUE(diag.empty());
    expect_mixed_layer(*layer);
}

// A file without a mapping is titled by its name field, as QGIS picks one: "NAME" before the
// first text field, and the first text field when no field is called like a name.
TEST(LayerReader, UserFileFeaturesAreNamedByTheirNameField) {
    const std::string point = R"({"type": "Point", "coordinates": [-4.2, 14.5]})";
    Diagnostics diag;
    auto named = read_layer(write_file("named.geojson", feature_collection(
                                           feature(R"({"code": "X8", "NAME": "Djenné market", "n": 8})", point))),
                            {}, diag);
    ASSERT_TRUE(named);
    ASSERT_EQ(named->features.size(), 1u);
    EXPECT_EQ(named->features[0].name, "Djenné market");
    auto unnamed = read_layer(write_file("unnamed.geojson", feature_collection(
                                             feature(R"({"n": 8, "kind": "well"})", point))),
                              {}, diag);
    ASSERT_TRUE(unnamed);
    EXPECT_EQ(unnamed->features[0].name, "well");
}

class OtherFormats : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(OtherFormats, ReadThroughTheSamePath) {
    auto [driver, file] = GetParam();
    auto source = write_file("mixed_src.geojson", mixed_collection());
    auto target = scratch_dir() / file;
    if (std::string(driver) == "ESRI Shapefile") {
        // A Shapefile holds one geometry type: keep the polygons only.
        source = write_file("polygons_src.geojson",
                            feature_collection(feature(R"({"name":"Kolondiéba","code":"A1"})",
                                                       R"({"type":"Polygon","coordinates":[[[-5.8,11.2],[-5.6,11.2],[-5.6,11.4],[-5.8,11.4],[-5.8,11.2]],[[-5.75,11.25],[-5.65,11.25],[-5.65,11.35],[-5.75,11.35],[-5.75,11.25]]]})")));
    }
    ASSERT_TRUE(convert(source, target, driver));
    Diagnostics diag;
    auto layer = read_layer(target, {}, diag);
    ASSERT_TRUE(layer);
    EXPECT_EQ(diag.error_count(), 0u);
    if (std::string(driver) == "ESRI Shapefile") {
        ASSERT_EQ(layer->features.size(), 1u);
        EXPECT_EQ(*layer->features[0].attribute("name"), "Kolondiéba");
        EXPECT_EQ(layer->features[0].lonlat()->toPolygon()->getNumInteriorRings(), 1);
    } else {
        expect_mixed_layer(*layer);
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, OtherFormats,
                         ::testing::Values(std::make_pair("GPKG", "mixed.gpkg"),
                                           std::make_pair("FlatGeobuf", "mixed.fgb"),
                                           std::make_pair("ESRI Shapefile", "polygons.shp")));

// GDAL learns a FeatureCollection's fields from its first megabyte at most; what it learnt is checked
// against every feature, and a field it missed or typed too narrowly makes it read the file
// whole. Either way the attributes are those a whole first pass gives.
TEST(LayerReader, FieldsLearntFromTheFirstFeaturesHoldEveryLaterProperty) {
    std::string early, late;
    for (int i = 0; i < 10000; ++i)  // ~1.3 MB before the first feature that differs
        early += (i ? "," : "") + feature(R"({"name":"Village )" + std::to_string(i) + R"(","n":1,"d":"2015-02-02"})",
                                          R"({"type":"Point","coordinates":[-5.5,11.5]})");
    late = feature(R"({"name":"Last","n":2.5,"d":"not a date","late":"only here"})", R"({"type":"Point","coordinates":[-5.4,11.4]})");
    const auto file = write_file("late-fields.geojson", feature_collection(early + "," + late));
    ASSERT_GT(std::filesystem::file_size(file), ReadOptions::kDefaultSchemaSampleBytes);

    for (std::uintmax_t sample : {ReadOptions::kDefaultSchemaSampleBytes, std::uintmax_t(0)}) {
        SCOPED_TRACE("schema sample " + std::to_string(sample));
        ReadOptions options;
        options.schema_sample_bytes = sample;
        Diagnostics diag;
        auto layer = read_layer(file, options, diag);
        ASSERT_TRUE(layer) << diag.items().front().to_string();
        ASSERT_EQ(layer->features.size(), 10001u);
        const Feature& first = layer->features.front();
        const Feature& last = layer->features.back();
        EXPECT_EQ(*first.attribute("d"), "2015-02-02") << "dates are kept as the file writes them";
        EXPECT_EQ(*first.attribute("n"), "1");
        ASSERT_TRUE(first.attribute("late"));
        EXPECT_EQ(*first.attribute("late"), "");
        EXPECT_EQ(*last.attribute("n"), "2.5");
        EXPECT_EQ(*last.attribute("d"), "not a date");
        EXPECT_EQ(*last.attribute("late"), "only here");
    }
}

// GDAL's first pass reads no further than the features that bring every property and kind of
// value: the check counts them.
TEST(LayerReader, CheckCountsTheFeaturesThatBringEveryPropertyAndKind) {
    auto schema_features = [](const std::vector<std::string>& properties) {
        std::string features;
        for (const std::string& p : properties)
            features += (features.empty() ? "" : ",") + feature(p, R"({"type":"Point","coordinates":[-5.5,11.5]})");
        return check_geojson_text(feature_collection(features)).schema_features;
    };
    EXPECT_EQ(schema_features({R"({"a":1})", R"({"a":2})", R"({"a":3})"}), 1u);
    EXPECT_EQ(schema_features({R"({"a":1})", R"({"a":null})", R"({"a":2.5})", R"({"a":4})"}), 3u) << "a real widens";
    EXPECT_EQ(schema_features({R"({"a":1})", R"({"a":2,"b":null})", R"({"a":3})"}), 2u) << "a new property, null";
    EXPECT_EQ(schema_features({R"({"a":1})", R"({"a":2})", R"({"a":3})", R"({"a":"x"})"}), 4u) << "a string widens";
    EXPECT_EQ(schema_features({"null", "{}"}), 0u) << "no properties";
}

// A property that first takes a wider kind of value past GDAL's first chunk of the file, well
// within the first megabyte, is read as a whole first pass reads it.
TEST(LayerReader, FieldsWidenedPastTheFirstChunkAreLearnt) {
    std::string features;
    for (int i = 0; i < 4000; ++i)  // ~130 bytes each: the real comes ~260 kB in
        features += (i ? "," : "") + feature(R"({"name":"Village )" + std::to_string(i) + R"(","n":)" +
                                                 (i == 2000 ? std::string("2.5") : std::to_string(i)) + "}",
                                             R"({"type":"Point","coordinates":[-5.5,11.5]})");
    const auto file = write_file("widened-fields.geojson", feature_collection(features));
    ASSERT_EQ(check_geojson_text(feature_collection(features)).schema_features, 2001u);
    ReadOptions whole;
    whole.schema_sample_bytes = 0;
    Diagnostics d1, d2;
    auto sampled = read_layer(file, ReadOptions{}, d1);
    auto read_whole = read_layer(file, whole, d2);
    ASSERT_TRUE(sampled && read_whole);
    ASSERT_EQ(sampled->features.size(), 4000u);
    EXPECT_EQ(*sampled->features[1999].attribute("n"), "1999");
    EXPECT_EQ(*sampled->features[2000].attribute("n"), "2.5");
    for (size_t i = 0; i < sampled->features.size(); ++i)
        ASSERT_EQ(sampled->features[i].field_values, read_whole->features[i].field_values) << "feature " << i;
}

// The real layers read with fields learnt from their first features are the layers read with a
// whole first pass: the same features, attributes and geometry.
TEST(LayerReader, SampledFieldsReadTheRealLayersAsAWholeFirstPassDoes) {
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(real_data_dir())) {
        if (entry.path().extension() != ".geojson") continue;
        SCOPED_TRACE(entry.path().string());
        ++files;
        ReadOptions whole;
        whole.schema_sample_bytes = 0;
        Diagnostics d1, d2;
        auto a = read_layer(entry.path(), ReadOptions{}, d1);
        auto b = read_layer(entry.path(), whole, d2);
        ASSERT_TRUE(a && b);
        ASSERT_EQ(a->features.size(), b->features.size());
        for (size_t i = 0; i < a->features.size(); ++i) {
            const Feature &f = a->features[i], &g = b->features[i];
            ASSERT_EQ(f.field_values, g.field_values) << "feature " << i;
            ASSERT_EQ(*f.field_names, *g.field_names) << "feature " << i;
            ASSERT_EQ(bool(f.mercator), bool(g.mercator));
            if (f.mercator) {
                ASSERT_TRUE(f.mercator->Equals(g.mercator.get())) << "feature " << i;
            }
        }
    }
    EXPECT_GT(files, 10);
}

// Geometries are settled (checked, projected) on every core a batch at a time: the features
// still come out in file order, the skipped ones are left out wherever they fall in a batch,
// and the warnings follow the file's order.
TEST(LayerReader, ManyFeaturesKeepTheirOrderAndTheirWarnings) {
    const std::set<int> bad = {0, 3, 1023, 1024, 1500, 2047, 2048, 2499};
    std::string features;
    for (int i = 0; i < 2500; ++i) {
        const double lat = bad.count(i) ? 95.0 : 11.0 + i * 1e-4;  // 95°: out of range, skipped
        if (i) features += ",";
        features += feature(R"({"name":"p)" + std::to_string(i) + R"("})",
                            R"({"type":"Point","coordinates":[-5.5,)" + std::to_string(lat) + "]}");
    }
    Diagnostics diag;
    auto layer = read_layer(write_file("many_points.geojson", feature_collection(features)), {}, diag);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 2500 - bad.size());
    size_t k = 0;
    for (int i = 0; i < 2500; ++i) {
        if (bad.count(i)) continue;
        const Feature& f = layer->features[k++];
        ASSERT_EQ(f.index, size_t(i));
        ASSERT_EQ(f.name, "p" + std::to_string(i));
        ASSERT_TRUE(f.mercator);
        EXPECT_NEAR(f.bounds.min_y, lonlat_to_mercator({-5.5, 11.0 + i * 1e-4}).y, 1e-6) << i;
    }
    std::vector<std::string> skipped;
    for (const Diagnostic& d : diag.items())
        if (d.message.find("feature skipped") != std::string::npos) skipped.push_back(d.where);
    std::vector<std::string> expected;
    for (int i : bad) expected.push_back("feature " + std::to_string(i) + " (" + std::to_string(i) + ")");
    EXPECT_EQ(skipped, expected);
}
