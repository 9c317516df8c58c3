#pragma once
// Each admin edge drawn once, by the strongest line that has it: a commune edge that is also a
// cercle or region edge is left to the coarser layer's line while that layer is shown.
#include <memory>
#include <vector>

#include "core/index/boundary_network.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/map_layer_plan.h"

namespace corridor {

// The layers of `data` of the same country as admin layer `layer` and coarser (its regions,
// cercles or provinces), in index order; empty for other layers.
std::vector<int> coarser_admin_layers(const Geodata& data, int layer);

// The ring edges of each coarser admin layer (regions, cercles and provinces).
class AdminEdges {
public:
    explicit AdminEdges(const Geodata& data);
    const EdgeSet* of(int layer) const;  // null for communes and non-admin layers

private:
    std::vector<std::unique_ptr<EdgeSet>> edges_;  // by layer index
};

// One part of a network plan's edges: those that exactly the coarser layers in bit set `part`
// also have (bit i: coarser[i]).
struct NetworkPart {
    int part;
    DrawItemPlan plan;  // network_part_plan(plan, part, coarser)
    std::unique_ptr<OGRMultiLineString> lines;
};

// The plan of one part: hidden while any of its coarser layers is shown, which draw it.
DrawItemPlan network_part_plan(const DrawItemPlan& plan, int part, const std::vector<int>& coarser);

// A network plan's edges split by which coarser layers also have them, one entry per non-empty
// part. Empty when GEOS fails: the caller then draws the whole network.
std::vector<NetworkPart> split_by_coarser(const DrawItemPlan& plan, const Layer& layer, const std::vector<int>& coarser,
                                          const AdminEdges& edges);

}  // namespace corridor
