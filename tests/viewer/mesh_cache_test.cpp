// The map meshes' cache (viewer/map/mesh_cache, mesh_codec): bytes that round-trip, a key that
// changes with anything the meshes are built from, and an entry written once every level of
// detail is in. The viewer runs that use it are in start_cache_test.cpp.
#include "viewer/map/mesh_cache.h"

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
    m.line_vertices = {{0, 0, 1, 0, -1, 0, 0}, {size, 0, 1, 0, 1, 1, 0}};
    m.line_indices = {0, 1, 1};
    m.chunks = {{{0, 0, size, size}, {0, 3}}};
    m.feature_lines = {{0, 3}};
    return m;
}

ItemMeshes two_items() { return {{triangle_mesh(1), triangle_mesh(2)}, {triangle_mesh(3)}}; }

TEST(MeshCodec, MeshesComeBackAsTheyWere) {
    const std::string bytes = encode_meshes(two_items());
    std::string error;
    const std::optional<ItemMeshes> back = decode_meshes(bytes, &error);
    ASSERT_TRUE(back) << error;
    ASSERT_EQ(back->size(), 2u);
    ASSERT_EQ((*back)[0].size(), 2u);
    EXPECT_EQ((*back)[0][1].fill_vertices[1].x, 2.0f);
    EXPECT_EQ((*back)[1][0].chunks[0].bounds.max_x, 3.0);
    EXPECT_EQ((*back)[1][0].fill_vertices[2].color, (Rgba{1, 2, 3, 255}));
    EXPECT_EQ(encode_meshes(*back), bytes);
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
    EXPECT_EQ(error, "bytes left after the last mesh");
}

TEST(MeshCodec, AnIndexOrRangeBeyondItsMeshIsRefused) {
    ItemMeshes bad_index = two_items();
    bad_index[1][0].fill_indices[2] = 3;  // three vertices: 0..2
    std::string error;
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_index), &error));
    EXPECT_EQ(error, "a fill index beyond its vertices");

    ItemMeshes bad_chunk = two_items();
    bad_chunk[0][0].chunks[0].range = {1, 3};  // indices 1..3 of three
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_chunk), &error));
    EXPECT_EQ(error, "a chunk beyond its indices");

    ItemMeshes bad_lines = two_items();
    bad_lines[0][1].feature_lines[0] = {2, 4294967295u};  // would wrap round in first + count
    EXPECT_FALSE(decode_meshes(encode_meshes(bad_lines), &error));
    EXPECT_EQ(error, "a feature's lines beyond the line indices");
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
    key.add_item(request, nullptr);
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
    for (int i = 0; i < items; ++i) key.add_item(request, nullptr);
    return key;
}

TEST(MeshCacheWriter, WritesOnceEveryLevelIsInAndTheEntryReadsBack) {
    const fs::path dir = test::scratch_dir("mesh_cache/written");
    const CacheStore store(dir);
    const Layer layer = two_squares();
    const MeshCacheKey key = key_of_items(layer, 2);

    MeshCacheWriter writer(store, key.text(), {2, 1}, 1 << 20);
    const ItemMeshes meshes = two_items();
    writer.put(0, 1, meshes[0][1]);
    writer.put(1, 0, meshes[1][0]);
    writer.finish();
    EXPECT_FALSE(fs::exists(store.entry_path(key.text())));  // one level still missing
    writer.put(0, 0, meshes[0][0]);
    writer.finish();
    ASSERT_TRUE(fs::exists(store.entry_path(key.text())));

    Diagnostics diag;
    const std::optional<ItemMeshes> back = read_cached_meshes(store, key, diag);
    ASSERT_TRUE(back);
    EXPECT_TRUE(diag.empty());
    EXPECT_EQ(encode_meshes(*back), encode_meshes(meshes));
}

TEST(MeshCacheWriter, MeshesBeyondItsBoundAreNotKept) {
    const fs::path dir = test::scratch_dir("mesh_cache/too_large");
    const CacheStore store(dir);
    MeshCacheWriter writer(store, "a key", {1}, 10);  // ten bytes: less than one triangle
    writer.put(0, 0, triangle_mesh(1));
    writer.finish();
    EXPECT_FALSE(fs::exists(store.entry_path("a key")));
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
    EXPECT_NE(diag.items()[0].message.find("holds 2 meshes, not 1"), std::string::npos) << diag.items()[0].message;
    EXPECT_FALSE(fs::exists(store.entry_path(key.text())));
}

}  // namespace
}  // namespace corridor
