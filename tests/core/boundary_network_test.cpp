#include "core/index/boundary_network.h"

#include <map>
#include <memory>
#include <unordered_set>
#include <utility>

#include <gtest/gtest.h>

#include "tests/core/wkt_geometry.h"
#include "real_geodata.h"

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

// A neighbour's ring walks a shared border against the first ring's direction when both wind
// alike, and with it when they wind differently; the network holds the border once either way,
// as one line between the two junctions, whichever ring comes first.
TEST(BoundaryNetwork, ABorderWalkedEitherWayIsHeldOnce) {
    auto left = from_wkt("POLYGON((0 0,1 0,1 1,1 2,1 3,0 3,0 0))");            // counter-clockwise
    auto right_ccw = from_wkt("POLYGON((1 0,2 0,2 3,1 3,1 2,1 1,1 0))");
    auto right_cw = from_wkt("POLYGON((1 0,1 1,1 2,1 3,2 3,2 0,1 0))");
    for (const auto* right : {right_ccw.get(), right_cw.get()})
        for (bool left_first : {true, false}) {
            auto net = left_first ? boundary_network({left.get(), right}) : boundary_network({right, left.get()});
            ASSERT_TRUE(net);
            EXPECT_NEAR(net->get_Length(), 3 + 1 + 3 + 1 + 1 + 1 + 3, 1e-9) << left_first;  // outer 10, border 3
            EXPECT_EQ(net->getNumGeometries(), 3) << left_first;
            int border_lines = 0;
            for (const OGRLineString* line : *net) {
                bool on_border = true;
                for (int k = 0; k < line->getNumPoints(); ++k) on_border = on_border && line->getX(k) == 1;
                border_lines += on_border && line->getNumPoints() == 4;
            }
            EXPECT_EQ(border_lines, 1) << left_first;
        }
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

TEST(BoundaryNetwork, PartsLeaveOutTheEdgesACoarserLevelDraws) {
    // Four communes in a 2x2 block; the upper two and the lower two make two cercles.
    auto c1 = from_wkt("POLYGON((0 0,1 0,1 1,0 1,0 0))");
    auto c2 = from_wkt("POLYGON((1 0,2 0,2 1,1 1,1 0))");
    auto c3 = from_wkt("POLYGON((0 1,1 1,1 2,0 2,0 1))");
    auto c4 = from_wkt("POLYGON((1 1,2 1,2 2,1 2,1 1))");
    auto lower = from_wkt("POLYGON((0 0,1 0,2 0,2 1,1 1,0 1,0 0))");
    auto upper = from_wkt("POLYGON((0 1,1 1,2 1,2 2,1 2,0 2,0 1))");
    EdgeSet cercles;
    cercles.add(*lower);
    cercles.add(*upper);
    EXPECT_EQ(cercles.size(), 10u);  // the outer square's 8 unit edges and the 2 between the cercles
    EXPECT_TRUE(cercles.contains(Edge::between(2, 1, 1, 1)));  // either direction
    EXPECT_FALSE(cercles.contains(Edge::between(1, 0, 1, 1)));

    auto parts = boundary_network_parts({c1.get(), c2.get(), c3.get(), c4.get()}, 2,
                                        [&](const Edge& e) { return cercles.contains(e) ? 1 : 0; });
    ASSERT_EQ(parts.size(), 2u);
    ASSERT_TRUE(parts[0] && parts[1]);
    // Only the two vertical inner edges are commune lines of their own; the rest is the cercles'.
    EXPECT_NEAR(parts[0]->get_Length(), 2.0, 1e-9);
    EXPECT_NEAR(parts[1]->get_Length(), 10.0, 1e-9);
    // Dropping a group (outside 0..count-1) leaves those edges out.
    auto own = boundary_network_parts({c1.get(), c2.get(), c3.get(), c4.get()}, 1,
                                      [&](const Edge& e) { return cercles.contains(e) ? -1 : 0; });
    EXPECT_NEAR(own.at(0)->get_Length(), 2.0, 1e-9);
}

TEST(BoundaryNetwork, ARingStartedMidEdgeIsStillOneClosedLine) {
    // The ring starts where only its own two edges meet: the line runs through that point.
    auto island = from_wkt("POLYGON((0.5 0,1 0,1 1,0 1,0 0,0.5 0))");
    auto net = boundary_network({island.get()});
    ASSERT_TRUE(net);
    ASSERT_EQ(net->getNumGeometries(), 1);
    EXPECT_TRUE(net->getGeometryRef(0)->get_IsClosed());
    EXPECT_NEAR(net->get_Length(), 4.0, 1e-9);
}

// Three squares in a row, the middle one's ring starting half way along its bottom edge: that
// point, where only two edges meet, is inside a line, and the lines end at the four junctions.
TEST(BoundaryNetwork, LinesGoOnWhereARingStartsAndEndAtJunctions) {
    auto left = from_wkt("POLYGON((0 0,1 0,1 1,0 1,0 0))");
    auto middle = from_wkt("POLYGON((1.5 0,2 0,2 1,1 1,1 0,1.5 0))");
    auto right = from_wkt("POLYGON((2 0,3 0,3 1,2 1,2 0))");
    auto net = boundary_network({left.get(), middle.get(), right.get()});
    ASSERT_TRUE(net);
    EXPECT_NEAR(net->get_Length(), 10.0, 1e-9);
    // The left and right U shapes, the two inner edges, the middle's top and bottom.
    ASSERT_EQ(net->getNumGeometries(), 6);
    int through_the_ring_start = 0;
    for (const OGRLineString* line : *net) {
        EXPECT_FALSE(line->get_IsClosed());
        for (int end : {0, line->getNumPoints() - 1}) {
            const double x = line->getX(end), y = line->getY(end);
            EXPECT_TRUE((x == 1 || x == 2) && (y == 0 || y == 1)) << "a line ends at " << x << " " << y;
        }
        for (int i = 1; i + 1 < line->getNumPoints(); ++i)
            if (line->getX(i) == 1.5 && line->getY(i) == 0) ++through_the_ring_start;
    }
    EXPECT_EQ(through_the_ring_start, 1);
}

// The line merge's promise on the real communes: each line runs through points where two of the
// network's edges meet and ends where another number do (a junction or a dead end), or is a
// closed ring; the lines together hold every unique edge once.
TEST(BoundaryNetwork, RealCommuneLinesEndAtJunctionsAndHoldEveryEdgeOnce) {
    for (const Layer* layer : test::real_commune_layer_ptrs()) {
        std::vector<const OGRGeometry*> polygons;
        EdgeSet unique;
        for (const Feature& f : layer->features)
            if (f.mercator) polygons.push_back(f.mercator.get()), unique.add(*f.mercator);
        auto net = boundary_network(polygons);
        ASSERT_TRUE(net) << layer->id;
        std::map<std::pair<double, double>, int> degree;
        std::unordered_set<Edge, EdgeHash> drawn;
        size_t segments = 0;
        for (const OGRLineString* line : *net)
            for (int i = 0; i + 1 < line->getNumPoints(); ++i) {
                const Edge e = Edge::between(line->getX(i), line->getY(i), line->getX(i + 1), line->getY(i + 1));
                ASSERT_TRUE(unique.contains(e)) << layer->id << ": a line segment that is no ring edge";
                drawn.insert(e);
                ++segments;
                ++degree[{e.v[0], e.v[1]}], ++degree[{e.v[2], e.v[3]}];
            }
        EXPECT_EQ(segments, unique.size()) << layer->id;
        EXPECT_EQ(drawn.size(), unique.size()) << layer->id;
        int lines = 0;
        for (const OGRLineString* line : *net) {
            ++lines;
            for (int i = 1; i + 1 < line->getNumPoints(); ++i)
                ASSERT_EQ((degree[{line->getX(i), line->getY(i)}]), 2) << layer->id << ": line " << lines << " runs through a junction";
            if (line->get_IsClosed()) continue;
            for (int end : {0, line->getNumPoints() - 1})
                EXPECT_NE((degree[{line->getX(end), line->getY(end)}]), 2) << layer->id << ": line " << lines << " ends mid-way";
        }
        EXPECT_GT(lines, 100) << layer->id;
    }
}

}  // namespace
}  // namespace corridor
