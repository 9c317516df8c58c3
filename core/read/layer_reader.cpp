#include "core/read/layer_reader.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <optional>
#include <string>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "core/check/geojson_check.h"
#include "core/check/geometry_check.h"
#include "core/base/utf8_text.h"
#include "core/normalise/antimeridian.h"
#include "core/base/json_text.h"
#include "core/base/parallel_for.h"
#include "core/base/reference_system.h"

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

// A thread's own copies of a layer's transformations: OGR's are not safe to share.
struct Transforms {
    std::unique_ptr<OGRCoordinateTransformation> to_lonlat, to_mercator;
    Transforms(const OGRCoordinateTransformation& lonlat, const OGRCoordinateTransformation& mercator)
        : to_lonlat(lonlat.Clone()), to_mercator(mercator.Clone()) {}
};

// What settling one feature's geometry found, said in feature order once every one is done.
struct GeometryOutcome {
    bool skipped = false;
    std::vector<std::string> warnings;       // about the feature
    std::vector<std::string> gdal_messages;  // GDAL's own, said once for the file
    GeometryKind kind = GeometryKind::None;
    Box lonlat_bounds, bounds;               // bounds: of the projected geometry
};

// One feature's geometry cut at the antimeridian, checked, repaired, and projected to Web
// Mercator in place; null where the source has none (RFC 7946's "unlocated" feature, kept with
// its properties and listed as having no geometry).
GeometryOutcome settle_geometry(OGRGeometryUniquePtr& geometry, bool geographic, Transforms& transforms) {
    GeometryOutcome out;
    if (!geometry || geometry->IsEmpty()) {
        geometry.reset();
        return out;
    }
    GdalErrorCollector gdal_errors;  // this thread's, for this feature
    auto skip = [&](std::string why) {
        out.warnings.push_back(std::move(why));
        out.skipped = true;
        out.gdal_messages = std::move(gdal_errors.messages);
        return std::move(out);
    };
    // Cut before the validity check: a ring jumping from 179° to -179° is one shape on the
    // globe but a different one on the plane GEOS checks.
    bool cut = false;
    if (geographic) {
        if (OGRGeometryUniquePtr parts = cut_at_antimeridian(*geometry)) geometry = std::move(parts), cut = true;
    }
    GeometryCheck check = check_and_repair(geometry, geographic);
    if (check.verdict == GeometryVerdict::Skip) return skip(check.message + "; feature skipped");
    if (check.verdict == GeometryVerdict::Repaired) out.warnings.push_back(check.message);

    geometry->assignSpatialReference(nullptr);
    if (!transforms.to_lonlat || !transforms.to_mercator)  // a copy OGR could not make
        return skip("coordinates cannot be transformed to longitude/latitude; feature skipped");
    if (geometry->transform(transforms.to_lonlat.get()) != OGRERR_NONE)
        return skip("coordinates cannot be transformed to longitude/latitude; feature skipped");
    if (!geographic && !cut) {
        if (OGRGeometryUniquePtr parts = cut_at_antimeridian(*geometry)) geometry = std::move(parts), cut = true;
    }
    if (cut)
        out.warnings.push_back(
            "crosses the antimeridian without being cut there (RFC 7946, 3.1.9); cut at 180° and drawn on both sides");
    OGREnvelope env;
    geometry->getEnvelope(&env);
    out.lonlat_bounds.expand(env.MinX, env.MinY);
    out.lonlat_bounds.expand(env.MaxX, env.MaxY);
    out.kind = kind_of(*geometry);
    // Projected in place: the feature keeps this one copy, Feature::lonlat() remakes the other.
    if (geometry->transform(transforms.to_mercator.get()) != OGRERR_NONE)
        return skip("coordinates cannot be projected to Web Mercator; feature skipped");
    geometry->getEnvelope(&env);
    out.bounds.expand(env.MinX, env.MinY);
    out.bounds.expand(env.MaxX, env.MaxY);
    out.gdal_messages = std::move(gdal_errors.messages);
    return out;
}

// Attribute text as valid UTF-8; `recoded` is set when it was not (one warning per file).
std::string field_text(OGRFeature& f, int index, bool& recoded) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index)) return "";
    bool r = false;
    std::string text = to_utf8(f.GetFieldAsString(index), &r);
    recoded = recoded || r;
    return text;
}

// What GDAL's virtual file system says of a path: through VSIStatL, so that "/vsimem/..."
// (the fuzz target), "/vsizip/..." and plain files all go through the same checks.
struct PathInfo {
    bool exists = false, folder = false;
    std::uintmax_t size = 0;  // a folder (File Geodatabase, shapefiles): every file in it
};

