// The map meshes' cache (viewer/map/mesh_cache, mesh_codec): bytes that round-trip, a key that
// changes with anything the meshes are built from, and an entry written once every level of
// detail is in. The viewer runs that use it are in start_cache_test.cpp.
#include "viewer/map/mesh_cache.h"

#include <cstring>
#include <filesystem>

#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include "core/normalise/feature.h"
#include "fixtures.h"
#include "viewer/map/mesh_codec.h"

namespace corridor {
namespace {

namespace fs = std::filesystem;

BandMesh triangle_mesh(float size) {
    BandMesh m;
    m.fill_vertices = {{0, 0, 0, {1, 2, 3, 255}}, {size, 0, 0, {1, 2, 3, 255}}, {0, size, 0, {1, 2, 3, 255}}};
    m.fill_indices = {0, 1, 2};
    m.line_vertices = {LineVertex::make(0, 0, 1, 0, -1, 0), LineVertex::make(size, 0, 1, 0, 1, 1)};
    m.line_indices = {0, 1, 1};
    m.chunks = {{{0, 0, size, size}, {0, 3}}};
    m.feature_lines = {{0, 3}};
    return m;
}

ItemMeshes two_items() {
    return {{0, CachedItem::kWhole, {triangle_mesh(1), triangle_mesh(2)}}, {1, CachedItem::kWhole, {triangle_mesh(3)}}};
}

TEST(MeshCodec, MeshesComeBackAsTheyWere) {
    const std::string bytes = encode_meshes(two_items());
    std::string error;
    const std::optional<ItemMeshes> back = decode_meshes(bytes, &error);
    ASSERT_TRUE(back) << error;
    ASSERT_EQ(back->size(), 2u);
    ASSERT_EQ((*back)[0].bands.size(), 2u);
    EXPECT_EQ((*back)[0].bands[1].fill_vertices[1].x, 2.0f);
    EXPECT_EQ((*back)[1].planned, 1);
    EXPECT_EQ((*back)[1].part, CachedItem::kWhole);
    EXPECT_EQ((*back)[1].bands[0].chunks[0].bounds.max_x, 3.0);
    EXPECT_EQ((*back)[1].bands[0].fill_vertices[2].color, (Rgba{1, 2, 3, 255}));
    EXPECT_EQ(encode_meshes(*back), bytes);
}

// A warm start uploads from the entry's bytes: the views point into them, wherever they lie.
TEST(MeshCodec, ViewsReadTheMeshesInTheirBytesEvenUnaligned) {
    const std::string bytes = "x" + encode_meshes(two_items());
    const std::string_view entry = std::string_view(bytes).substr(1);  // one byte off any alignment
    std::string error;
    const std::optional<ItemMeshViews> views = decode_mesh_views(entry, &error);
    ASSERT_TRUE(views) << error;
    const BandMeshView& m = (*views)[1].bands[0];
    ASSERT_EQ(m.fill_vertices.count, 3u);
    EXPECT_EQ(m.fill_vertices[1].x, 3.0f);
    EXPECT_EQ(m.fill_vertices[2].color, (Rgba{1, 2, 3, 255}));
    EXPECT_EQ(m.line_indices[2], 1u);
    EXPECT_EQ(m.chunks[0].bounds.max_y, 3.0);
    EXPECT_GE(m.fill_vertices.bytes, entry.data());  // borrowed, not copied
    EXPECT_LE(m.fill_vertices.bytes + m.fill_vertices.byte_size(), entry.data() + entry.size());
    EXPECT_EQ(encode_meshes(to_meshes(*views)), entry);
}

TEST(MeshCodec, EveryShortenedEntryIsRefusedWithAReason) {
    const std::string bytes = encode_meshes(two_items());
    for (size_t n = 0; n < bytes.size(); ++n) {
        std::string error;
        EXPECT_FALSE(decode_meshes(std::string_view(bytes).substr(0, n), &error)) << n;
        EXPECT_FALSE(error.empty()) << n;
    }
    std::string error;
    EXPECT_FALSE(decode_meshes(bytes + "x", &error));
    EXPECT_FALSE(error.empty());
    std::string between = bytes;  // a byte between the last mesh and the table of items
    between.insert(bytes.size() - mesh_entry_table(two_items()).size(), "x");
    EXPECT_FALSE(decode_meshes(between, &error));
    EXPECT_EQ(error, "bytes left after the last mesh");
}

TEST(MeshCodec, AnIndexOrRangeBeyondItsMeshIsRefused) {
    ItemMeshes bad_index = two_items();
    bad_index[1].bands[0].fill_indices[2] = 3;  // three vertices: 0..2
    std::string error;
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_index), &error));
    EXPECT_EQ(error, "a fill index beyond its vertices");

    ItemMeshes bad_chunk = two_items();
    bad_chunk[0].bands[0].chunks[0].range = {1, 3};  // indices 1..3 of three
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_chunk), &error));
    EXPECT_EQ(error, "a chunk beyond its indices");

    ItemMeshes bad_lines = two_items();
    bad_lines[0].bands[1].feature_lines[0] = {2, 4294967295u};  // would wrap round in first + count
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_lines), &error));
    EXPECT_EQ(error, "a feature's lines beyond the line indices");

    ItemMeshes bad_part = two_items();
    bad_part[1].part = -2;
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_part), &error));
    EXPECT_EQ(error, "a negative item or part number");
}

