#pragma once
// Point-in-polygon lookup over a layer's features: a GEOS STRtree of envelopes, then an
// even-odd crossing test over the feature's rings (its edges kept in horizontal bands), holes
// respected, a point on an edge inside. Microseconds per query.
#include <memory>
#include <vector>

#include "core/normalise/feature.h"

namespace corridor {

class PolygonIndex {
public:
    explicit PolygonIndex(const Layer& layer);  // indexes layer.features[*].mercator
    ~PolygonIndex();
    PolygonIndex(const PolygonIndex&) = delete;
    PolygonIndex& operator=(const PolygonIndex&) = delete;

    // Index of the feature containing `p` (Web Mercator), or -1; the lowest index when several
    // do (a point on a shared border). One thread at a time, like the GEOS context it holds.
    int find(MapPoint p) const;
    // Indices of features whose envelope meets `box`.
    std::vector<int> candidates(const Box& box) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace corridor
