#pragma once
// The corridor window for planners: towns in order with each leg's geodesic length and the
// total, the communes the line crosses, a buffer slider (5–50 km) with the communes within it
// (computed when the slider is released, not every frame), and CSV / GeoJSON export.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/measure/corridor_analysis.h"
#include "core/read/geodata_catalog.h"
#include "core/programme/i18n.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class CorridorPanel {
public:
    void open(const Corridor& corridor, int index, const Geodata& data);
    void close() { index_ = -1; }
    bool is_open() const { return index_ >= 0; }
    int corridor_index() const { return index_; }

    // Draws while open; the close button closes it. Returns the P-code of a town or commune
    // the user clicked to fly there, else "".
    std::string draw(const Corridor& corridor, const Geodata& data, const Translator& tr, FrameRecord& frame);

    const CorridorBuffer& buffer() const { return buffer_; }
    const CorridorLength& length() const { return length_; }
    // {corridor, buffer_km, communes_within, communes_crossed, total_km, export}; null when closed.
    nlohmann::json state() const;

private:
    void compute_buffer(const Corridor& corridor, const Geodata& data);

    int index_ = -1;
    float buffer_km_ = 10;
    CorridorLength length_;
    std::vector<CorridorCommune> crossed_;
    CorridorBuffer buffer_;
    std::string export_dir_, export_message_;
    bool export_ok_ = false;
};

// The default export file name: "corridor-northern-corridor-10km.csv".
std::string corridor_export_name(const std::string& corridor_id, double buffer_km, const std::string& extension);

}  // namespace corridor