// The entry is written as the levels are built: its records may come in any order, each once,
// and the table of items ends it.
TEST(MeshCodec, LevelsComeInAnyOrderEachOnce) {
    const ItemMeshes meshes = two_items();
    auto entry = [&](std::vector<std::pair<uint32_t, uint32_t>> order) {
        std::string bytes;
        for (auto [item, band] : order)
            for (std::string_view piece : mesh_band_pieces(item, band, meshes[item].bands[band]).pieces) bytes += piece;
        return bytes + mesh_entry_table(meshes);
    };
    std::string error;
    const std::optional<ItemMeshes> back = decode_meshes(entry({{1, 0}, {0, 1}, {0, 0}}), &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(encode_meshes(*back), encode_meshes(meshes));  // in item and band order again
    EXPECT_FALSE(decode_meshes(entry({{1, 0}, {0, 1}, {0, 1}}), &error));
    EXPECT_EQ(error, "a level of detail given twice");
    EXPECT_FALSE(decode_meshes(entry({{1, 0}, {0, 1}}), &error));
    EXPECT_FALSE(error.empty());
    std::string beyond = entry({{1, 0}, {0, 1}, {0, 0}});
    const uint32_t no_item = 7;
    std::memcpy(beyond.data(), &no_item, sizeof no_item);  // the first record's item
    EXPECT_FALSE(decode_meshes(beyond, &error));
    EXPECT_EQ(error, "a level of detail of no planned item");
}

// A layer of two squares, the second one `shift` metres to the east.
Layer two_squares(double shift = 0) {
    Layer layer;
    layer.id = "squares";
    for (int k = 0; k < 2; ++k) {
        Feature& f = layer.features.emplace_back();
        f.index = k;
        OGRLinearRing ring;
        const double x = k * 1000 + (k == 1 ? shift : 0);
        for (auto [dx, dy] : {std::pair{0, 0}, {500, 0}, {500, 500}, {0, 500}, {0, 0}}) ring.addPoint(x + dx, dy);
        auto* polygon = new OGRPolygon;
        polygon->addRing(&ring);
        f.mercator.reset(polygon);
    }
    return layer;
}

std::string key_of(const Layer& layer, Rgba second_colour = {9, 9, 9, 255}, bool only_first = false, MapPoint origin = {0, 0}) {
    MeshRequest request;
    request.layer = &layer;
    request.kind = MeshKind::Fill;
    request.fill_color = [second_colour](const Feature& f) { return f.index == 1 ? second_colour : Rgba{1, 1, 1, 255}; };
    if (only_first) request.include = [](const Feature& f) { return f.index == 0; };
    MeshCacheKey key("test program", origin);
    key.add_item(request);
    return key.text();
}

TEST(MeshCacheKey, ChangesWithTheGeometryTheColoursTheFeaturesTakenAndTheOrigin) {
    const Layer layer = two_squares(), moved = two_squares(0.001);
    const std::string key = key_of(layer);
    EXPECT_EQ(key_of(two_squares()), key);  // the same inputs: the same key
    EXPECT_NE(key_of(moved), key);
    EXPECT_NE(key_of(layer, {9, 9, 8, 255}), key);
    EXPECT_NE(key_of(layer, {9, 9, 9, 255}, true), key);
    EXPECT_NE(key_of(layer, {9, 9, 9, 255}, false, {1, 0}), key);
    EXPECT_NE(key.find("program test program\n"), std::string::npos) << key;
}

// The key of `items` fill items over the whole of `layer`.
MeshCacheKey key_of_items(const Layer& layer, int items) {
    MeshRequest request;
    request.layer = &layer;
    MeshCacheKey key("test program", {0, 0});
    for (int i = 0; i < items; ++i) key.add_item(request);
    return key;
}

TEST(MeshCacheWriter, WritesOnceEveryLevelIsInAndTheEntryReadsBack) {
    const fs::path dir = test::scratch_dir("mesh_cache/written");
    const CacheStore store(dir);
    const Layer layer = two_squares();
    const MeshCacheKey key = key_of_items(layer, 2);

    const ItemMeshes meshes = two_items();
    ItemMeshes shapes = meshes;
    for (CachedItem& item : shapes) item.bands.assign(item.bands.size(), BandMesh{});
    MeshCacheWriter writer(store, key.text(), 1 << 20);
    // Levels come before the writer knows every item, as at a first start.
    writer.put(0, 1, meshes[0].bands[1]);
    writer.put(1, 0, meshes[1].bands[0]);
    writer.finish();
    EXPECT_TRUE(writer.collecting());
    // What was put is in the entry's temporary file already, not held until the end.
    const std::vector<fs::path> files = {fs::directory_iterator(dir), fs::directory_iterator()};
    ASSERT_EQ(files.size(), 1u);
    EXPECT_GT(fs::file_size(files[0]), mesh_bytes(meshes[0].bands[1]) + mesh_bytes(meshes[1].bands[0]));
    writer.set_items(shapes);
    writer.finish();
    EXPECT_FALSE(fs::exists(store.entry_path(key.text())));  // one level still missing
    EXPECT_TRUE(writer.collecting());
    writer.put(0, 0, meshes[0].bands[0]);
    writer.finish();
    EXPECT_FALSE(writer.collecting());
    ASSERT_TRUE(fs::exists(store.entry_path(key.text())));
    EXPECT_FALSE(fs::exists(files[0]));  // renamed into place

    Diagnostics diag;
    const std::optional<CachedMeshes> back = read_cached_meshes(store, key, diag);
    ASSERT_TRUE(back);
    EXPECT_TRUE(diag.empty());
    EXPECT_EQ(encode_meshes(to_meshes(back->items)), encode_meshes(meshes));
}

TEST(MeshCacheWriter, MeshesBeyondItsBoundAreNotKept) {
    const fs::path dir = test::scratch_dir("mesh_cache/too_large");
    const CacheStore store(dir);
    MeshCacheWriter writer(store, "a key", 10);  // ten bytes: less than one triangle
    writer.set_items({{0, CachedItem::kWhole, {BandMesh{}}}});
    writer.put(0, 0, triangle_mesh(1));
    writer.finish();
    EXPECT_FALSE(writer.collecting());
    EXPECT_FALSE(fs::exists(store.entry_path("a key")));
    EXPECT_TRUE(fs::is_empty(dir));  // nor its temporary file
}

// A level put before the items were known, but of no item they name, is a fault of the caller:
// no entry is kept, rather than one that would not read back.
TEST(MeshCacheWriter, ALevelOfNoPlannedItemDropsTheEntry) {
    const fs::path dir = test::scratch_dir("mesh_cache/no_item");
    const CacheStore store(dir);
    MeshCacheWriter writer(store, "a key", 1 << 20);
    writer.put(0, 0, triangle_mesh(1));
    writer.put(0, 1, triangle_mesh(2));  // a second level of item 0, which has one
    writer.set_items({{0, CachedItem::kWhole, {BandMesh{}}}});
    writer.finish();
    EXPECT_FALSE(writer.collecting());
    EXPECT_FALSE(fs::exists(store.entry_path("a key")));
    EXPECT_TRUE(fs::is_empty(dir));
}

TEST(MeshCacheRead, AnEntryOfAnotherShapeIsRebuiltWithAWarning) {
    const fs::path dir = test::scratch_dir("mesh_cache/shape");
    const CacheStore store(dir);
    const Layer layer = two_squares();
    const MeshCacheKey key = key_of_items(layer, 1);  // one item, but the entry holds two
    Diagnostics written;
    ASSERT_TRUE(store.write(key.text(), encode_meshes(two_items()), written));
    Diagnostics diag;
    EXPECT_FALSE(read_cached_meshes(store, key, diag));
    ASSERT_EQ(diag.items().size(), 1u);
    EXPECT_NE(diag.items()[0].message.find("item 1 beyond the planned items"), std::string::npos) << diag.items()[0].message;
    EXPECT_FALSE(fs::exists(store.entry_path(key.text())));
}

// An entry whose items do not match its key's planned items is refused, saying how.
std::string refusal(const MeshCacheKey& key, const ItemMeshes& items) {
    const fs::path dir = test::scratch_dir("mesh_cache/refusal");
    const CacheStore store(dir);
    Diagnostics written, diag;
    EXPECT_TRUE(store.write(key.text(), encode_meshes(items), written));
    if (read_cached_meshes(store, key, diag)) return "read";
    return diag.items().size() == 1 ? diag.items()[0].message : "no single warning";
}

TEST(MeshCacheRead, NetworkPartsMustBeThePlannedItemsOwnInOrder) {
    const Layer layer = two_squares(), regions = two_squares(7);
    MeshRequest fill, network;
    fill.layer = network.layer = &layer;
    network.kind = MeshKind::Lines, network.network = true;
    MeshCacheKey key("test program", {0, 0});
    key.add_item(fill);
    key.add_item(network, {&regions, &regions});  // split by two layers: parts 0..3
    ASSERT_EQ(key.items(), 2u);
    EXPECT_EQ(key.parts(0), 0);
    EXPECT_EQ(key.parts(1), 4);
    auto item = [](int planned, int part) { return CachedItem{planned, part, {triangle_mesh(1)}}; };
    const int whole = CachedItem::kWhole;

    EXPECT_EQ(refusal(key, {item(0, whole), item(1, 0), item(1, 3)}), "read");
    EXPECT_EQ(refusal(key, {item(0, whole), item(1, whole)}), "read");  // the split failed when written
    auto says = [](const std::string& message, const std::string& what) {
        return message.find(what) != std::string::npos;
    };
    EXPECT_PRED2(says, refusal(key, {item(0, whole), item(1, 4)}), "item 1 names a network part its plan does not have");
    EXPECT_PRED2(says, refusal(key, {item(0, 0), item(1, 1)}), "item 0 names a network part its plan does not have");
    EXPECT_PRED2(says, refusal(key, {item(0, whole), item(1, 2), item(1, 1)}), "item 2 out of order");
    EXPECT_PRED2(says, refusal(key, {item(0, whole), item(0, whole), item(1, 1)}), "item 1 out of order");
    EXPECT_PRED2(says, refusal(key, {item(1, 1), item(0, whole)}), "item 0 out of order");
    EXPECT_PRED2(says, refusal(key, {item(0, whole)}), "holds meshes for 1 planned items, not 2");
}

TEST(MeshCacheKey, ASplitNetworkChangesWithItsCoarserLayers) {
    const Layer communes = two_squares(), regions = two_squares(), moved = two_squares(0.001);
    MeshRequest network;
    network.layer = &communes;
    network.kind = MeshKind::Lines, network.network = true;
    auto key = [&](std::vector<const Layer*> coarser) {
        MeshCacheKey k("test program", {0, 0});
        k.add_item(network, coarser);
        return k.text();
    };
    EXPECT_EQ(key({&regions}), key({&regions}));
    EXPECT_NE(key({&moved}), key({&regions}));  // a coarser layer's geometry changed
    EXPECT_NE(key({}), key({&regions}));        // not split any more
    EXPECT_NE(key({&regions, &regions}), key({&regions}));
}

}  // namespace
}  // namespace corridor
