#include "core/read/layer_reader.h"

#include <cctype>
#include <mutex>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "core/check/geojson_check.h"
#include "core/check/geometry_check.h"
#include "core/base/json_text.h"

namespace corridor {
namespace {

void register_gdal_once() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// Collects GDAL's error messages for the current thread while it is alive, so that they end
// up in Diagnostics instead of on stderr.
class GdalErrorCollector {
public:
    GdalErrorCollector() { CPLPushErrorHandlerEx(&handler, this); }
    ~GdalErrorCollector() { CPLPopErrorHandler(); }
    std::vector<std::string> messages;

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* msg) {
        auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
        if (level >= CE_Warning && msg) self->messages.emplace_back(msg);
    }
};

OGRSpatialReference srs_from_epsg(int code) {
    OGRSpatialReference srs;
    srs.importFromEPSG(code);
    // EPSG:4326 is lat/lon in its definition; geodata and our code use lon/lat (STACK.md).
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

std::string feature_place(size_t index, const std::string& id) {
    std::string s = "feature " + std::to_string(index);
    if (!id.empty()) s += " (" + id + ")";
    return s;
}

GeometryKind kind_of(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPolygon:
        case wkbMultiPolygon: return GeometryKind::Polygon;
        case wkbLineString:
        case wkbMultiLineString: return GeometryKind::Line;
        case wkbPoint:
        case wkbMultiPoint: return GeometryKind::Point;
        default: return GeometryKind::Mixed;
    }
}

std::string field_text(OGRFeature& f, int index) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index)) return "";
    return f.GetFieldAsString(index);
}

// Fills the admin names from the mapping; returns the name field that was expected for the
// feature's own name, or "" when the mapping has none for it.
std::string apply_mapping(const AdminMapping& m, AdminLevel level, OGRFeature& src, Feature& out) {
    auto get = [&](const std::string& field) { return field.empty() ? std::string() : field_text(src, src.GetFieldIndex(field.c_str())); };
    for (const auto& [l, fields] : m.levels) {
        std::string name = get(fields.name);
        switch (l) {
            case AdminLevel::Commune: out.admin.commune = name; break;
            case AdminLevel::Cercle: out.admin.cercle = name; break;
            case AdminLevel::Region: out.admin.region = name; break;
            case AdminLevel::Country: out.admin.country = name; break;
            case AdminLevel::None: break;
        }
    }
    if (!m.feature_name.empty()) {
        out.name = get(m.feature_name);
        out.id = get(m.feature_id);
        out.admin.pcode = out.id;
        return m.feature_name;
    }
    auto own = m.levels.find(level);
    if (own == m.levels.end()) return "";
    out.name = get(own->second.name);
    out.admin.pcode = get(own->second.pcode);
    out.id = out.admin.pcode;
    return own->second.name;
}

// The field that names a feature of a file without a mapping, as QGIS picks its display name:
// a field called name, nom, NAME, Name_fr ... (exact words first, then names that contain
// them), otherwise the first text field; -1 when there is none.
int display_name_field(OGRFeatureDefn& defn) {
    auto lower = [](std::string s) {
        for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    static const char* const exact[] = {"name", "nom", "name_fr", "nom_fr", "name_en", "label", "libelle", "title", "titre"};
    for (const char* want : exact)
        for (int i = 0; i < defn.GetFieldCount(); ++i)
            if (lower(defn.GetFieldDefn(i)->GetNameRef()) == want) return i;
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const std::string n = lower(defn.GetFieldDefn(i)->GetNameRef());
        if (defn.GetFieldDefn(i)->GetType() == OFTString && (n.find("name") != std::string::npos || n.find("nom") != std::string::npos))
            return i;
    }
    for (int i = 0; i < defn.GetFieldCount(); ++i)
        if (defn.GetFieldDefn(i)->GetType() == OFTString) return i;
    return -1;
}

}  // namespace

