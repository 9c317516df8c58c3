#include "core/index/feature_picker.h"

#include <ogr_geometry.h>

#include "core/index/spatial_index.h"

namespace corridor {

FeaturePicker::FeaturePicker() = default;
FeaturePicker::~FeaturePicker() = default;
FeaturePicker::FeaturePicker(FeaturePicker&&) noexcept = default;
FeaturePicker& FeaturePicker::operator=(FeaturePicker&&) noexcept = default;

void FeaturePicker::sync(const Geodata& data) {
    // A reallocated layer vector moves the Layer objects an index may refer to: start over.
    if (indexed_layers_ != data.layers.data()) indices_.clear();
    indexed_layers_ = data.layers.data();
    for (size_t i = indices_.size(); i < data.layers.size(); ++i) {
        const Layer& layer = data.layers[i];
        bool polygons = layer.kind == GeometryKind::Polygon || layer.kind == GeometryKind::Mixed;
        indices_.push_back(polygons ? std::make_unique<PolygonIndex>(layer) : nullptr);
    }
}

std::vector<int> FeaturePicker::pick_order(const Geodata& data) {
    std::vector<int> order;
    int n = static_cast<int>(data.layers.size());
    for (int i = n - 1; i >= 0; --i)
        if (data.layers[i].role == "user") order.push_back(i);
    // Rivers and lakes (context layers of no admin level) are drawn over the commune fills:
    // a river is found before the commune it crosses.
    auto water = [&](int i) { return data.layers[i].role == "context" && data.layers[i].level == AdminLevel::None; };
    for (int i = n - 1; i >= 0; --i)
        if (water(i)) order.push_back(i);
    for (AdminLevel level : {AdminLevel::Commune, AdminLevel::Cercle, AdminLevel::Region, AdminLevel::Country})
        for (int i = 0; i < n; ++i)
            if (data.layers[i].role != "user" && data.layers[i].level == level) order.push_back(i);
    for (int i = n - 1; i >= 0; --i)
        if (data.layers[i].role != "user" && data.layers[i].level == AdminLevel::None && !water(i)) order.push_back(i);
    return order;
}

namespace {

// Nearest point or line feature within the tolerance; GEOS computes the distances.
int nearest_within(const Layer& layer, MapPoint p, double tolerance_m) {
    OGRPoint at(p.x, p.y);
    int best = -1;
    double best_distance = tolerance_m;
    for (size_t i = 0; i < layer.features.size(); ++i) {
        const Feature& f = layer.features[i];
        if (!f.mercator) continue;
        const Box& b = f.bounds;
        if (p.x < b.min_x - tolerance_m || p.x > b.max_x + tolerance_m || p.y < b.min_y - tolerance_m ||
            p.y > b.max_y + tolerance_m)
            continue;
        double d = f.mercator->Distance(&at);
        if (d >= 0 && d <= best_distance) best = static_cast<int>(i), best_distance = d;
    }
    return best;
}

}  // namespace

FeatureRef FeaturePicker::pick(const Geodata& data, MapPoint p, double tolerance_m,
                                  const std::function<bool(int)>& visible) const {
    for (int i : pick_order(data)) {
        if (visible && !visible(i)) continue;
        const Layer& layer = data.layers[i];
        if (!layer.bounds.empty() && !(p.x >= layer.bounds.min_x - tolerance_m && p.x <= layer.bounds.max_x + tolerance_m &&
                                       p.y >= layer.bounds.min_y - tolerance_m && p.y <= layer.bounds.max_y + tolerance_m))
            continue;
        int found = -1;
        if (i < static_cast<int>(indices_.size()) && indices_[i] && indexed_layers_ == data.layers.data())
            found = indices_[i]->find(p);
        if (found < 0 && (layer.kind == GeometryKind::Point || layer.kind == GeometryKind::Line ||
                          layer.kind == GeometryKind::Mixed))
            found = nearest_within(layer, p, tolerance_m);
        if (found >= 0) return {i, found};
    }
    return {};
}

}  // namespace corridor
