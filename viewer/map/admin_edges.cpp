#include "viewer/map/admin_edges.h"

namespace corridor {

namespace {
bool is_admin(const Layer& l) { return l.role == "admin" && l.level != AdminLevel::None && !l.country.empty(); }
}  // namespace

AdminEdges::AdminEdges(const Geodata& data) : edges_(data.layers.size()) {
    for (size_t i = 0; i < data.layers.size(); ++i) {
        const Layer& l = data.layers[i];
        if (!is_admin(l) || l.level == AdminLevel::Commune) continue;
        edges_[i] = std::make_unique<EdgeSet>();
        for (const Feature& f : l.features)
            if (f.mercator) edges_[i]->add(*f.mercator);
    }
}

std::vector<CoarserLayer> AdminEdges::coarser_than(const Geodata& data, int layer) const {
    std::vector<CoarserLayer> coarser;
    const Layer& l = data.layers[size_t(layer)];
    for (size_t j = 0; j < data.layers.size() && j < edges_.size() && is_admin(l); ++j)
        if (edges_[j] && data.layers[j].country == l.country && data.layers[j].level < l.level)
            coarser.push_back({int(j), edges_[j].get()});
    return coarser;
}

std::vector<std::pair<DrawItemPlan, std::unique_ptr<OGRMultiLineString>>> split_by_coarser(
    const DrawItemPlan& plan, const Layer& layer, const std::vector<CoarserLayer>& coarser) {
    std::vector<const OGRGeometry*> polygons;
    for (const Feature& f : layer.features)
        if (f.mercator && !f.bounds.empty() && (!plan.include || plan.include(f))) polygons.push_back(f.mercator.get());
    const int parts = 1 << coarser.size();
    auto networks = boundary_network_parts(polygons, parts, [&](const Edge& e) {
        int part = 0;
        for (size_t i = 0; i < coarser.size(); ++i)
            if (coarser[i].edges->contains(e)) part |= 1 << i;
        return part;
    });
    std::vector<std::pair<DrawItemPlan, std::unique_ptr<OGRMultiLineString>>> split;
    for (int part = 0; part < parts; ++part) {
        if (!networks[size_t(part)]) return {};  // GEOS failed: the caller draws the whole network
        if (networks[size_t(part)]->IsEmpty()) continue;
        DrawItemPlan p = plan;
        for (size_t i = 0; i < coarser.size(); ++i)
            if (part & (1 << i)) p.hidden_while_shown.push_back(coarser[i].layer);
        split.emplace_back(std::move(p), std::move(networks[size_t(part)]));
    }
    return split;
}

}  // namespace corridor
