// The stress pack in small: the Burkina Faso communes densified by GDAL (ogr2ogr -segmentize,
// 80 m segments, as ../shared/bench-peers/make_packs.sh makes the 2 M-vertex pack) must read,
// fill and pick exactly as the originals do.
#include <random>

#include <gdal_utils.h>
#include <ogr_api.h>
#include <gtest/gtest.h>

#include "core/base/diagnostics.h"
#include "core/base/geometry_walk.h"
#include "core/index/spatial_index.h"
#include "core/index/triangulate.h"
#include "core/read/layer_reader.h"
#include "tests/support/fixtures.h"

namespace corridor {
namespace {

std::filesystem::path densify(const std::filesystem::path& source, const std::filesystem::path& target) {
    GDALAllRegister();
    GDALDatasetH src = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    EXPECT_NE(src, nullptr) << source;
    const char* args[] = {"-f", "GeoJSON", "-segmentize", "0.00073", nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
    int usage_error = 0;
    GDALDatasetH out = GDALVectorTranslate(target.c_str(), nullptr, 1, &src, options, &usage_error);
    EXPECT_NE(out, nullptr);
    GDALClose(out);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    return target;
}

TEST(StressPack, DensifiedCommunesFillAndPickAsTheOriginals) {
    const auto original_path = test::real_data_dir() / "cod-ab-burkina" / "bfa_adm3_communes.geojson";
    const auto dense_path = densify(original_path, test::scratch_dir("stress") / "bfa_communes_dense.geojson");
    Diagnostics diag;
    ReadOptions options;
    auto original = read_layer(original_path, options, diag);
    auto dense = read_layer(dense_path, options, diag);
    ASSERT_TRUE(original && dense) << diag.items().size();
    ASSERT_EQ(dense->features.size(), original->features.size());

    size_t original_points = 0, dense_points = 0;
    for (size_t i = 0; i < dense->features.size(); ++i) {
        const Feature &a = original->features[i], &b = dense->features[i];
        ASSERT_TRUE(a.mercator && b.mercator) << i;
        for_each_ring(*a.mercator, [&](const OGRLinearRing& ring) { original_points += size_t(ring.getNumPoints()); });
        // Fills: the densified polygon's triangles cover its area exactly.
        std::vector<MapPoint> vertices;
        std::vector<uint32_t> indices;
        ASSERT_TRUE(triangulate_polygons(*b.mercator, vertices, indices)) << "feature " << i;
        dense_points += vertices.size();
        double area = 0;
        for (size_t t = 0; t + 2 < indices.size(); t += 3) {
            const MapPoint &p = vertices[indices[t]], &q = vertices[indices[t + 1]], &r = vertices[indices[t + 2]];
            area += ((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)) / 2;
        }
        const double true_area = OGR_G_Area(OGRGeometry::ToHandle(b.mercator.get()));
        EXPECT_NEAR(area, true_area, 1e-6 * true_area) << "feature " << i;
    }
    EXPECT_GT(dense_points, 5 * original_points);  // really densified

    // Picks: random points over the layer find the same commune in both.
    PolygonIndex index_original(*original), index_dense(*dense);
    std::mt19937 rng(10);
    std::uniform_real_distribution<double> x(original->bounds.min_x, original->bounds.max_x);
    std::uniform_real_distribution<double> y(original->bounds.min_y, original->bounds.max_y);
    int found = 0, differ = 0;
    for (int k = 0; k < 3000; ++k) {
        const MapPoint p{x(rng), y(rng)};
        const int a = index_original.find(p), b = index_dense.find(p);
        found += a >= 0;
        // Segmentizing in degrees bends a long straight border by metres once projected: only
        // a point that close to a border may differ.
        if (a != b) ++differ;
    }
    EXPECT_GT(found, 1500);
    EXPECT_LE(differ, 15);
}

}  // namespace
}  // namespace corridor
