// Checking: each kind of bad input gets a clear diagnostic naming the file, the feature and the
// problem; the loader never crashes and keeps every usable feature.
#include <gtest/gtest.h>

#include <cmath>

#include <ogr_spatialref.h>

#include "core/read/layer_reader.h"
#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;

namespace {

const std::string kSquare = R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]})";

// Reads `text` as a file and returns the diagnostics.
Diagnostics read_text(const std::string& name, const std::string& text, std::optional<Layer>* out = nullptr) {
    Diagnostics diag;
    auto layer = read_layer(write_file(name, text), {}, diag);
    if (out) *out = std::move(layer);
    return diag;
}

// True when some diagnostic names the file, contains `where` and `what`.
bool mentions(const Diagnostics& d, const std::string& file, const std::string& where, const std::string& what) {
    for (const Diagnostic& x : d.items())
        if (x.file.find(file) != std::string::npos && x.where.find(where) != std::string::npos &&
            x.message.find(what) != std::string::npos)
            return true;
    return false;
}

std::string dump(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items()) s += x.to_string() + "\n";
    return s;
}

}  // namespace

TEST(LayerChecks, MissingFile) {
    Diagnostics diag;
    EXPECT_FALSE(read_layer(scratch_dir() / "nowhere.geojson", {}, diag));
    EXPECT_TRUE(mentions(diag, "nowhere.geojson", "", "file not found")) << dump(diag);
}

TEST(LayerChecks, NotJson) {
    auto diag = read_text("notjson.geojson", "this is not json\n");
    EXPECT_TRUE(diag.has_errors());
    EXPECT_TRUE(mentions(diag, "notjson.geojson", "", "not valid JSON: line 1, column 2")) << dump(diag);
}

TEST(LayerChecks, TruncatedJsonNamesTheLine) {
    std::string text = feature_collection(feature(R"({"name":"a"})", kSquare));
    text = "\n\n" + text.substr(0, text.size() - 10);
    std::optional<Layer> layer;
    auto diag = read_text("truncated.geojson", text, &layer);
    EXPECT_FALSE(layer);
    EXPECT_TRUE(mentions(diag, "truncated.geojson", "", "line 3")) << dump(diag);
    EXPECT_TRUE(mentions(diag, "truncated.geojson", "", "unexpected end of input")) << dump(diag);
}

TEST(LayerChecks, EmptyFile) {
    auto diag = read_text("empty.geojson", "");
    EXPECT_TRUE(mentions(diag, "empty.geojson", "", "the file is empty")) << dump(diag);
}

// Every top level RFC 7946 allows is read (geojson_top_level_test.cpp); other JSON is refused.
TEST(LayerChecks, TopLevelMustBeGeoJson) {
    auto diag = read_text("array.geojson", "[1, 2]");
    EXPECT_TRUE(mentions(diag, "array.geojson", "", "top level is an array, not a GeoJSON object")) << dump(diag);
    diag = read_text("banana.geojson", R"({"type":"Banana"})");
    EXPECT_TRUE(mentions(diag, "banana.geojson", "/type", "\"Banana\" is not a GeoJSON type")) << dump(diag);
}

TEST(LayerChecks, NullAndEmptyGeometriesAreKeptWithoutGeometry) {
    std::optional<Layer> layer;
    auto diag = read_text("nullgeom.geojson",
                          feature_collection(feature(R"({"name":"ok"})", kSquare) + "," +
                                             feature(R"({"name":"none"})", "null") + "," +
                                             feature(R"({"name":"hollow"})", R"({"type":"GeometryCollection","geometries":[]})")),
                          &layer);
    ASSERT_TRUE(layer);
    // RFC 7946 allows both: the features keep their properties and are listed as unplaced.
    ASSERT_EQ(layer->features.size(), 3u);
    EXPECT_TRUE(diag.empty()) << dump(diag);
    EXPECT_EQ(features_without_geometry(*layer), (std::vector<int>{1, 2}));
    EXPECT_EQ(*layer->features[2].attribute("name"), "hollow");
}

TEST(LayerChecks, UnclosedRingIsClosedWithAWarning) {
    std::optional<Layer> layer;
    auto diag = read_text("unclosed.geojson",
                          feature_collection(feature(R"({"name":"open"})",
                                                     R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})")),
                          &layer);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 1u);
    EXPECT_TRUE(layer->features[0].lonlat()->toPolygon()->getExteriorRing()->get_IsClosed());
    EXPECT_NEAR(layer->features[0].lonlat()->toPolygon()->get_Area(), 1.0, 1e-12);
    EXPECT_TRUE(mentions(diag, "unclosed.geojson", "feature 0", "not closed")) << dump(diag);
}

TEST(LayerChecks, SelfIntersectingRingIsRepairedWithMakeValid) {
    // A bow tie: the ring crosses itself at (0.5, 0.5).
    std::optional<Layer> layer;
    auto diag = read_text("bowtie.geojson",
                          feature_collection(feature(R"({"name":"bow tie"})",
                                                     R"({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]})")),
                          &layer);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 1u);
    EXPECT_TRUE(mentions(diag, "bowtie.geojson", "feature 0", "Self-intersection")) << dump(diag);
    EXPECT_TRUE(mentions(diag, "bowtie.geojson", "feature 0", "repaired with MakeValid")) << dump(diag);
    EXPECT_TRUE(layer->features[0].lonlat()->IsValid());
    // Both triangles of the bow tie survive: 2 x 0.25.
    EXPECT_NEAR(layer->features[0].lonlat()->toMultiPolygon()->get_Area(), 0.5, 1e-9);
}

TEST(LayerChecks, OutOfRangeAndNonFiniteCoordinatesAreSkipped) {
        std::optional<Layer> layer;
    auto diag = read_text("range.geojson",
                          feature_collection(feature(R"({"name":"ok"})", kSquare) + "," +
                                             feature(R"({"name":"far"})", R"({"type":"Point","coordinates":[200.0,12.0]})")),
                          &layer);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->features.size(), 1u);
    EXPECT_TRUE(mentions(diag, "range.geojson", "feature 1", "out of range for longitude/latitude")) << dump(diag);

    // JSON has no NaN; GeoPackage does, so write one through OGR (in a line: a NaN point
    // would read back as an empty point).
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    auto path = write_gpkg("nan.gpkg", wgs84, {{{1.0, 12.0}}, {{1.0, 12.0}, {std::nan(""), 12.0}}});
    Diagnostics nan_diag;
    auto nan_layer = read_layer(path, {}, nan_diag);
    ASSERT_TRUE(nan_layer);
    EXPECT_EQ(nan_layer->features.size(), 1u);
    EXPECT_TRUE(mentions(nan_diag, "nan.gpkg", "feature 1", "non-finite coordinate")) << dump(nan_diag);
}

TEST(LayerChecks, CrsThatCannotBeTransformedIsAnError) {
    // An engineering (local) CRS has no relation to the Earth: no transformation exists.
    OGRSpatialReference local;
    local.SetLocalCS("Factory floor");
    local.SetLinearUnits("metre", 1.0);
    auto path = write_gpkg("local.gpkg", local, {{{10, 20}}});
    Diagnostics diag;
    EXPECT_FALSE(read_layer(path, {}, diag));
    EXPECT_TRUE(mentions(diag, "local.gpkg", "", "cannot be transformed")) << dump(diag);
}
