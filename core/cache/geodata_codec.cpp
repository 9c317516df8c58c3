#include "core/cache/geodata_codec.h"

#include <cstdint>

#include <ogr_spatialref.h>

#include "core/base/reference_system.h"
#include "core/cache/byte_codec.h"

namespace corridor {
namespace {

// Geometries as tagged ISO WKB: none, or with the spatial reference the reader gave them
// (lon/lat or Web Mercator, as `transform` left them), or without one.
enum GeometryTag : uint8_t { kNoGeometry = 0, kGeometry = 1, kGeometryWithSrs = 2 };

void put_geometry(ByteWriter& w, const OGRGeometryUniquePtr& g) {
    if (!g) return w.put(uint8_t(kNoGeometry));
    w.put(uint8_t(g->getSpatialReference() ? kGeometryWithSrs : kGeometry));
    const size_t size = g->WkbSize();
    w.put(uint32_t(size));
    if (char* at = w.extend(size)) g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(at), wkbVariantIso);
}

OGRGeometryUniquePtr get_geometry(ByteReader& r, OGRSpatialReference* srs, const char* what) {
    const uint8_t tag = r.get<uint8_t>(what);
    if (tag == kNoGeometry) return nullptr;
    if (tag != kGeometry && tag != kGeometryWithSrs) r.fail(std::string("unknown geometry tag in ") + what);
    const std::string_view wkb = r.take(r.get<uint32_t>(what), what);
    OGRGeometry* g = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size(), wkbVariantIso) != OGRERR_NONE || !g) {
        delete g;
        r.fail(std::string("not a valid WKB geometry in ") + what);
    }
    OGRGeometryUniquePtr geometry(g);
    if (tag == kGeometryWithSrs) geometry->assignSpatialReference(srs);
    return geometry;
}

// Shared by every decoded geometry; held for the whole run (geometries only reference them).
OGRSpatialReference* reference_system(int epsg) {
    return new OGRSpatialReference(srs_from_epsg(epsg));
}

void write_mappings(ByteWriter& w, const AdminMappings& mappings) {
    w.count(mappings.mappings.size());
    for (const AdminMapping& m : mappings.mappings) {
        w.text(m.id);
        w.count(m.levels.size());
        for (const auto& [level, fields] : m.levels) w.put(uint8_t(level)), w.text(fields.name), w.text(fields.pcode);
        w.text(m.feature_name), w.text(m.feature_id);
        w.put(uint8_t(m.detectable));
    }
}

AdminMappings read_mappings(ByteReader& r) {
    AdminMappings mappings;
    mappings.mappings.resize(r.count("admin mappings"));
    for (AdminMapping& m : mappings.mappings) {
        m.id = r.text("a mapping's id");
        for (size_t n = r.count("mapping levels"); n > 0; --n) {
            const auto level = r.enumeration<AdminLevel>(int(AdminLevel::None), "admin level");
            LevelFields& fields = m.levels[level];
            fields.name = r.text("a level's name field");
            fields.pcode = r.text("a level's P-code field");
        }
        m.feature_name = r.text("a mapping's feature name field");
        m.feature_id = r.text("a mapping's feature id field");
        m.detectable = r.get<uint8_t>("a mapping's detectable flag") != 0;
    }
    return mappings;
}

// `names`: the field names written last in this layer; a feature with the same ones (every
// feature a file gives) does not write them again, and reads back sharing them.
void write_feature(ByteWriter& w, const Feature& f, const std::vector<std::string>*& names) {
    w.put(uint64_t(f.index));
    w.text(f.id), w.text(f.name);
    w.text(f.admin.commune), w.text(f.admin.cercle), w.text(f.admin.region), w.text(f.admin.country), w.text(f.admin.pcode);
    static const std::vector<std::string> none;
    const std::vector<std::string>& own = f.field_names ? *f.field_names : none;
    const bool same = names && (names == &own || *names == own);
    w.put(uint8_t(same ? 0 : 1));
    if (!same) w.texts(own), names = &own;
    w.count(f.field_values.size());
    for (size_t i = 0; i < f.field_values.size(); ++i) w.text(f.field_values[i]);
    put_geometry(w, f.mercator);
    w.box(f.bounds);
    w.put(uint8_t(f.label_anchor.has_value()));
    if (f.label_anchor) w.point(f.label_anchor->point), w.put(f.label_anchor->radius);
}

// Written as texts; read as they lie in the bytes, then copied once into a store of their size.
FieldValues read_field_values(ByteReader& r) {
    std::vector<std::string_view> views(r.count("field values"));
    size_t bytes = 0;
    for (std::string_view& v : views) v = r.take(r.get<uint32_t>("a field value"), "a field value"), bytes += v.size();
    FieldValues values;
    values.reserve(views.size(), bytes);
    for (std::string_view v : views) values.push_back(v);
    return values;
}

