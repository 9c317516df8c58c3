#include "core/boundary_network.h"

#include <array>
#include <unordered_set>

#include <geos_c.h>

namespace corridor {
namespace {

void ignore_geos_message(const char*, void*) {}

// A segment with its ends in a fixed order, so that A->B and B->A compare equal.
struct Segment {
    std::array<double, 4> v;  // x0, y0, x1, y1 with (x0, y0) < (x1, y1)
    bool operator==(const Segment&) const = default;
};

struct SegmentHash {
    size_t operator()(const Segment& s) const {
        size_t h = 0;
        for (double d : s.v) h = h * 1000003u ^ std::hash<double>()(d);
        return h;
    }
};

void add_ring_segments(const OGRSimpleCurve& ring, std::unordered_set<Segment, SegmentHash>& unique,
                       std::vector<Segment>& ordered) {
    for (int i = 0; i + 1 < ring.getNumPoints(); ++i) {
        double x0 = ring.getX(i), y0 = ring.getY(i), x1 = ring.getX(i + 1), y1 = ring.getY(i + 1);
        if (x0 == x1 && y0 == y1) continue;
        if (std::make_pair(x1, y1) < std::make_pair(x0, y0)) std::swap(x0, x1), std::swap(y0, y1);
        Segment s{{x0, y0, x1, y1}};
        if (unique.insert(s).second) ordered.push_back(s);
    }
}

void add_rings(const OGRGeometry& g, std::unordered_set<Segment, SegmentHash>& unique, std::vector<Segment>& ordered) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon:
        for (const OGRLinearRing* ring : *g.toPolygon()) add_ring_segments(*ring, unique, ordered);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g.toGeometryCollection()) add_rings(*part, unique, ordered);
        break;
    default:
        break;
    }
}

}  // namespace

std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons) {
    // Shared edges are found by exact vertex match, not by a GEOS union: in a clean coverage
    // (the COD-AB layers) neighbours share their vertices, and the union costs ~1 s per commune
    // layer. Edges that merely overlap without shared vertices are kept twice, which only
    // draws them twice.
    std::unordered_set<Segment, SegmentHash> unique;
    std::vector<Segment> segments;
    for (const OGRGeometry* g : polygons)
        if (g) add_rings(*g, unique, segments);
    if (segments.empty()) return std::make_unique<OGRMultiLineString>();

    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSContext_setNoticeMessageHandler_r(ctx, ignore_geos_message, nullptr);
    GEOSContext_setErrorMessageHandler_r(ctx, ignore_geos_message, nullptr);
    std::vector<GEOSGeometry*> lines;
    lines.reserve(segments.size());
    for (const Segment& s : segments) {
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, 2, 2);
        GEOSCoordSeq_setXY_r(ctx, seq, 0, s.v[0], s.v[1]);
        GEOSCoordSeq_setXY_r(ctx, seq, 1, s.v[2], s.v[3]);
        lines.push_back(GEOSGeom_createLineString_r(ctx, seq));
    }
    GEOSGeometry* all = GEOSGeom_createCollection_r(ctx, GEOS_MULTILINESTRING, lines.data(), unsigned(lines.size()));
    // Line merge joins the segments into lines running from one junction to the next.
    GEOSGeometry* merged = all ? GEOSLineMerge_r(ctx, all) : nullptr;
    std::unique_ptr<OGRMultiLineString> result;
    if (merged) {
        std::unique_ptr<OGRGeometry> g(OGRGeometryFactory::createFromGEOS(ctx, merged));
        if (g && wkbFlatten(g->getGeometryType()) == wkbMultiLineString) {
            result.reset(g.release()->toMultiLineString());
        } else if (g && (wkbFlatten(g->getGeometryType()) == wkbLineString || g->IsEmpty())) {
            result = std::make_unique<OGRMultiLineString>();
            if (!g->IsEmpty()) result->addGeometryDirectly(g.release());
        }
    }
    for (GEOSGeometry* g : {all, merged})
        if (g) GEOSGeom_destroy_r(ctx, g);
    GEOS_finish_r(ctx);
    return result;
}

}  // namespace corridor
