#pragma once
// The detail window of the selected feature: for communes (and other admin units) the name,
// P-code, cercle or province, region, country, true area and data source; for any other layer
// every attribute, like QGIS's Identify. Also the hover tooltip.
#include <functional>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "viewer/map/map_renderer.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class FeaturePanel {
public:
    // Extra content under the admin details, e.g. the initiatives of a commune. A section draws
    // nothing (and takes no room) when it has nothing for this feature.
    using Section = std::function<void(const Geodata& data, FeatureRef feature)>;
    void add_section(Section section) { sections_.push_back(std::move(section)); }

    void open(const Geodata& data, FeatureRef feature);
    void close() { feature_ = {}; }
    bool is_open() const { return feature_.valid(); }
    FeatureRef feature() const { return feature_; }

    // Draws the window while open; the window's close button closes it.
    void draw(const Geodata& data, FrameRecord& frame);

private:
    FeatureRef feature_;
    double area_km2_ = 0;  // computed once per opened feature
    std::vector<Section> sections_;
};

// "Cercle" for Mali, "Province" for Burkina Faso: the second level's name in each country.
const char* second_level_name(const std::string& country);

// The hover tooltip: name, cercle/province, region, country (admin) or name and layer.
std::string tooltip_text(const Geodata& data, FeatureRef feature);
void draw_hover_tooltip(const Geodata& data, FeatureRef feature, FrameRecord& frame);

}  // namespace corridor
