#pragma once
// Where an area's label goes: the pole of inaccessibility, the inside point farthest from the
// edges (pole_of_inaccessibility.h), on the largest part of a multipolygon. Unlike the
// centroid it is always inside, also for C-shaped or crescent communes, and `radius` says how
// much room the label has there.
#include <optional>
#include <vector>

#include <ogr_geometry.h>

#include "core/base/geo_types.h"
#include "core/normalise/feature.h"

namespace corridor {

// Anchor of a (multi)polygon, or nullopt for empty or non-areal geometry. The search stops
// within 1/500 of the part's larger side of the best point.
std::optional<LabelAnchor> polygon_label_anchor(const OGRGeometry& geometry);

// The anchors of every named area of an admin or country layer, found on every core and kept in
// Feature::label_anchor: with the data, they go in the cache, so a warm start finds no anchor
// again (a fifth of a second of CPU on the real layers, half a second on a 2-million-vertex
// boundary set, where parts are first simplified with GEOS). Called as each layer is
// read, so that a worker done with its files works on them while another still reads.
void find_label_anchors(Layer& layer);

// The feature's anchor: the one kept, else worked out now; nullopt for no area.
std::optional<LabelAnchor> label_anchor_of(const Feature& feature);

}  // namespace corridor
