// Projecting: every source CRS lands in Web Mercator at the same place.
#include "core/project/projection.h"

#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include "core/read/layer_reader.h"
#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;

TEST(Projection, ClosedFormMatchesOgrAndAvoidsTheAxisOrderTrap) {
    // STACK.md: (-4.55, 13.9) must land at (-506503.68, 1562746.30), not (1547341, -507037).
    MapPoint m = lonlat_to_mercator({-4.55, 13.9});
    EXPECT_NEAR(m.x, -506503.68, 0.01);
    EXPECT_NEAR(m.y, 1562746.30, 0.01);

    OGRSpatialReference wgs84, merc;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    merc.importFromEPSG(3857);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&wgs84, &merc));
    for (LonLat p : {LonLat{-12.2, 10.1}, LonLat{4.2, 25.0}, LonLat{-1.5, 12.37}}) {
        double x = p.lon, y = p.lat;
        ASSERT_TRUE(t->Transform(1, &x, &y));
        MapPoint c = lonlat_to_mercator(p);
        EXPECT_NEAR(c.x, x, 1e-6);
        EXPECT_NEAR(c.y, y, 1e-6);
        LonLat back = mercator_to_lonlat(c);
        EXPECT_NEAR(back.lon, p.lon, 1e-9);
        EXPECT_NEAR(back.lat, p.lat, 1e-9);
    }
}

TEST(Projection, UtmLayerLandsWhereTheSameLayerIn4326Lands) {
    auto lonlat_file = write_file(
        "utm_src.geojson",
        feature_collection(feature(R"({"name":"Sikasso square"})",
                                   R"({"type":"Polygon","coordinates":[[[-5.8,11.2],[-5.5,11.2],[-5.5,11.45],[-5.8,11.45],[-5.8,11.2]]]})") +
                           "," + feature(R"({"name":"Ouahigouya"})", R"({"type":"Point","coordinates":[-2.417951,13.577008]})")));
    auto utm_file = scratch_dir() / "utm30n.gpkg";
    ASSERT_TRUE(convert(lonlat_file, utm_file, "GPKG", 32630));

    Diagnostics d1, d2;
    auto a = read_layer(lonlat_file, {}, d1);
    auto b = read_layer(utm_file, {}, d2);
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->features.size(), b->features.size());
    // The UTM file really is in metres: its raw coordinates are nowhere near degrees.
    for (size_t i = 0; i < a->features.size(); ++i) {
        EXPECT_NEAR(a->features[i].bounds.min_x, b->features[i].bounds.min_x, 0.05);
        EXPECT_NEAR(a->features[i].bounds.min_y, b->features[i].bounds.min_y, 0.05);
        EXPECT_NEAR(a->features[i].bounds.max_x, b->features[i].bounds.max_x, 0.05);
        EXPECT_NEAR(a->features[i].bounds.max_y, b->features[i].bounds.max_y, 0.05);
    }
    MapPoint town = lonlat_to_mercator({-2.417951, 13.577008});
    EXPECT_NEAR(b->features[1].bounds.min_x, town.x, 0.05);
    EXPECT_NEAR(b->features[1].bounds.min_y, town.y, 0.05);
}

// Features keep only their Web Mercator geometry; lon/lat is made from it on demand. It must
// come back where the source put it, heights included, and a part cut at the antimeridian
// must stay on its side (180°, not -180°).
TEST(Projection, LonLatComesBackFromTheMercatorCopy) {
    auto file = write_file(
        "lonlat_back.geojson",
        feature_collection(
            feature(R"({"name":"Sikasso square"})",
                    R"({"type":"Polygon","coordinates":[[[-5.8,11.2],[-5.5,11.2],[-5.5,11.45],[-5.8,11.45],[-5.8,11.2]]]})") +
            "," + feature(R"({"name":"well"})", R"({"type":"Point","coordinates":[-2.417951,13.577008,312.5]})") +
            "," + feature(R"({"name":"Fiji box"})",
                          R"({"type":"Polygon","coordinates":[[[170,-20],[-170,-20],[-170,-10],[170,-10],[170,-20]]]})")));
    Diagnostics diag;
    auto layer = read_layer(file, {}, diag);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 3u);

    const OGRGeometryUniquePtr square = layer->features[0].lonlat();
    ASSERT_TRUE(square);
    const OGRLinearRing& ring = *square->toPolygon()->getExteriorRing();
    const double expected[][2] = {{-5.8, 11.2}, {-5.5, 11.2}, {-5.5, 11.45}, {-5.8, 11.45}, {-5.8, 11.2}};
    ASSERT_EQ(ring.getNumPoints(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_NEAR(ring.getX(i), expected[i][0], 1e-12) << i;
        EXPECT_NEAR(ring.getY(i), expected[i][1], 1e-12) << i;
    }
    const OGRSpatialReference* srs = square->getSpatialReference();
    ASSERT_NE(srs, nullptr);
    EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4326");

    const OGRGeometryUniquePtr well = layer->features[1].lonlat();
    EXPECT_NEAR(well->toPoint()->getX(), -2.417951, 1e-12);
    EXPECT_NEAR(well->toPoint()->getY(), 13.577008, 1e-12);
    EXPECT_DOUBLE_EQ(well->toPoint()->getZ(), 312.5);

    const OGRGeometryUniquePtr box = layer->features[2].lonlat();
    ASSERT_EQ(wkbFlatten(box->getGeometryType()), wkbMultiPolygon);
    OGREnvelope east, west;
    box->toMultiPolygon()->getGeometryRef(0)->getEnvelope(&east);
    box->toMultiPolygon()->getGeometryRef(1)->getEnvelope(&west);
    if (east.MinX < 0) std::swap(east, west);
    EXPECT_NEAR(east.MinX, 170, 1e-9);
    EXPECT_NEAR(east.MaxX, 180, 1e-9) << "the eastern part's edge stays at +180";
    EXPECT_NEAR(west.MinX, -180, 1e-9);
    EXPECT_NEAR(west.MaxX, -170, 1e-9);
    EXPECT_NEAR(box->toMultiPolygon()->get_Area(), 200.0, 1e-9);

    Feature none;
    EXPECT_FALSE(none.lonlat());
}
