#include "viewer/map/admin_edges.h"

namespace corridor {

namespace {
bool is_admin(const Layer& l) { return l.role == "admin" && l.level != AdminLevel::None && !l.country.empty(); }
bool has_edges(const Layer& l) { return is_admin(l) && l.level != AdminLevel::Commune; }
}  // namespace

std::vector<int> coarser_admin_layers(const Geodata& data, int layer) {
    std::vector<int> coarser;
    const Layer& l = data.layers[size_t(layer)];
    for (size_t j = 0; j < data.layers.size() && is_admin(l); ++j)
        if (has_edges(data.layers[j]) && data.layers[j].country == l.country && data.layers[j].level < l.level)
            coarser.push_back(int(j));
    return coarser;
}

AdminEdges::AdminEdges(const Geodata& data) : edges_(data.layers.size()) {
    for (size_t i = 0; i < data.layers.size(); ++i) {
        if (!has_edges(data.layers[i])) continue;
        edges_[i] = std::make_unique<EdgeSet>();
        for (const Feature& f : data.layers[i].features)
            if (f.mercator) edges_[i]->add(*f.mercator);
    }
}

const EdgeSet* AdminEdges::of(int layer) const {
    return layer >= 0 && size_t(layer) < edges_.size() ? edges_[size_t(layer)].get() : nullptr;
}

DrawItemPlan network_part_plan(const DrawItemPlan& plan, int part, const std::vector<int>& coarser) {
    DrawItemPlan p = plan;
    for (size_t i = 0; i < coarser.size(); ++i)
        if (part & (1 << i)) p.hidden_while_shown.push_back(coarser[i]);
    return p;
}

std::vector<NetworkPart> split_by_coarser(const DrawItemPlan& plan, const Layer& layer, const std::vector<int>& coarser,
                                          const AdminEdges& edges) {
    std::vector<const EdgeSet*> sets;
    for (int c : coarser)
        if (const EdgeSet* s = edges.of(c)) sets.push_back(s);
    // A part for each subset of the coarser layers (a country has two or three coarser levels);
    // beyond the parts boundary_network_parts splits in, the whole network is drawn instead.
    constexpr size_t kMaxCoarser = 6;
    static_assert((1 << kMaxCoarser) <= kMaxNetworkParts && (1 << (kMaxCoarser + 1)) > kMaxNetworkParts);
    if (sets.size() != coarser.size() || coarser.size() > kMaxCoarser) return {};
    std::vector<const OGRGeometry*> polygons;
    for (const Feature& f : layer.features)
        if (f.mercator && !f.bounds.empty() && (!plan.include || plan.include(f))) polygons.push_back(f.mercator.get());
    const int parts = 1 << coarser.size();
    auto networks = boundary_network_parts(polygons, parts, [&](const Edge& e) {
        int part = 0;
        for (size_t i = 0; i < sets.size(); ++i)
            if (sets[i]->contains(e)) part |= 1 << i;
        return part;
    });
    std::vector<NetworkPart> split;
    for (int part = 0; part < parts; ++part) {
        if (!networks[size_t(part)]) return {};  // GEOS failed: the caller draws the whole network
        if (networks[size_t(part)]->IsEmpty()) continue;
        split.push_back({part, network_part_plan(plan, part, coarser), std::move(networks[size_t(part)])});
    }
    return split;
}

}  // namespace corridor
