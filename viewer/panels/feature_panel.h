#pragma once
// The detail window of the selected feature: for communes (and other admin units) the name,
// P-code, cercle or province, region, country, true area and data source; for any other layer
// every attribute, like QGIS's Identify. Also the hover tooltip.
#include <functional>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class FeaturePanel {
public:
    void open(const Geodata& data, FeatureRef feature);
    void close() { feature_ = {}; }
    bool is_open() const { return feature_.valid(); }
    FeatureRef feature() const { return feature_; }

    // Draws the window while open, in two calls, the way ImGui's Begin and End go: begin()
    // returns true when the caller may add lines under an admin unit's details (a commune's
    // initiatives); end() follows every begin() that found the panel open, and draws the source.
    // The window's close button closes it.
    bool begin(const Geodata& data, FrameRecord& frame);
    void end(const Geodata& data);

private:
    FeatureRef feature_;
    double area_km2_ = 0;  // computed once per opened feature
    bool window_open_ = false;  // between begin() and end(): ImGui::Begin was called
    bool close_clicked_ = false, content_shown_ = false;
};

// "Cercle" for Mali, "Province" for Burkina Faso: the second level's name in each country.
const char* second_level_name(const std::string& country);

// The hover tooltip: name, cercle/province, region, country (admin) or name and layer.
std::string tooltip_text(const Geodata& data, FeatureRef feature);
void draw_hover_tooltip(const Geodata& data, FeatureRef feature, FrameRecord& frame);

}  // namespace corridor
