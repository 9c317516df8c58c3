#include "viewer/map/layer_preview.h"

#include "viewer/map/map_layer_plan.h"

namespace corridor {

LayerPreview preview_of(const Layer& layer, const MapStyle& style, double tolerance) {
    LayerPreview preview;
    preview.layer_id = layer.id;
    if (!(tolerance > 0)) return preview;
    for (const DrawItemPlan& plan : plan_layer(layer, 0, style, 0)) {
        if (plan.kind != MeshKind::Lines) continue;
        PreviewLines item;
        item.order = plan.order, item.colour = plan.line.color, item.min_zoom = plan.min_zoom;
        for (const Feature& f : layer.features)
            if (f.mercator && (!plan.include || plan.include(f))) append_thinned(*f.mercator, tolerance, item.lines);
        if (item.lines.line_count()) preview.items.push_back(std::move(item));
    }
    return preview;
}

}  // namespace corridor
