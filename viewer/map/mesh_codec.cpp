#include "viewer/map/mesh_codec.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "core/cache/byte_codec.h"

namespace corridor {
namespace {

// Plain structs copied byte for byte (no pointers, no padding the reader could misread).
static_assert(std::is_trivially_copyable_v<FillVertex> && sizeof(FillVertex) == 16);
static_assert(std::is_trivially_copyable_v<LineVertex> && sizeof(LineVertex) == 16);
static_assert(std::is_trivially_copyable_v<MeshChunk> && std::is_trivially_copyable_v<Range>);

// Appends to `out`: its numbers go to out.numbers, reserved beforehand so that the pieces
// pointing there stay put.
struct PieceWriter {
    MeshPieces& out;

    template <class T>
    void value(const T& v) {
        const size_t at = out.numbers.size();
        out.numbers.append(reinterpret_cast<const char*>(&v), sizeof v);
        const char* start = out.numbers.data() + at;
        std::string_view* last = out.pieces.empty() ? nullptr : &out.pieces.back();
        if (last && last->data() + last->size() == start) *last = {last->data(), last->size() + sizeof v};  // numbers in a row: one piece
        else out.pieces.emplace_back(start, sizeof v);
    }
    template <class T>
    void array(const std::vector<T>& v) {
        value(uint64_t(v.size()));
        if (!v.empty()) out.pieces.emplace_back(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
};

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
    bool array(ArrayView<T>& v, const char* what) {
        uint64_t n = 0;
        if (!count(n, what)) return false;
        if (n > (bytes.size() - at) / sizeof(T)) return fail(std::string("more ") + what + " than bytes left");
        v = {bytes.data() + at, size_t(n)};
        at += n * sizeof(T);
        return true;
    }
    bool fail(std::string why) {
        error = std::move(why);
        return false;
    }
};

bool within(const Range& r, size_t size) { return r.first <= size && r.count <= size - r.first; }

bool indices_within(const ArrayView<uint32_t>& indices, size_t vertices) {
    for (size_t k = 0; k < indices.count; ++k)
        if (indices[k] >= vertices) return false;
    return true;
}

// What the GPU would otherwise read out of bounds.
bool check_band(const BandMeshView& m, std::string& error) {
    if (!indices_within(m.fill_indices, m.fill_vertices.count)) return error = "a fill index beyond its vertices", false;
    if (!indices_within(m.line_indices, m.line_vertices.count)) return error = "a line index beyond its vertices", false;
    const size_t chunked = m.fill_indices.count == 0 ? m.line_indices.count : m.fill_indices.count;
    for (size_t k = 0; k < m.chunks.count; ++k)
        if (!within(m.chunks[k].range, chunked)) return error = "a chunk beyond its indices", false;
    for (size_t k = 0; k < m.feature_lines.count; ++k)
        if (!within(m.feature_lines[k], m.line_indices.count)) return error = "a feature's lines beyond the line indices", false;
    return true;
}

}  // namespace

BandMeshView view_of(const BandMesh& m) {
    return {view_of(m.fill_vertices), view_of(m.fill_indices), view_of(m.line_vertices),
            view_of(m.line_indices),  view_of(m.chunks),       view_of(m.feature_lines)};
}

ItemMeshes to_meshes(const ItemMeshViews& views) {
    ItemMeshes meshes;
    for (const CachedItemView& v : views) {
        CachedItem& item = meshes.emplace_back(CachedItem{v.planned, v.part, {}});
        for (const BandMeshView& b : v.bands)
            item.bands.push_back({b.fill_vertices.to_vector(), b.fill_indices.to_vector(), b.line_vertices.to_vector(),
                                  b.line_indices.to_vector(), b.chunks.to_vector(), b.feature_lines.to_vector()});
    }
    return meshes;
}

std::uintmax_t mesh_bytes(const BandMesh& m) {
    return m.fill_vertices.size() * sizeof(FillVertex) + m.fill_indices.size() * sizeof(uint32_t) +
           m.line_vertices.size() * sizeof(LineVertex) + m.line_indices.size() * sizeof(uint32_t) +
           m.chunks.size() * sizeof(MeshChunk) + m.feature_lines.size() * sizeof(Range);
}

namespace {

constexpr size_t kItemBytes = 2 * sizeof(int32_t) + sizeof(uint64_t);  // an item's planned item, part, band count
constexpr size_t kBandNumbers = 2 * sizeof(uint32_t) + 6 * sizeof(uint64_t);  // a record's item, band and counts

// Appends one level of detail's record to `out`, whose numbers were reserved for it.
void put_band(PieceWriter& put, uint32_t item, uint32_t band, const BandMesh& m) {
    put.value(item);
    put.value(band);
    put.array(m.fill_vertices);
    put.array(m.fill_indices);
    put.array(m.line_vertices);
    put.array(m.line_indices);
    put.array(m.chunks);
    put.array(m.feature_lines);
}

}  // namespace

std::string mesh_entry_table(const ItemMeshes& items) {
    ByteWriter table;
    table.put(uint64_t(items.size()));
    for (const CachedItem& item : items) table.put(item.planned), table.put(item.part), table.put(uint64_t(item.bands.size()));
    table.put(uint64_t(table.bytes.size()));  // read first: where the table begins
    return std::move(table.bytes);
}

MeshPieces mesh_band_pieces(uint32_t item, uint32_t band, const BandMesh& mesh) {
    MeshPieces out;
    out.numbers.reserve(kBandNumbers);
    PieceWriter put{out};
    put_band(put, item, band, mesh);
    return out;
}

MeshPieces mesh_pieces(const ItemMeshes& meshes) {
    MeshPieces out;
    const std::string table = mesh_entry_table(meshes);
    size_t bands = 0;
    for (const CachedItem& item : meshes) bands += item.bands.size();
    out.numbers.reserve(bands * kBandNumbers + table.size());
    PieceWriter put{out};
    for (size_t i = 0; i < meshes.size(); ++i)
        for (size_t b = 0; b < meshes[i].bands.size(); ++b) put_band(put, uint32_t(i), uint32_t(b), meshes[i].bands[b]);
    const size_t at = out.numbers.size();
    out.numbers.append(table);
    out.pieces.emplace_back(out.numbers.data() + at, table.size());
    return out;
}

std::string encode_meshes(const ItemMeshes& meshes) {
    const MeshPieces bytes = mesh_pieces(meshes);
    size_t size = 0;
    for (std::string_view piece : bytes.pieces) size += piece.size();
    std::string out;
    out.reserve(size);
    for (std::string_view piece : bytes.pieces) out += piece;
    return out;
}

std::optional<ItemMeshViews> decode_mesh_views(std::string_view bytes, std::string* error) {
    ItemMeshViews meshes;
    Reader in;
    auto failed = [&]() -> std::optional<ItemMeshViews> {
        if (error) *error = in.error;
        return std::nullopt;
    };
    // The table of items at the end, and its size after it.
    uint64_t table_bytes = 0;
    in.bytes = bytes.substr(bytes.size() - std::min(bytes.size(), sizeof table_bytes));
    if (!in.value(table_bytes, "size of the table of items")) return failed();
    if (table_bytes > bytes.size() - sizeof table_bytes) return in.fail("a table of items larger than the entry"), failed();
    const size_t records_end = bytes.size() - sizeof table_bytes - size_t(table_bytes);
    in.bytes = bytes.substr(records_end, size_t(table_bytes));
    in.at = 0;
    uint64_t items = 0, records = 0;
    if (!in.count(items, "items")) return failed();
    if (items > (in.bytes.size() - in.at) / kItemBytes) return in.fail("more items than bytes left"), failed();
    std::vector<std::vector<bool>> have(items);
    for (uint64_t i = 0; i < items; ++i) {
        CachedItemView& item = meshes.emplace_back();
        if (!in.value(item.planned, "planned item") || !in.value(item.part, "network part")) return failed();
        if (item.planned < 0 || item.part < CachedItem::kWhole) return in.fail("a negative item or part number"), failed();
        uint64_t bands = 0;
        if (!in.count(bands, "levels of detail")) return failed();
        if (bands > uint64_t(kLodBands)) return in.fail("more levels of detail than the map has"), failed();
        item.bands.resize(bands);
        have[i].resize(bands, false);
        records += bands;
    }
    if (in.at != in.bytes.size()) return in.fail("bytes left in the table of items"), failed();
    // The levels of detail before it, each once, in the order they were built.
    in.bytes = bytes.substr(0, records_end);
    in.at = 0;
    for (uint64_t r = 0; r < records; ++r) {
        uint32_t item = 0, band = 0;
        if (!in.value(item, "level's item") || !in.value(band, "level's band")) return failed();
        if (item >= items || band >= have[item].size()) return in.fail("a level of detail of no planned item"), failed();
        if (have[item][band]) return in.fail("a level of detail given twice"), failed();
        have[item][band] = true;
        BandMeshView& m = meshes[item].bands[band];
        if (!in.array(m.fill_vertices, "fill vertices") || !in.array(m.fill_indices, "fill indices") ||
            !in.array(m.line_vertices, "line vertices") || !in.array(m.line_indices, "line indices") ||
            !in.array(m.chunks, "chunks") || !in.array(m.feature_lines, "feature lines") || !check_band(m, in.error))
            return failed();
    }
    if (in.at != in.bytes.size()) return in.fail("bytes left after the last mesh"), failed();
    return meshes;
}

std::optional<ItemMeshes> decode_meshes(std::string_view bytes, std::string* error) {
    std::optional<ItemMeshViews> views = decode_mesh_views(bytes, error);
    if (!views) return std::nullopt;
    return to_meshes(*views);
}

}  // namespace corridor
