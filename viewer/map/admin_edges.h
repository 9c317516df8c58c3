#pragma once
// Each admin edge drawn once, by the strongest line that has it: a commune edge that is also a
// cercle or region edge is left to the coarser layer's line while that layer is shown.
#include <memory>
#include <utility>
#include <vector>

#include "core/index/boundary_network.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/map_layer_plan.h"

namespace corridor {

// A coarser admin layer of the same country, whose lines draw some of a layer's edges.
struct CoarserLayer {
    int layer;
    const EdgeSet* edges;
};

// The edges of each country's coarser admin layers (regions, cercles and provinces).
class AdminEdges {
public:
    explicit AdminEdges(const Geodata& data);
    // The layers of `data` of the same country as `layer` and coarser, with their edges.
    std::vector<CoarserLayer> coarser_than(const Geodata& data, int layer) const;

private:
    std::vector<std::unique_ptr<EdgeSet>> edges_;  // by layer index; null for other layers
};

// For a network plan with coarser layers: its edges split by which coarser layers also have
// them (bit i of the part number: coarser[i]), one plan per non-empty part. Empty when GEOS
// fails: the caller then draws the whole network.
std::vector<std::pair<DrawItemPlan, std::unique_ptr<OGRMultiLineString>>> split_by_coarser(
    const DrawItemPlan& plan, const Layer& layer, const std::vector<CoarserLayer>& coarser);

}  // namespace corridor
