#include "core/boundary_network.h"

#include <memory>

#include <gtest/gtest.h>

#include "tests/core/wkt_geometry.h"

namespace corridor {
namespace {


TEST(BoundaryNetwork, SharedEdgeAppearsOnce) {
    // Two unit squares side by side: 8 units of ring, 7 of unique boundary.
    auto a = from_wkt("POLYGON((0 0,1 0,1 1,0 1,0 0))");
    auto b = from_wkt("POLYGON((1 0,2 0,2 1,1 1,1 0))");
    auto net = boundary_network({a.get(), b.get()});
    ASSERT_TRUE(net);
    EXPECT_NEAR(net->get_Length(), 7.0, 1e-9);
    // Junctions at (1,0) and (1,1) split it into three lines: left U, right U, shared edge.
    EXPECT_EQ(net->getNumGeometries(), 3);
}

TEST(BoundaryNetwork, KeepsHolesAndSkipsNonPolygons) {
    auto holed = from_wkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(3 3,3 7,7 7,7 3,3 3))");
    auto line = from_wkt("LINESTRING(0 0,50 50)");
    auto net = boundary_network({holed.get(), line.get(), nullptr});
    ASSERT_TRUE(net);
    EXPECT_NEAR(net->get_Length(), 40.0 + 16.0, 1e-9);
}

TEST(BoundaryNetwork, NothingGivesEmpty) {
    auto net = boundary_network({});
    ASSERT_TRUE(net);
    EXPECT_TRUE(net->IsEmpty());
}

}  // namespace
}  // namespace corridor