Feature read_feature(ByteReader& r, OGRSpatialReference* mercator, std::shared_ptr<const std::vector<std::string>>& names) {
    Feature f;
    f.index = size_t(r.get<uint64_t>("a feature's index"));
    f.id = r.text("a feature's id");
    f.name = r.text("a feature's name");
    f.admin.commune = r.text("a feature's commune");
    f.admin.cercle = r.text("a feature's cercle");
    f.admin.region = r.text("a feature's region");
    f.admin.country = r.text("a feature's country");
    f.admin.pcode = r.text("a feature's P-code");
    if (r.enumeration<bool>(1, "field names flag"))
        names = std::make_shared<const std::vector<std::string>>(r.texts("field names"));
    else if (!names)
        r.fail("a feature's field names said to be the previous feature's, with none before");
    f.field_values = read_field_values(r);
    if (f.field_values.size() != names->size()) r.fail("a feature's field values, not one for each field name");
    if (!f.field_values.empty()) f.field_names = names;
    f.mercator = get_geometry(r, mercator, "a Web Mercator geometry");
    f.bounds = r.box("a feature's bounds");
    if (r.enumeration<bool>(1, "label anchor flag")) {
        LabelAnchor& a = f.label_anchor.emplace();
        a.point = r.point("a label anchor");
        a.radius = r.get<double>("a label anchor's room");
    }
    return f;
}

void write_layer(ByteWriter& w, const Layer& l) {
    w.text(l.id), w.text(l.title), w.text(l.title_fr), w.text(l.path);
    w.put(uint8_t(l.level));
    w.text(l.country), w.text(l.attribution), w.text(l.attribution_fr), w.text(l.role);
    w.put(uint8_t(l.kind));
    w.box(l.bounds), w.box(l.lonlat_bounds);
    w.text(l.name_field);
    w.texts(l.text_fields);
    w.count(l.features.size());
    const std::vector<std::string>* names = nullptr;
    for (const Feature& f : l.features) write_feature(w, f, names);
}

Layer read_layer_record(ByteReader& r, OGRSpatialReference* mercator) {
    Layer l;
    l.id = r.text("a layer's id");
    l.title = r.text("a layer's title");
    l.title_fr = r.text("a layer's French title");
    l.path = r.text("a layer's path");
    l.level = r.enumeration<AdminLevel>(int(AdminLevel::None), "admin level");
    l.country = r.text("a layer's country");
    l.attribution = r.text("a layer's attribution");
    l.attribution_fr = r.text("a layer's French attribution");
    l.role = r.text("a layer's role");
    l.kind = r.enumeration<GeometryKind>(int(GeometryKind::None), "geometry kind");
    l.bounds = r.box("a layer's bounds");
    l.lonlat_bounds = r.box("a layer's lon/lat bounds");
    l.name_field = r.text("a layer's name field");
    l.text_fields = r.texts("text fields");
    const size_t n = r.count("features");
    l.features.reserve(n);
    std::shared_ptr<const std::vector<std::string>> names;
    for (size_t k = 0; k < n; ++k) l.features.push_back(read_feature(r, mercator, names));
    return l;
}

}  // namespace

std::string encode_geodata(const Geodata& data) {
    return encode_exactly([&data](ByteWriter& w) {
        w.put(uint32_t(kGeodataCodecVersion));
        w.text(data.data_dir.string());
        write_mappings(w, data.mappings);
        w.count(data.layers.size());
        for (const Layer& l : data.layers) write_layer(w, l);
        w.count(data.diagnostics.items().size());
        for (const Diagnostic& d : data.diagnostics.items()) {
            w.put(uint8_t(d.severity));
            w.text(d.file), w.text(d.where), w.text(d.message);
        }
    });
}

bool decode_geodata(std::string_view bytes, Geodata& data, std::string& error) {
    static OGRSpatialReference* const mercator = reference_system(3857);
    data = Geodata();
    ByteReader r(bytes);
    try {
        if (const auto version = r.get<uint32_t>("the format version"); version != uint32_t(kGeodataCodecVersion))
            r.fail("format version " + std::to_string(version) + ", expected " + std::to_string(kGeodataCodecVersion));
        data.data_dir = r.text("the data folder");
        data.mappings = read_mappings(r);
        const size_t layers = r.count("layers");
        for (size_t k = 0; k < layers; ++k) data.layers.push_back(read_layer_record(r, mercator));
        for (size_t n = r.count("diagnostics"); n > 0; --n) {
            Diagnostic d;
            d.severity = r.enumeration<Severity>(int(Severity::Error), "severity");
            d.file = r.text("a diagnostic's file");
            d.where = r.text("a diagnostic's place");
            d.message = r.text("a diagnostic's message");
            data.diagnostics.add(std::move(d));
        }
        r.expect_end("the data");
    } catch (const DecodeError& e) {
        error = e.what();
        return false;
    }
    return true;
}

}  // namespace corridor
