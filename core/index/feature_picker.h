#pragma once
// Which feature lies under a map point: the answer behind hover and click, without any GUI.
// Order, topmost first: user layers (last opened on top), then rivers and lakes, then the admin levels from communes
// up to countries, then every other layer. Polygons are found through PolygonIndex; points
// and lines within a tolerance in metres.
#include <functional>
#include <memory>
#include <vector>

#include "core/read/geodata_catalog.h"

namespace corridor {

class PolygonIndex;

class FeaturePicker {
public:
    FeaturePicker();
    ~FeaturePicker();
    FeaturePicker(FeaturePicker&&) noexcept;
    FeaturePicker& operator=(FeaturePicker&&) noexcept;

    // Indexes the polygon layers of `data` not indexed yet; call after layers are appended.
    void sync(const Geodata& data);

    // The topmost feature at `p` (Web Mercator metres). Points and lines count within
    // `tolerance_m` (mercator metres). `visible(layer)` may skip hidden layers.
    FeatureRef pick(const Geodata& data, MapPoint p, double tolerance_m,
                       const std::function<bool(int)>& visible = {}) const;

    // Layer indices in picking order (topmost first).
    static std::vector<int> pick_order(const Geodata& data);

private:
    std::vector<std::unique_ptr<PolygonIndex>> indices_;  // by layer index; null: not polygons
    const Layer* indexed_layers_ = nullptr;               // data.layers.data() when indexed
};

}  // namespace corridor
