#include "viewer/map/mesh_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace corridor {
namespace {

// Plain structs copied byte for byte (no pointers, no padding the reader could misread).
static_assert(std::is_trivially_copyable_v<FillVertex> && sizeof(FillVertex) == 16);
static_assert(std::is_trivially_copyable_v<LineVertex> && sizeof(LineVertex) == 28);
static_assert(std::is_trivially_copyable_v<MeshChunk> && std::is_trivially_copyable_v<Range>);

template <class T>
void put_value(std::string& out, const T& v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_count(std::string& out, uint64_t n) { put_value(out, n); }

template <class T>
void put_array(std::string& out, const std::vector<T>& v) {
    put_count(out, v.size());
    if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

struct Reader {
    std::string_view bytes;
    size_t at = 0;
    std::string error;

    template <class T>
    bool value(T& v, const char* what) {
        if (bytes.size() - at < sizeof v) return fail(std::string("cut short before the ") + what);
        std::memcpy(&v, bytes.data() + at, sizeof v);
        at += sizeof v;
        return true;
    }
    bool count(uint64_t& n, const char* what) {  // the message is made only when it is needed
        if (bytes.size() - at < sizeof n) return fail(std::string("cut short before the count of ") + what);
        return value(n, what);
    }
    template <class T>
    bool array(std::vector<T>& v, const char* what) {
        uint64_t n = 0;
        if (!count(n, what)) return false;
        if (n > (bytes.size() - at) / sizeof(T)) return fail(std::string("more ") + what + " than bytes left");
        v.resize(n);
        if (n > 0) std::memcpy(v.data(), bytes.data() + at, n * sizeof(T));  // an empty vector's data() may be null
        at += n * sizeof(T);
        return true;
    }
    bool fail(std::string why) {
        error = std::move(why);
        return false;
    }
};

bool within(const Range& r, size_t size) { return r.first <= size && r.count <= size - r.first; }

// What the GPU would otherwise read out of bounds.
bool check_band(const BandMesh& m, std::string& error) {
    for (uint32_t i : m.fill_indices)
        if (i >= m.fill_vertices.size()) return error = "a fill index beyond its vertices", false;
    for (uint32_t i : m.line_indices)
        if (i >= m.line_vertices.size()) return error = "a line index beyond its vertices", false;
    const size_t chunked = m.fill_indices.empty() ? m.line_indices.size() : m.fill_indices.size();
    for (const MeshChunk& c : m.chunks)
        if (!within(c.range, chunked)) return error = "a chunk beyond its indices", false;
    for (const Range& r : m.feature_lines)
        if (!within(r, m.line_indices.size())) return error = "a feature's lines beyond the line indices", false;
    return true;
}

}  // namespace

std::uintmax_t mesh_bytes(const BandMesh& m) {
    return m.fill_vertices.size() * sizeof(FillVertex) + m.fill_indices.size() * sizeof(uint32_t) +
           m.line_vertices.size() * sizeof(LineVertex) + m.line_indices.size() * sizeof(uint32_t) +
           m.chunks.size() * sizeof(MeshChunk) + m.feature_lines.size() * sizeof(Range);
}

std::string encode_meshes(const ItemMeshes& meshes) {
    // The size first: the string is made once, not grown by doubling (up to half as much again
    // of tens of megabytes, at the cold start's memory peak).
    size_t size = sizeof(uint64_t);
    for (const CachedItem& item : meshes) {
        size += sizeof item.planned + sizeof item.part + sizeof(uint64_t);
        for (const BandMesh& m : item.bands)
            size += 6 * sizeof(uint64_t) + mesh_bytes(m);
    }
    std::string out;
    out.reserve(size);
    put_count(out, meshes.size());
    for (const CachedItem& item : meshes) {
        put_value(out, item.planned);
        put_value(out, item.part);
        put_count(out, item.bands.size());
        for (const BandMesh& m : item.bands) {
            put_array(out, m.fill_vertices);
            put_array(out, m.fill_indices);
            put_array(out, m.line_vertices);
            put_array(out, m.line_indices);
            put_array(out, m.chunks);
            put_array(out, m.feature_lines);
        }
    }
    return out;
}

std::optional<ItemMeshes> decode_meshes(std::string_view bytes, std::string* error) {
    Reader in;
    in.bytes = bytes;
    ItemMeshes meshes;
    auto failed = [&]() -> std::optional<ItemMeshes> {
        if (error) *error = in.error;
        return std::nullopt;
    };
    uint64_t items = 0;
    if (!in.count(items, "items")) return failed();
    for (uint64_t i = 0; i < items; ++i) {
        CachedItem& item = meshes.emplace_back();
        if (!in.value(item.planned, "planned item") || !in.value(item.part, "network part")) return failed();
        if (item.planned < 0 || item.part < CachedItem::kWhole) return in.fail("a negative item or part number"), failed();
        uint64_t bands = 0;
        if (!in.count(bands, "levels of detail")) return failed();
        if (bands > uint64_t(kLodBands)) return in.fail("more levels of detail than the map has"), failed();
        item.bands.resize(bands);
        for (BandMesh& m : item.bands)
            if (!in.array(m.fill_vertices, "fill vertices") || !in.array(m.fill_indices, "fill indices") ||
                !in.array(m.line_vertices, "line vertices") || !in.array(m.line_indices, "line indices") ||
                !in.array(m.chunks, "chunks") || !in.array(m.feature_lines, "feature lines") ||
                !check_band(m, in.error))
                return failed();
    }
    if (in.at != bytes.size()) return in.fail("bytes left after the last mesh"), failed();
    return meshes;
}

}  // namespace corridor
