#include "core/cartography/label_anchor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "real_geodata.h"

using namespace corridor;

namespace {

std::unique_ptr<OGRGeometry> from_wkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    return std::unique_ptr<OGRGeometry>(g);
}

bool contains(const OGRGeometry& polygon, MapPoint p) {
    OGRPoint point(p.x, p.y);
    return polygon.Contains(&point);
}

}  // namespace

TEST(LabelAnchor, CShapeGetsInsideAnchorWhereCentroidIsOutside) {
    // A "C" 10 wide, 10 tall, arms 2 thick, open to the right: the centroid falls in the gap.
    auto c = from_wkt("POLYGON((0 0,10 0,10 2,2 2,2 8,10 8,10 10,0 10,0 0))");
    ASSERT_TRUE(c);
    OGRPoint centroid;
    ASSERT_EQ(c->Centroid(&centroid), OGRERR_NONE);
    ASSERT_FALSE(c->Contains(&centroid));  // the fixture does what it says

    auto anchor = polygon_label_anchor(*c);
    ASSERT_TRUE(anchor);
    EXPECT_TRUE(contains(*c, anchor->point));
    // The widest spot is an outer corner of the 2-thick band, where the circle touches both
    // outer edges and the inner corner (2,2): r = (2 - r) * sqrt(2), r = 1.1716. The search
    // tolerance is 10/500 = 0.02.
    EXPECT_NEAR(anchor->radius, 2 * std::sqrt(2.0) / (1 + std::sqrt(2.0)), 0.02);
}

// A densified part (thousands of points, as a full-resolution boundary set has) is searched
// simplified, yet its anchor is inside it, about where the plain part's is, with the room
// measured to its own edges.
TEST(LabelAnchor, ADensifiedPartGetsTheAnchorOfThePlainOne) {
    auto plain = from_wkt("POLYGON((0 0,10 0,10 2,2 2,2 8,10 8,10 10,0 10,0 0))");
    auto dense = from_wkt("POLYGON((0 0,10 0,10 2,2 2,2 8,10 8,10 10,0 10,0 0))");
    ASSERT_TRUE(plain && dense);
    dense->segmentize(0.01);  // 6,000 points, each moved a little off the straight edges
    OGRLinearRing* ring = dense->toPolygon()->getExteriorRing();
    ASSERT_GT(ring->getNumPoints(), 5000);
    for (int i = 1; i + 1 < ring->getNumPoints(); ++i) {
        const double wobble = i % 2 ? 0.002 : -0.002;
        ring->setPoint(i, ring->getX(i) + wobble, ring->getY(i) + wobble);
    }

    const auto a = polygon_label_anchor(*plain), b = polygon_label_anchor(*dense);
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(contains(*dense, b->point));
    EXPECT_LT(std::hypot(a->point.x - b->point.x, a->point.y - b->point.y), 0.1);  // the search's tolerance: 0.02
    EXPECT_NEAR(b->radius, 1.1716, 0.03);
    OGRPoint at(b->point.x, b->point.y);
    const std::unique_ptr<OGRGeometry> edges(dense->Boundary());
    EXPECT_NEAR(b->radius, edges->Distance(&at), 1e-9);  // measured to the part's own edges
}

TEST(LabelAnchor, UsesLargestPartAndRejectsNonAreas) {
    auto multi = from_wkt("MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),((100 100,140 100,140 120,100 120,100 100)))");
    auto anchor = polygon_label_anchor(*multi);
    ASSERT_TRUE(anchor);
    EXPECT_NEAR(anchor->point.y, 110, 0.1);  // middle of the 40x20 rectangle's height
    EXPECT_GT(anchor->point.x, 100);
    EXPECT_NEAR(anchor->radius, 10, 0.1);
    EXPECT_FALSE(polygon_label_anchor(*from_wkt("POINT(1 2)")));
    EXPECT_FALSE(polygon_label_anchor(*from_wkt("POLYGON EMPTY")));
    EXPECT_FALSE(polygon_label_anchor(*from_wkt("LINESTRING(0 0,1 1)")));
}

TEST(LabelAnchor, EveryRealCommuneGetsAnAnchorInside) {
    const Geodata& data = corridor::test::real_geodata();
    size_t checked = 0;
    for (const char* id : {"mli_communes", "bfa_communes"}) {
        const Layer* layer = data.layer(id);
        ASSERT_TRUE(layer) << id;
        for (const Feature& f : layer->features) {
            ASSERT_TRUE(f.mercator) << id << " " << f.id;
            auto anchor = polygon_label_anchor(*f.mercator);
            ASSERT_TRUE(anchor) << id << " " << f.id << " " << f.name;
            EXPECT_TRUE(contains(*f.mercator, anchor->point)) << id << " " << f.id << " " << f.name;
            EXPECT_GT(anchor->radius, 0) << f.id;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 701u + 351u);  // the README's commune counts
}

// The loaded data keeps each named area's anchor (find_label_anchors), the one worked out from
// its geometry: the names and the search index read it instead of running GEOS again.
TEST(LabelAnchor, LoadedDataKeepsEveryNamedAreasAnchor) {
    const Geodata& data = corridor::test::real_geodata();
    size_t kept = 0;
    for (const Layer& layer : data.layers) {
        for (const Feature& f : layer.features) {
            const bool named_area = layer.level != AdminLevel::None && !f.name.empty() && f.mercator;
            if (!named_area) {
                EXPECT_FALSE(f.label_anchor) << layer.id << " " << f.id;
                continue;
            }
            const auto worked_out = polygon_label_anchor(*f.mercator);
            ASSERT_EQ(f.label_anchor.has_value(), worked_out.has_value()) << layer.id << " " << f.id;
            if (!worked_out) continue;
            EXPECT_EQ(f.label_anchor->point, worked_out->point) << layer.id << " " << f.id;
            EXPECT_EQ(f.label_anchor->radius, worked_out->radius) << layer.id << " " << f.id;
            EXPECT_EQ(label_anchor_of(f)->point, worked_out->point);
            ++kept;
        }
    }
    EXPECT_GE(kept, 701u + 351u);  // every commune at least, and the coarser units
}
