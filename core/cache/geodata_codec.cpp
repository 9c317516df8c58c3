#include "core/cache/geodata_codec.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>

#include <ogr_spatialref.h>

namespace corridor {
namespace {

// Geometries as tagged ISO WKB: none, or with the spatial reference the reader gave them
// (lon/lat or Web Mercator, as `transform` left them), or without one.
enum GeometryTag : uint8_t { kNoGeometry = 0, kGeometry = 1, kGeometryWithSrs = 2 };

class Writer {
public:
    std::string bytes;

    template <typename T> void put(T v) { bytes.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void text(const std::string& s) {
        put(uint32_t(s.size()));
        bytes.append(s);
    }
    void count(size_t n) { put(uint32_t(n)); }
    void box(const Box& b) { put(b.min_x), put(b.min_y), put(b.max_x), put(b.max_y); }
    void geometry(const OGRGeometryUniquePtr& g) {
        if (!g) {
            put(uint8_t(kNoGeometry));
            return;
        }
        put(uint8_t(g->getSpatialReference() ? kGeometryWithSrs : kGeometry));
        const size_t size = g->WkbSize();
        put(uint32_t(size));
        const size_t at = bytes.size();
        bytes.resize(at + size);
        g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(bytes.data() + at), wkbVariantIso);
    }
};

// Thrown inside the decoder only, caught by decode_geodata, which turns it into the error text.
struct DecodeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    size_t left() const { return bytes_.size() - at_; }
    size_t position() const { return at_; }

    template <typename T> T get(const char* what) {
        need(sizeof(T), what);
        T v;
        std::memcpy(&v, bytes_.data() + at_, sizeof v);
        at_ += sizeof v;
        return v;
    }
    std::string text(const char* what) {
        const uint32_t n = get<uint32_t>(what);
        need(n, what);
        std::string s(bytes_.substr(at_, n));
        at_ += n;
        return s;
    }
    // A count of elements that each take at least one byte: no more than the bytes left, so
    // that a damaged count cannot ask for gigabytes.
    size_t count(const char* what) {
        const uint32_t n = get<uint32_t>(what);
        if (n > left()) fail(std::to_string(n) + " " + what + " announced, more than the bytes left");
        return n;
    }
    template <typename Enum> Enum enumeration(int last, const char* what) {
        const uint8_t v = get<uint8_t>(what);
        if (v > last) fail(std::string("unknown ") + what + " " + std::to_string(v));
        return Enum(v);
    }
    Box box(const char* what) {
        Box b;
        b.min_x = get<double>(what), b.min_y = get<double>(what), b.max_x = get<double>(what), b.max_y = get<double>(what);
        return b;
    }
    OGRGeometryUniquePtr geometry(OGRSpatialReference* srs, const char* what) {
        const uint8_t tag = get<uint8_t>(what);
        if (tag == kNoGeometry) return nullptr;
        if (tag != kGeometry && tag != kGeometryWithSrs) fail(std::string("unknown geometry tag in ") + what);
        const uint32_t n = get<uint32_t>(what);
        need(n, what);
        OGRGeometry* g = nullptr;
        if (OGRGeometryFactory::createFromWkb(bytes_.data() + at_, nullptr, &g, n, wkbVariantIso) != OGRERR_NONE || !g) {
            delete g;
            fail(std::string("not a valid WKB geometry in ") + what);
        }
        OGRGeometryUniquePtr geometry(g);
        if (tag == kGeometryWithSrs) geometry->assignSpatialReference(srs);
        at_ += n;
        return geometry;
    }
    [[noreturn]] void fail(const std::string& message) const {
        throw DecodeError(message + " (at byte " + std::to_string(at_) + " of " + std::to_string(bytes_.size()) + ")");
    }

private:
    void need(size_t n, const char* what) const {
        if (n > left()) fail(std::string("truncated while reading ") + what);
    }