PathInfo path_info(const std::string& path) {
    PathInfo info;
    VSIStatBufL st;
    if (VSIStatExL(path.c_str(), &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG | VSI_STAT_SIZE_FLAG) != 0) return info;
    info.exists = true;
    info.folder = VSI_ISDIR(st.st_mode);
    info.size = std::uintmax_t(st.st_size);
    if (info.folder) {
        namespace fs = std::filesystem;
        std::error_code ec;
        info.size = 0;
        for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec)) info.size += it->file_size(ec);
    }
    return info;
}

// The whole text of a GeoJSON file for the pre-check, through VSI as above; nullopt with
// `error` set when it cannot be read.
std::optional<std::string> ingest_text(const std::string& path, std::uintmax_t max_bytes, std::string& error) {
    GByte* bytes = nullptr;
    vsi_l_offset size = 0;
    if (!VSIIngestFile(nullptr, path.c_str(), &bytes, &size, GIntBig(max_bytes))) {
        error = "cannot read the file";
        return std::nullopt;
    }
    std::string text(reinterpret_cast<const char*>(bytes), size_t(size));
    VSIFree(bytes);
    return text;
}

std::string megabytes(std::uintmax_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB"; }

// Fills the admin names from the mapping; returns the name field that was expected for the
// feature's own name, or "" when the mapping has none for it.
std::string apply_mapping(const AdminMapping& m, AdminLevel level, OGRFeature& src, Feature& out, bool& recoded) {
    auto get = [&](const std::string& field) {
        return field.empty() ? std::string() : field_text(src, src.GetFieldIndex(field.c_str()), recoded);
    };
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
// Whether the fields GDAL learnt from a file's first features hold every property of every
// feature as a whole first pass would: each property a field, of a type wide enough for every
// value it takes (GeoJsonCheck::property_kinds).
bool fields_hold_every_property(OGRFeatureDefn& defn, const GeoJsonCheck& check) {
    if (check.feature_ids || defn.GetFieldCount() != int(check.property_kinds.size())) return false;
    for (const auto& [name, kinds] : check.property_kinds) {
        const int i = defn.GetFieldIndex(name.c_str());
        if (i < 0 || (kinds & kPropertyNested)) return false;
        const OGRFieldType t = defn.GetFieldDefn(i)->GetType();
        const bool ok = (kinds & kPropertyString) ? t == OFTString
                      : (kinds & kPropertyBool)   ? kinds == kPropertyBool && t == OFTInteger
                      : (kinds & kPropertyReal)   ? t == OFTReal || t == OFTString
                      : (kinds & kPropertyInt64)  ? t == OFTInteger64 || t == OFTReal || t == OFTString
                      : (kinds & kPropertyInt32)  ? t == OFTInteger || t == OFTInteger64 || t == OFTReal || t == OFTString
                                                  : true;  // only nulls: any field holds them
        if (!ok) return false;
    }
    return true;
}

// Opens `path` as GDAL vector data. A GeoJSON FeatureCollection (`check`) has its fields learnt
// from its first `sample_bytes` only, and no further than the features that bring every
// property and kind of value (GeoJsonCheck::schema_features: on the real pack's small files,
// where the first pass read the whole file, that cut reading by a quarter), when they prove to
// hold every property; its dates are kept as the file writes them (GDAL would turn
// "2015-02-02" into "2015/02/02").
GDALDatasetUniquePtr open_vector(const std::string& path, const GeoJsonCheck* check, std::uintmax_t sample_bytes) {
    const int flags = GDAL_OF_VECTOR | GDAL_OF_READONLY;
    if (!check) return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), flags));
    const char* const options[] = {"DATE_AS_STRING=YES", nullptr};
    if (sample_bytes > 0 && check->top_level_type == "FeatureCollection" && !check->feature_ids) {
        const std::string features = std::to_string(std::max<size_t>(check->schema_features, 1));
        CPLSetThreadLocalConfigOption("OGR_GEOJSON_MAX_BYTES_FIRST_PASS", std::to_string(sample_bytes).c_str());
        CPLSetThreadLocalConfigOption("OGR_GEOJSON_MAX_FEATURES_FIRST_PASS", features.c_str());
        GDALDatasetUniquePtr sampled(GDALDataset::Open(path.c_str(), flags, nullptr, options));
        CPLSetThreadLocalConfigOption("OGR_GEOJSON_MAX_BYTES_FIRST_PASS", nullptr);
        CPLSetThreadLocalConfigOption("OGR_GEOJSON_MAX_FEATURES_FIRST_PASS", nullptr);
        if (sampled && sampled->GetLayerCount() == 1 && fields_hold_every_property(*sampled->GetLayer(0)->GetLayerDefn(), *check))
            return sampled;
    }
    return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), flags, nullptr, options));
}

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
    const std::string file = to_utf8(path.string());  // names the file in messages and panels
    const PathInfo info = path_info(path.string());
    if (!info.exists) {
        diag.error(file, "", "file not found");
        return std::nullopt;
    }
    if (info.size > options.max_bytes) {
        diag.error(file, "", "is " + megabytes(info.size) + ", more than the " + megabytes(options.max_bytes) +
                                 " allowed for one layer; not read (raise \"max_layer_mb\" in settings.json to open it)");
        return std::nullopt;
    }
    // A GeoJSON file is read from disk once: its bytes are checked here, then handed to GDAL
    // as an in-memory file (they must outlive the dataset, declared below them).
    std::string raw_bytes;
    struct MemoryFile {
        std::string name;
        ~MemoryFile() { if (!name.empty()) VSIUnlink(name.c_str()); }
    } memory_file;
    std::string open_path = path.string();
    std::optional<GeoJsonCheck> geojson;
    if (looks_like_geojson_path(file)) {
        if (info.folder) {
            diag.error(file, "", "is a folder, not a GeoJSON file");
            return std::nullopt;
        }
        std::string error;
        auto raw = ingest_text(path.string(), options.max_bytes, error);
        if (!raw) {
            diag.error(file, "", error);
            return std::nullopt;
        }
        raw_bytes = std::move(*raw);
        // GDAL reads the file's own bytes; names that are not UTF-8 are recoded feature by feature.
        geojson = is_valid_utf8(raw_bytes) ? check_geojson_text(raw_bytes) : check_geojson_text(to_utf8(raw_bytes));
        const GeoJsonCheck& check = *geojson;
        if (!check.valid_json) {
            diag.error(file, "", "not valid JSON: " + check.error);
            return std::nullopt;
        }
        if (!check.is_geojson()) {
            diag.error(file, check.where, check.not_geojson);
            return std::nullopt;
        }
        static std::atomic<unsigned> serial{0};
        const std::string name = "/vsimem/corridor_read_" + std::to_string(serial++) + ".geojson";
        if (VSILFILE* fp = VSIFileFromMemBuffer(name.c_str(), reinterpret_cast<GByte*>(raw_bytes.data()),
                                                vsi_l_offset(raw_bytes.size()), FALSE)) {
            VSIFCloseL(fp);
            memory_file.name = open_path = name;
        }
    }

    // GDAL's messages name the in-memory copy; the user knows the file.
    auto gdal_text = [&](std::string m) {
        if (!memory_file.name.empty())
            for (size_t at; (at = m.find(memory_file.name)) != std::string::npos;) m.replace(at, memory_file.name.size(), file);
        return to_utf8(m);
    };
    GdalErrorCollector gdal_errors;
    GDALDatasetUniquePtr dataset = open_vector(open_path, geojson ? &*geojson : nullptr, options.schema_sample_bytes);
    if (!dataset) {
        std::string why = gdal_errors.messages.empty() ? "no GDAL driver can read it" : gdal_text(gdal_errors.messages.back());
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
    bool recoded = false;  // some text was not UTF-8
    std::vector<std::string> fields;
    OGRFeatureDefn* defn = src->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        bool r = false;
        fields.push_back(to_utf8(defn->GetFieldDefn(i)->GetNameRef(), &r));
        recoded = recoded || r;
    }
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
    layer.id = options.id.empty() ? to_utf8(path.stem().string()) : options.id;
    layer.title = options.title.empty() ? to_utf8(path.filename().string()) : options.title;
    layer.path = file;
    layer.level = level;
    layer.attribution = options.attribution;
    layer.role = options.role;

    // An admin layer whose mapping names fields the file does not have cannot be named or
    // linked by P-code (a replaced file, or the wrong mapping): that is an error, said once.
    bool key_fields_missing = false;
    if (mapping && mapping->feature_name.empty() && options.role == "admin") {
        auto own = mapping->levels.find(level);
        if (own != mapping->levels.end()) {
            std::string missing;
            for (const std::string& key : {own->second.name, own->second.pcode})
                if (!key.empty() && std::find(fields.begin(), fields.end(), key) == fields.end())
                    missing += (missing.empty() ? "'" : ", '") + key + "'";
            if (!missing.empty()) {
                key_fields_missing = true;
                diag.error(file, "", "has no field " + missing + " that mapping '" + mapping->id + "' names for the " +
                                         to_string(level) + " name and P-code; its features cannot be named or linked");
            }
        }
    }

    std::vector<std::pair<std::string, std::string>> unnamed;  // where, expected field

    const int name_field_index = mapping ? -1 : display_name_field(*defn);
    if (!mapping) {
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (defn->GetFieldDefn(i)->GetType() == OFTString) layer.text_fields.push_back(fields[i]);
        if (name_field_index >= 0) layer.name_field = fields[name_field_index];
    }
    // Sized once where the driver knows the count without a pass (GeoJSON does): grown by
    // doubling, the features (some 400 bytes each) were held twice while they moved.
    GIntBig announced = src->GetFeatureCount(FALSE);  // unknown after a sampled first pass
    if (announced <= 0 && geojson) announced = GIntBig(geojson->feature_count);
    if (announced > 0 && announced < (GIntBig(1) << 24)) layer.features.reserve(size_t(announced));

    // GDAL hands features over on one thread only. Their geometries are then cut, checked,
    // repaired and projected on every core, a batch at a time, and what was said of each
    // feature is said in feature order; skipped features leave the batch.
    constexpr size_t kBatch = 1024;
    std::vector<OGRGeometryUniquePtr> geometries;  // of the batch: the last features read
    std::vector<GeometryOutcome> outcomes;
    auto settle_batch = [&] {
        const size_t first = layer.features.size() - geometries.size();
        outcomes.assign(geometries.size(), {});
        parallel_for_with(
            geometries.size(), [&] { return Transforms(*to_lonlat, *to_mercator); },
            [&](Transforms& transforms, size_t k) { outcomes[k] = settle_geometry(geometries[k], geographic, transforms); });
        size_t kept = first;
        for (size_t k = 0; k < geometries.size(); ++k) {
            Feature& f = layer.features[first + k];
            GeometryOutcome& outcome = outcomes[k];
            const std::string where = feature_place(f.index, f.id);
            for (const std::string& w : outcome.warnings) diag.warning(file, where, w);
            for (std::string& m : outcome.gdal_messages) gdal_errors.messages.push_back(std::move(m));
            if (outcome.skipped) continue;
            if (geometries[k]) {
                layer.lonlat_bounds.expand(outcome.lonlat_bounds);
                f.bounds = outcome.bounds;
                layer.bounds.expand(f.bounds);
                layer.kind = layer.kind == GeometryKind::None || layer.kind == outcome.kind ? outcome.kind : GeometryKind::Mixed;
                f.mercator = std::move(geometries[k]);  // the lon/lat copy goes: Feature::lonlat() remakes it
                if (layer.country.empty() && !f.admin.country.empty()) layer.country = f.admin.country;
            }
            if (kept != first + k) layer.features[kept] = std::move(f);
            ++kept;
        }
        layer.features.resize(kept);
        geometries.clear();
    };
    size_t index = 0;
    const auto field_names = std::make_shared<const std::vector<std::string>>(fields);  // one list for every feature
    for (auto& src_feature : *src) {
        Feature f;
        f.index = index++;
        if (!fields.empty()) f.field_names = field_names;
        for (int i = 0; i < defn->GetFieldCount(); ++i) f.field_values.push_back(field_text(*src_feature, i, recoded));
        f.field_values.shrink_to_fit();  // grown by doubling, a third of it stayed unused
        std::string name_field;
        if (mapping) name_field = apply_mapping(*mapping, level, *src_feature, f, recoded);
        else f.name = field_text(*src_feature, name_field_index, recoded);
        // A GeoJSON string "id" reaches us as the field "id" (a numeric one as the FID).
        if (f.id.empty()) f.id = field_text(*src_feature, src_feature->GetFieldIndex("id"), recoded);
        if (f.id.empty()) f.id = std::to_string(src_feature->GetFID());
        const std::string where = feature_place(f.index, f.id);
        if (!name_field.empty() && f.name.empty()) {
            unnamed.emplace_back(where, name_field);
            f.name = f.id;
        }

        geometries.emplace_back(src_feature->StealGeometry());
        layer.features.push_back(std::move(f));
        if (geometries.size() == kBatch) settle_batch();
    }
    settle_batch();
    if (!key_fields_missing && !unnamed.empty() && unnamed.size() == index && options.role == "admin")
        diag.error(file, "", "no feature has a name (field '" + unnamed.front().second + "' is empty or absent on all " +
                                 std::to_string(index) + ")");
    else if (!key_fields_missing)
        for (const auto& [where, field] : unnamed)
            diag.warning(file, where, "missing name (field '" + field + "' is empty or absent)");
    if (recoded) diag.warning(file, "", recoded_text_message());
    for (const std::string& m : gdal_errors.messages) diag.warning(file, "", "GDAL: " + gdal_text(m));
    if (layer.features.empty()) diag.warning(file, "", "no usable feature");
    else if (layer.kind == GeometryKind::None) diag.warning(file, "", "no feature has a geometry: nothing to draw");
    return layer;
}

}  // namespace corridor
