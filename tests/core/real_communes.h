#pragma once
// Test helper: the real commune layers of ../shared/geodata read with OGR directly, until
// core/geodata_catalog (load_geodata) lands in main; then tests switch to it.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <ogrsf_frmts.h>

#include "core/feature.h"

namespace corridor::test {

inline std::filesystem::path shared_geodata() { return std::filesystem::path(CORRIDOR_SOURCE_DIR) / "../shared/geodata"; }

// Reads one commune layer, filling id (P-code), name, admin names and the lon/lat geometry.
inline Layer read_commune_layer(const std::string& relative, const char* pcode, const char* name,
                                const char* cercle, const char* region, const char* country) {
    Layer layer;
    layer.id = relative;
    layer.path = (shared_geodata() / relative).string();
    layer.level = AdminLevel::Commune;
    GDALDatasetUniquePtr ds(GDALDataset::Open(layer.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return layer;
    OGRLayer* ogr = ds->GetLayer(0);
    size_t index = 0;
    for (auto& f : *ogr) {
        Feature feature;
        feature.index = index++;
        feature.id = f->GetFieldAsString(pcode);
        feature.name = f->GetFieldAsString(name);
        feature.admin = {feature.name, f->GetFieldAsString(cercle), f->GetFieldAsString(region),
                         f->GetFieldAsString(country), feature.id};
        if (f->GetGeometryRef()) feature.lonlat.reset(f->GetGeometryRef()->clone());
        layer.features.push_back(std::move(feature));
    }
    return layer;
}

inline const std::vector<Layer>& real_commune_layers() {
    static const std::vector<Layer> layers = [] {
        GDALAllRegister();
        std::vector<Layer> v;
        v.push_back(read_commune_layer("cod-ab-mali-v02/mli_adm3_communes.geojson", "adm3_pcode", "adm3_name",
                                       "adm2_name", "adm1_name", "adm0_name"));
        v.push_back(read_commune_layer("cod-ab-burkina/bfa_adm3_communes.geojson", "ADM3_PCODE", "ADM3_FR",
                                       "ADM2_FR", "ADM1_FR", "ADM0_FR"));
        return v;
    }();
    return layers;
}

inline const std::set<std::string>& real_commune_pcodes() {
    static const std::set<std::string> pcodes = [] {
        std::set<std::string> s;
        for (const auto& layer : real_commune_layers())
            for (const auto& f : layer.features) s.insert(f.id);
        return s;
    }();
    return pcodes;
}

inline std::vector<const Layer*> real_commune_layer_ptrs() {
    std::vector<const Layer*> v;
    for (const auto& layer : real_commune_layers()) v.push_back(&layer);
    return v;
}

}  // namespace corridor::test