    std::string_view bytes_;
    size_t at_ = 0;
};

// Shared by every decoded geometry; held for the whole run (geometries only reference them).
OGRSpatialReference* reference_system(int epsg) {
    auto* srs = new OGRSpatialReference();
    srs->importFromEPSG(epsg);
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void write_mappings(Writer& w, const AdminMappings& mappings) {
    w.count(mappings.mappings.size());
    for (const AdminMapping& m : mappings.mappings) {
        w.text(m.id);
        w.count(m.levels.size());
        for (const auto& [level, fields] : m.levels) w.put(uint8_t(level)), w.text(fields.name), w.text(fields.pcode);
        w.text(m.feature_name), w.text(m.feature_id);
        w.put(uint8_t(m.detectable));
    }
}

AdminMappings read_mappings(Reader& r) {
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

void write_feature(Writer& w, const Feature& f) {
    w.put(uint64_t(f.index));
    w.text(f.id), w.text(f.name);
    w.text(f.admin.commune), w.text(f.admin.cercle), w.text(f.admin.region), w.text(f.admin.country), w.text(f.admin.pcode);
    w.count(f.attributes.size());
    for (const auto& [field, value] : f.attributes) w.text(field), w.text(value);
    w.geometry(f.lonlat), w.geometry(f.mercator);
    w.box(f.bounds);
    w.put(uint8_t(f.label_anchor.has_value()));
    if (f.label_anchor) w.put(f.label_anchor->point.x), w.put(f.label_anchor->point.y), w.put(f.label_anchor->radius);
}

Feature read_feature(Reader& r, OGRSpatialReference* lonlat, OGRSpatialReference* mercator) {
    Feature f;
    f.index = size_t(r.get<uint64_t>("a feature's index"));
    f.id = r.text("a feature's id");
    f.name = r.text("a feature's name");
    f.admin.commune = r.text("a feature's commune");
    f.admin.cercle = r.text("a feature's cercle");
    f.admin.region = r.text("a feature's region");
    f.admin.country = r.text("a feature's country");
    f.admin.pcode = r.text("a feature's P-code");
    f.attributes.resize(r.count("attributes"));
    for (auto& [field, value] : f.attributes) field = r.text("an attribute's name"), value = r.text("an attribute's value");
    f.lonlat = r.geometry(lonlat, "a lon/lat geometry");
    f.mercator = r.geometry(mercator, "a Web Mercator geometry");
    f.bounds = r.box("a feature's bounds");
    if (r.enumeration<bool>(1, "label anchor flag")) {
        LabelAnchor& a = f.label_anchor.emplace();
        a.point.x = r.get<double>("a label anchor"), a.point.y = r.get<double>("a label anchor");
        a.radius = r.get<double>("a label anchor's room");
    }
    return f;
}

void write_layer(Writer& w, const Layer& l) {
    w.text(l.id), w.text(l.title), w.text(l.title_fr), w.text(l.path);
    w.put(uint8_t(l.level));
    w.text(l.country), w.text(l.attribution), w.text(l.attribution_fr), w.text(l.role);
    w.put(uint8_t(l.kind));
    w.box(l.bounds), w.box(l.lonlat_bounds);
    w.text(l.name_field);
    w.count(l.text_fields.size());
    for (const std::string& field : l.text_fields) w.text(field);
    w.count(l.features.size());
    for (const Feature& f : l.features) write_feature(w, f);
}

Layer read_layer_record(Reader& r, OGRSpatialReference* lonlat, OGRSpatialReference* mercator) {
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
    l.text_fields.resize(r.count("text fields"));
    for (std::string& field : l.text_fields) field = r.text("a text field");
    const size_t n = r.count("features");
    l.features.reserve(n);
    for (size_t k = 0; k < n; ++k) l.features.push_back(read_feature(r, lonlat, mercator));
    return l;
}

}  // namespace

std::string encode_geodata(const Geodata& data) {
    Writer w;
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
    return std::move(w.bytes);
}

bool decode_geodata(std::string_view bytes, Geodata& data, std::string& error) {
    static OGRSpatialReference* const lonlat = reference_system(4326);
    static OGRSpatialReference* const mercator = reference_system(3857);
    data = Geodata();
    Reader r(bytes);
    try {
        if (const auto version = r.get<uint32_t>("the format version"); version != uint32_t(kGeodataCodecVersion))
            r.fail("format version " + std::to_string(version) + ", expected " + std::to_string(kGeodataCodecVersion));
        data.data_dir = r.text("the data folder");
        data.mappings = read_mappings(r);
        const size_t layers = r.count("layers");
        for (size_t k = 0; k < layers; ++k) data.layers.push_back(read_layer_record(r, lonlat, mercator));
        for (size_t n = r.count("diagnostics"); n > 0; --n) {
            Diagnostic d;
            d.severity = r.enumeration<Severity>(int(Severity::Error), "severity");
            d.file = r.text("a diagnostic's file");
            d.where = r.text("a diagnostic's place");
            d.message = r.text("a diagnostic's message");
            data.diagnostics.add(std::move(d));
        }
        if (r.left() != 0) r.fail(std::to_string(r.left()) + " bytes left over after the data");
    } catch (const DecodeError& e) {
        error = e.what();
        return false;
    }
    return true;
}

}  // namespace corridor
