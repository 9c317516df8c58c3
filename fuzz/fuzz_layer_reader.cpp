// The layer reader (core/read/layer_reader) over GDAL's /vsimem/: the first byte picks the
// format by extension, the rest is the file. Checks that every name, ID and attribute it keeps
// is UTF-8, whatever the file's encoding; and that the label anchor of each feature (found for
// every named area of the catalogue's layers) is inside it, finite, or not found at all; and that
// the levels of detail's simplification (simplify_paths) keeps each geometry's kind and leaves no
// ring of fewer than four points.
#include <cmath>
#include <cstdlib>

#include <cpl_vsi.h>

#include "core/base/resource_paths.h"
#include "core/base/geometry_walk.h"
#include "core/cartography/douglas_peucker.h"
#include "core/cartography/label_anchor.h"
#include "core/read/layer_reader.h"
#include "fuzz_common.h"

namespace {
corridor::AdminMappings mappings;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    corridor::Diagnostics diag;
    if (auto m = corridor::load_admin_mappings(corridor::project_geodata_path("admin_mappings.json"), diag)) mappings = *m;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    if (size < 1) return 0;
    static const char* const extensions[] = {"geojson", "json", "csv", "kml", "gml", "gpx"};
    const std::string path = std::string("/vsimem/fuzz.") + extensions[data[0] % 6];
    VSILFILE* f = VSIFileFromMemBuffer(path.c_str(), const_cast<GByte*>(data + 1), vsi_l_offset(size - 1), FALSE);
    if (!f) return 0;
    VSIFCloseL(f);
    ReadOptions options;
    options.mappings = &mappings;
    options.role = data[0] & 0x80 ? "admin" : "user";
    options.max_bytes = 1 << 20;
    Diagnostics diag;
    if (auto layer = read_layer(path, options, diag)) {
        fuzz::require_utf8(layer->id), fuzz::require_utf8(layer->title);
        for (const Feature& feature : layer->features) {
            fuzz::require_utf8(feature.name), fuzz::require_utf8(feature.id);
            for (size_t i = 0; i < feature.attribute_count(); ++i)
                fuzz::require_utf8(feature.field_name(i)), fuzz::require_utf8(feature.field_values[i]);
            if (!feature.mercator) continue;
            if (auto anchor = polygon_label_anchor(*feature.mercator))
                if (!(anchor->radius > 0) || !std::isfinite(anchor->point.x) || !std::isfinite(anchor->point.y)) std::abort();
            if (auto simple = simplify_paths(*feature.mercator, 100)) {
                const OGRwkbGeometryType kind = wkbFlatten(feature.mercator->getGeometryType());
                const bool linear = kind == wkbPolygon || kind == wkbMultiPolygon || kind == wkbLineString || kind == wkbMultiLineString;
                if (linear && wkbFlatten(simple->getGeometryType()) != kind) std::abort();
                for_each_ring(*simple, [](const OGRLinearRing& ring) { if (ring.getNumPoints() < 4) std::abort(); });
            }
        }
    }
    VSIUnlink(path.c_str());
    fuzz::check_diagnostics(diag);
    return 0;
}