std::optional<Layer> read_layer(const std::filesystem::path& path, const ReadOptions& options, Diagnostics& diag) {
    register_gdal_once();
    const std::string file = path.string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        diag.error(file, "", "file not found");
        return std::nullopt;
    }
    if (looks_like_geojson_path(file)) {
        std::string text, error;
        if (!read_text_file(file, text, error)) {
            diag.error(file, "", error);
            return std::nullopt;
        }
        GeoJsonCheck check = check_geojson_text(text);
        if (!check.valid_json) {
            diag.error(file, "", "not valid JSON: " + check.error);
            return std::nullopt;
        }
        if (check.top_level_type != "FeatureCollection") {
            diag.error(file, "/type",
                       check.top_level_type.empty()
                           ? "top level is not a GeoJSON object (no \"type\": \"FeatureCollection\")"
                           : "top level is a " + check.top_level_type + ", expected a FeatureCollection");
            return std::nullopt;
        }
    }

    GdalErrorCollector gdal_errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        std::string why = gdal_errors.messages.empty() ? "no GDAL driver can read it" : gdal_errors.messages.back();
        diag.error(file, "", "cannot open as vector data: " + why);
        return std::nullopt;
    }
    if (dataset->GetLayerCount() < 1) {
        diag.error(file, "", "holds no vector layer");
        return std::nullopt;
    }
    if (dataset->GetLayerCount() > 1)
        diag.warning(file, "", "holds " + std::to_string(dataset->GetLayerCount()) + " layers; only the first is read");
    OGRLayer* src = dataset->GetLayer(0);

    // Source CRS into lon/lat and into Web Mercator.
    OGRSpatialReference source_srs;
    if (const OGRSpatialReference* s = src->GetSpatialRef()) {
        source_srs = *s;
    } else {
        diag.warning(file, "", "no coordinate reference system; assuming WGS 84 longitude/latitude");
        source_srs = srs_from_epsg(4326);
    }
    source_srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool geographic = source_srs.IsGeographic();
    OGRSpatialReference wgs84 = srs_from_epsg(4326), mercator = srs_from_epsg(3857);
    std::unique_ptr<OGRCoordinateTransformation> to_lonlat(OGRCreateCoordinateTransformation(&source_srs, &wgs84));
    std::unique_ptr<OGRCoordinateTransformation> to_mercator(OGRCreateCoordinateTransformation(&wgs84, &mercator));
    if (!to_lonlat || !to_mercator) {
        const char* name = source_srs.GetName();
        diag.error(file, "", std::string("coordinate reference system '") + (name ? name : "?") +
                                 "' cannot be transformed to longitude/latitude and Web Mercator");
        return std::nullopt;
    }

    // Field names, and the admin mapping that applies.
    std::vector<std::string> fields;
    OGRFeatureDefn* defn = src->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    const AdminMapping* mapping = nullptr;
    AdminLevel level = options.level;
    if (options.mappings) {
        if (!options.mapping.empty()) {
            mapping = options.mappings->find(options.mapping);
            if (!mapping) diag.warning(file, "", "unknown field mapping '" + options.mapping + "'; attributes kept as they are");
        } else {
            AdminLevel detected = AdminLevel::None;
            mapping = options.mappings->detect(fields, &detected);
            if (level == AdminLevel::None) level = detected;
        }
    }

    Layer layer;
    layer.id = options.id.empty() ? path.stem().string() : options.id;
    layer.title = options.title.empty() ? path.filename().string() : options.title;
    layer.path = file;
    layer.level = level;
    layer.attribution = options.attribution;
    layer.role = options.role;

    const int name_field_index = mapping ? -1 : display_name_field(*defn);
    size_t index = 0;
    for (auto& src_feature : *src) {
        Feature f;
        f.index = index++;
        for (int i = 0; i < defn->GetFieldCount(); ++i) f.attributes.emplace_back(fields[i], field_text(*src_feature, i));
        std::string name_field;
        if (mapping) name_field = apply_mapping(*mapping, level, *src_feature, f);
        else f.name = field_text(*src_feature, name_field_index);
        if (f.id.empty()) f.id = std::to_string(src_feature->GetFID());
        const std::string where = feature_place(f.index, f.id);
        if (!name_field.empty() && f.name.empty()) {
            diag.warning(file, where, "missing name (field '" + name_field + "' is empty or absent)");
            f.name = f.id;
        }

        OGRGeometryUniquePtr geometry(src_feature->StealGeometry());
        GeometryCheck check = check_and_repair(geometry, geographic);
        if (check.verdict == GeometryVerdict::Skip) {
            diag.warning(file, where, check.message + "; feature skipped");
            continue;
        }
        if (check.verdict == GeometryVerdict::Repaired) diag.warning(file, where, check.message);

        geometry->assignSpatialReference(nullptr);
        if (geometry->transform(to_lonlat.get()) != OGRERR_NONE) {
            diag.warning(file, where, "coordinates cannot be transformed to longitude/latitude; feature skipped");
            continue;
        }
        OGRGeometryUniquePtr projected(geometry->clone());
        if (projected->transform(to_mercator.get()) != OGRERR_NONE) {
            diag.warning(file, where, "coordinates cannot be projected to Web Mercator; feature skipped");
            continue;
        }
        OGREnvelope env;
        projected->getEnvelope(&env);
        f.bounds.expand(env.MinX, env.MinY);
        f.bounds.expand(env.MaxX, env.MaxY);
        geometry->getEnvelope(&env);
        layer.lonlat_bounds.expand(env.MinX, env.MinY);
        layer.lonlat_bounds.expand(env.MaxX, env.MaxY);
        layer.bounds.expand(f.bounds);

        GeometryKind kind = kind_of(*geometry);
        layer.kind = layer.features.empty() || layer.kind == kind ? kind : GeometryKind::Mixed;
        f.lonlat = std::move(geometry);
        f.mercator = std::move(projected);
        if (layer.country.empty() && !f.admin.country.empty()) layer.country = f.admin.country;
        layer.features.push_back(std::move(f));
    }
    for (const std::string& m : gdal_errors.messages) diag.warning(file, "", "GDAL: " + m);
    if (layer.features.empty()) diag.warning(file, "", "no usable feature");
    return layer;
}

}  // namespace corridor
