// Indexing: point lookup returns the containing feature, holes respected; on the real layers,
// every key place falls in the commune the data README names.
#include "core/index/spatial_index.h"

#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "core/base/geometry_walk.h"
#include "core/read/geodata_catalog.h"
#include "core/read/layer_reader.h"
#include "core/project/projection.h"
#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;

TEST(PolygonIndex, HolesAreRespected) {
    // An outer square with a hole, and an island commune filling the hole.
    auto file = write_file(
        "donut.geojson",
        feature_collection(
            feature(R"({"name":"donut"})",
                    R"({"type":"Polygon","coordinates":[[[0,10],[4,10],[4,14],[0,14],[0,10]],[[1,11],[3,11],[3,13],[1,13],[1,11]]]})") +
            "," +
            feature(R"({"name":"island"})", R"({"type":"Polygon","coordinates":[[[1.5,11.5],[2.5,11.5],[2.5,12.5],[1.5,12.5],[1.5,11.5]]]})")));
    Diagnostics diag;
    auto layer = read_layer(file, {}, diag);
    ASSERT_TRUE(layer);
    PolygonIndex index(*layer);
    EXPECT_EQ(index.find(lonlat_to_mercator({0.5, 10.5})), 0);   // in the ring
    EXPECT_EQ(index.find(lonlat_to_mercator({2.0, 12.0})), 1);   // on the island, inside the hole
    EXPECT_EQ(index.find(lonlat_to_mercator({1.2, 11.2})), -1);  // in the hole, off the island
    EXPECT_EQ(index.find(lonlat_to_mercator({5.0, 12.0})), -1);  // outside everything
}

TEST(PolygonIndex, PointOnASharedBorderFindsTheLowestIndex) {
    // Three squares side by side, the middle one first in the file (index 0), then the right (1)
    // and the left (2). A point on a shared border finds the lower index of the two, every time.
    auto square = [](int x) {
        const std::string a = std::to_string(x), b = std::to_string(x + 1);
        return R"({"type":"Polygon","coordinates":[[[)" + a + ",10],[" + b + ",10],[" + b + ",11],[" + a + ",11],[" + a +
               ",10]]]}";
    };
    auto file = write_file("border.geojson", feature_collection(feature(R"({"name":"middle"})", square(1)) + "," +
                                                                feature(R"({"name":"right"})", square(2)) + "," +
                                                                feature(R"({"name":"left"})", square(0))));
    Diagnostics diag;
    auto layer = read_layer(file, {}, diag);
    ASSERT_TRUE(layer);
    PolygonIndex index(*layer);
    for (int round = 0; round < 3; ++round) {
        EXPECT_EQ(index.find(lonlat_to_mercator({2.0, 10.5})), 0);  // middle | right
        EXPECT_EQ(index.find(lonlat_to_mercator({1.0, 10.5})), 0);  // left | middle
        EXPECT_EQ(index.find(lonlat_to_mercator({0.5, 10.5})), 2);  // inside left only
        EXPECT_EQ(index.find(lonlat_to_mercator({2.5, 10.5})), 1);  // inside right only
    }
}

TEST(PolygonIndex, KeyPlacesFallInTheirCommunes) {
    Geodata data = load_geodata(real_data_dir());
    ASSERT_FALSE(data.diagnostics.has_errors());
    std::vector<std::unique_ptr<PolygonIndex>> indexes;
    auto communes = data.admin_layers(AdminLevel::Commune);
    ASSERT_EQ(communes.size(), 2u);
    for (const Layer* l : communes) indexes.push_back(std::make_unique<PolygonIndex>(*l));

    std::ifstream csv(real_data_dir() / "places" / "key_places.csv");
    ASSERT_TRUE(csv);
    std::string line;
    std::getline(csv, line);  // header: name,country,lon,lat,...,commune,commune_pcode,...
    int rows = 0;
    while (std::getline(csv, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string c; std::getline(ss, c, ',');) cols.push_back(c);
        ASSERT_GE(cols.size(), 9u) << line;
        const std::string& name = cols[0];
        MapPoint p = lonlat_to_mercator({std::stod(cols[2]), std::stod(cols[3])});
        std::string found;
        for (size_t i = 0; i < communes.size() && found.empty(); ++i)
            if (int f = indexes[i]->find(p); f >= 0) found = communes[i]->features[f].id;
        EXPECT_EQ(found, cols[8]) << name;
        ++rows;
    }
    EXPECT_EQ(rows, 15);
}

// The banded crossing test against GEOS (through OGR's Intersects) on the real communes: random
// points, and every ring's first vertex (on the boundary of one commune or several), find the
// same commune, the lowest index of those GEOS says meet the point.
TEST(PolygonIndex, AgreesWithGeosOnTheRealCommunes) {
    Geodata data = load_geodata(real_data_dir());
    ASSERT_FALSE(data.diagnostics.has_errors());
    for (const Layer* layer : data.admin_layers(AdminLevel::Commune)) {
        PolygonIndex index(*layer);
        auto geos_answer = [&](MapPoint p) {
            OGRPoint at(p.x, p.y);
            for (size_t i = 0; i < layer->features.size(); ++i) {
                const Feature& f = layer->features[i];
                if (f.mercator && f.bounds.contains(p.x, p.y) && f.mercator->Intersects(&at)) return int(i);
            }
            return -1;
        };
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> x(layer->bounds.min_x, layer->bounds.max_x);
        std::uniform_real_distribution<double> y(layer->bounds.min_y, layer->bounds.max_y);
        int inside = 0;
        for (int k = 0; k < 3000; ++k) {
            const MapPoint p{x(rng), y(rng)};
            const int want = geos_answer(p);
            inside += want >= 0;
            ASSERT_EQ(index.find(p), want) << layer->id << " at " << p.x << ", " << p.y;
        }
        EXPECT_GT(inside, 1000) << layer->id;
        int vertices = 0;
        for (const Feature& f : layer->features) {
            if (!f.mercator) continue;
            for_each_ring(*f.mercator, [&](const OGRLinearRing& ring) {
                if (ring.getNumPoints() == 0 || vertices++ % 3) return;  // a third of them: GEOS is slow here
                const MapPoint p{ring.getX(0), ring.getY(0)};
                EXPECT_EQ(index.find(p), geos_answer(p)) << layer->id << " vertex of " << f.id;
            });
        }
        EXPECT_GT(vertices, 300) << layer->id;
    }
}
