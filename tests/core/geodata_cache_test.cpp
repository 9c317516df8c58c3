// The cache of processed layers (core/cache): a second load decodes what the first stored; any
// change to what the data depends on (a layer file, a shapefile's side file, the mappings, the
// program) reads the files again; a damaged entry is reported, rebuilt and never trusted; a
// read-only folder means no cache, with a warning; disk use stays under its bound.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <ogr_spatialref.h>

#include "core/base/program_version.h"
#include "core/base/resource_paths.h"
#include "core/cache/cache_store.h"
#include "core/cache/geodata_cache.h"
#include "core/cache/byte_codec.h"
#include "core/cache/geodata_codec.h"
#include "fixtures.h"
#include "real_geodata.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

void spit(const fs::path& file, const std::string& bytes) { std::ofstream(file, std::ios::binary) << bytes; }

std::string wkb(const OGRGeometryUniquePtr& g) {
    if (!g) return "none";
    std::string out(g->WkbSize(), '\0');
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(out.data()), wkbVariantIso);
    const OGRSpatialReference* srs = g->getSpatialReference();
    const char* code = srs ? srs->GetAuthorityCode(nullptr) : nullptr;
    return out + " srs " + (code ? code : "none");
}

void expect_same_box(const Box& a, const Box& b, const std::string& what) {
    EXPECT_EQ(a.min_x, b.min_x) << what;
    EXPECT_EQ(a.min_y, b.min_y) << what;
    EXPECT_EQ(a.max_x, b.max_x) << what;
    EXPECT_EQ(a.max_y, b.max_y) << what;
}

// Every member of the model, geometries byte for byte, with the spatial reference they carry.
void expect_same_geodata(const Geodata& a, const Geodata& b) {
    EXPECT_EQ(a.data_dir, b.data_dir);
    ASSERT_EQ(a.mappings.mappings.size(), b.mappings.mappings.size());
    for (size_t m = 0; m < a.mappings.mappings.size(); ++m) {
        const AdminMapping &x = a.mappings.mappings[m], &y = b.mappings.mappings[m];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.feature_name, y.feature_name);
        EXPECT_EQ(x.feature_id, y.feature_id);
        EXPECT_EQ(x.detectable, y.detectable);
        ASSERT_EQ(x.levels.size(), y.levels.size()) << x.id;
        for (const auto& [level, fields] : x.levels) {
            ASSERT_TRUE(y.levels.count(level)) << x.id;
            EXPECT_EQ(fields.name, y.levels.at(level).name);
            EXPECT_EQ(fields.pcode, y.levels.at(level).pcode);
        }
    }
    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (size_t l = 0; l < a.layers.size(); ++l) {
        const Layer &x = a.layers[l], &y = b.layers[l];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(x.title_fr, y.title_fr);
        EXPECT_EQ(x.path, y.path);
        EXPECT_EQ(x.level, y.level);
        EXPECT_EQ(x.country, y.country);
        EXPECT_EQ(x.attribution, y.attribution);
        EXPECT_EQ(x.attribution_fr, y.attribution_fr);
        EXPECT_EQ(x.role, y.role);
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_EQ(x.name_field, y.name_field);
        EXPECT_EQ(x.text_fields, y.text_fields);
        expect_same_box(x.bounds, y.bounds, x.id);
        expect_same_box(x.lonlat_bounds, y.lonlat_bounds, x.id);
        ASSERT_EQ(x.features.size(), y.features.size()) << x.id;
        for (size_t f = 0; f < x.features.size(); ++f) {
            const Feature &p = x.features[f], &q = y.features[f];
            const std::string where = x.id + " feature " + std::to_string(f);
            EXPECT_EQ(p.index, q.index) << where;
            EXPECT_EQ(p.id, q.id) << where;
            EXPECT_EQ(p.name, q.name) << where;
            EXPECT_EQ(p.admin.commune, q.admin.commune) << where;
            EXPECT_EQ(p.admin.cercle, q.admin.cercle) << where;
            EXPECT_EQ(p.admin.region, q.admin.region) << where;
            EXPECT_EQ(p.admin.country, q.admin.country) << where;
            EXPECT_EQ(p.admin.pcode, q.admin.pcode) << where;
            EXPECT_EQ(p.field_values, q.field_values) << where;
            ASSERT_EQ(p.attribute_count(), q.attribute_count()) << where;
            for (size_t i = 0; i < p.attribute_count(); ++i) EXPECT_EQ(p.field_name(i), q.field_name(i)) << where;
            EXPECT_TRUE(wkb(p.mercator) == wkb(q.mercator)) << where;
            expect_same_box(p.bounds, q.bounds, where);
            ASSERT_EQ(p.label_anchor.has_value(), q.label_anchor.has_value()) << where;
            if (p.label_anchor) {
                EXPECT_EQ(p.label_anchor->point, q.label_anchor->point) << where;
                EXPECT_EQ(p.label_anchor->radius, q.label_anchor->radius) << where;
            }
        }
    }
    ASSERT_EQ(a.diagnostics.items().size(), b.diagnostics.items().size());
    for (size_t d = 0; d < a.diagnostics.items().size(); ++d)
        EXPECT_EQ(a.diagnostics.items()[d].to_string(), b.diagnostics.items()[d].to_string());
}

std::string all_problems(const Geodata& data) {
    std::string out;
    for (const Diagnostic& d : data.diagnostics.items()) out += d.to_string() + "\n";
    return out;
}

// A small catalogue of its own (CORRIDOR_RESOURCES points at it): the real lakes as GeoJSON and
// as a shapefile, so that a load takes a moment and every kind of source file can be touched.
class GeodataCache : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        root_ = test::scratch_dir("geodata-cache-" + name);
        resources_ = root_ / "resources", data_ = root_ / "data";
        fs::create_directories(resources_ / "geodata");
        fs::create_directories(data_ / "shp");
        fs::copy_file(project_geodata_path("admin_mappings.json"), resources_ / "geodata" / "admin_mappings.json",
                      fs::copy_options::overwrite_existing);
        const fs::path lakes = test::real_data_dir() / "natural-earth" / "ne_50m_lakes_west_africa.geojson";
        fs::copy_file(lakes, data_ / "lakes.geojson", fs::copy_options::overwrite_existing);
        fs::permissions(data_ / "lakes.geojson", fs::perms::owner_read | fs::perms::owner_write);
        ASSERT_TRUE(test::convert(lakes, data_ / "shp" / "lakes.shp", "ESRI Shapefile"));
        spit(resources_ / "geodata" / "layers.json", R"({"layers": [
            {"id": "lakes", "path": "lakes.geojson", "mapping": "natural-earth-water", "role": "context",
             "title": {"en": "Lakes", "fr": "Lacs"}},
            {"id": "lakes_shp", "path": "shp/lakes.shp", "mapping": "natural-earth-water", "role": "context"}]})");
        ::setenv("CORRIDOR_RESOURCES", resources_.c_str(), 1);
        options_.dir = root_ / "cache";
        options_.program_identity = "test build 1";
    }
    void TearDown() override { ::unsetenv("CORRIDOR_RESOURCES"); }

    // Loads through the cache; `hit` says whether the layers were decoded rather than read
    // (no layer was reported as being read). Either way every layer loaded ends up reported Read.
    Geodata load(bool* hit = nullptr) {
        std::set<std::string> reading, read;
        Geodata data = load_geodata_cached(data_, options_, [&](const LayerLoadEvent& e) {
            if (e.state == LayerLoadState::Reading) reading.insert(e.layer_id);
            if (e.state == LayerLoadState::Read) read.insert(e.layer_id);
        });
        if (hit) *hit = reading.empty();
        for (const Layer& layer : data.layers) EXPECT_TRUE(read.count(layer.id)) << layer.id << " never reported as read";
        return data;
    }
    fs::path entry() const { return CacheStore(options_.dir).entry_path(geodata_cache_key(data_, options_)); }
    void touch(const fs::path& file) {
        fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(10));
    }

    fs::path root_, resources_, data_;
    GeodataCacheOptions options_;
};

}  // namespace

TEST_F(GeodataCache, SecondLoadDecodesTheSameData) {
    bool hit = true;
    const Geodata cold = load(&hit);
    EXPECT_FALSE(hit);
    ASSERT_EQ(cold.layers.size(), 2u) << all_problems(cold);
    EXPECT_TRUE(fs::is_regular_file(entry()));
    const Geodata warm = load(&hit);
    EXPECT_TRUE(hit);
    expect_same_geodata(cold, warm);
    expect_same_geodata(load_geodata(data_), warm);
}

TEST_F(GeodataCache, TouchingALayerFileReadsItAgain) {
    bool hit = false;
    load(&hit);
    touch(data_ / "lakes.geojson");
    load(&hit);
    EXPECT_FALSE(hit);
    load(&hit);
    EXPECT_TRUE(hit);
}

TEST_F(GeodataCache, TouchingAShapefileSideFileReadsItAgain) {
    bool hit = false;
    load(&hit);
    for (const char* side : {"lakes.dbf", "lakes.shx", "lakes.prj"}) {
        ASSERT_TRUE(fs::exists(data_ / "shp" / side)) << side;
        touch(data_ / "shp" / side);
        load(&hit);
        EXPECT_FALSE(hit) << side;
    }
}

TEST_F(GeodataCache, ChangingTheMappingsOrTheCatalogueReadsAgain) {
    bool hit = false;
    load(&hit);
    const fs::path mappings = resources_ / "geodata" / "admin_mappings.json";
    nlohmann::json doc = nlohmann::json::parse(test::file_bytes(mappings));
    doc["mappings"].push_back({{"id", "test-extra"}, {"detect", false}, {"levels", {{"country", {{"name", "x"}, {"pcode", "y"}}}}}});
    spit(mappings, doc.dump());
    load(&hit);
    EXPECT_FALSE(hit);
    load(&hit);
    EXPECT_TRUE(hit);
    const fs::path catalogue = resources_ / "geodata" / "layers.json";
    spit(catalogue, test::file_bytes(catalogue) + "\n");
    load(&hit);
    EXPECT_FALSE(hit);
}

TEST_F(GeodataCache, AnotherProgramOrLibraryVersionReadsAgain) {
    bool hit = false;
    load(&hit);
    options_.program_identity = "test build 2";
    load(&hit);
    EXPECT_FALSE(hit);
    // The real identity names the version and the binary; the key names libraries and codec.
    options_.program_identity.clear();
    const std::string key = geodata_cache_key(data_, options_);
    EXPECT_NE(key.find("program " + program_version() + " binary "), std::string::npos) << key;
    EXPECT_NE(key.find("GDAL "), std::string::npos) << key;
    EXPECT_NE(key.find("GEOS "), std::string::npos) << key;
    EXPECT_NE(key.find("PROJ "), std::string::npos) << key;
    EXPECT_NE(key.find("codec " + std::to_string(kGeodataCodecVersion)), std::string::npos) << key;
}

TEST_F(GeodataCache, TruncatedEntryIsReportedAndRebuilt) {
    const Geodata cold = load();
    const std::string bytes = test::file_bytes(entry());
    spit(entry(), bytes.substr(0, bytes.size() / 2));
    bool hit = true;
    Geodata again = load(&hit);
    EXPECT_FALSE(hit);
    const std::string problems = all_problems(again);
    EXPECT_NE(problems.find("warning: " + entry().string() + ": cache entry truncated"), std::string::npos) << problems;
    ASSERT_EQ(again.diagnostics.items().size(), cold.diagnostics.items().size() + 1);
    again.diagnostics = cold.diagnostics;
    expect_same_geodata(cold, again);
    EXPECT_EQ(test::file_bytes(entry()).size(), bytes.size());  // rebuilt whole
    load(&hit);
    EXPECT_TRUE(hit);
}

TEST_F(GeodataCache, FlippedByteIsReportedAndRebuilt) {
    const Geodata cold = load();
    std::string bytes = test::file_bytes(entry());
    bytes[bytes.size() * 2 / 3] ^= 0x10;
    spit(entry(), bytes);
    bool hit = true;
    Geodata again = load(&hit);
    EXPECT_FALSE(hit);
    const std::string problems = all_problems(again);
    EXPECT_NE(problems.find("warning: " + entry().string() + ": cache entry damaged: its checksum does not match"),
              std::string::npos)
        << problems;
    again.diagnostics = cold.diagnostics;
    expect_same_geodata(cold, again);
    load(&hit);
    EXPECT_TRUE(hit);
}

TEST_F(GeodataCache, ReadOnlyFolderRunsWithoutTheCacheWithAWarning) {
    options_.dir = test::unwritable_folder(root_) / "corridor-viewer";
    const Geodata data = load();
    EXPECT_EQ(data.layers.size(), 2u);
    const std::string problems = all_problems(data);
    EXPECT_NE(problems.find("the viewer runs without the cache"), std::string::npos) << problems;
    EXPECT_FALSE(data.diagnostics.has_errors()) << problems;
}

TEST_F(GeodataCache, DisabledWritesNothing) {
    options_.enabled = false;
    const Geodata data = load();
    EXPECT_EQ(data.layers.size(), 2u);
    EXPECT_FALSE(fs::exists(options_.dir));
}

TEST_F(GeodataCache, DefaultFolderFollowsXdgCacheHome) {
    const char* before = std::getenv("XDG_CACHE_HOME");
    const std::string saved = before ? before : "";
    ::setenv("XDG_CACHE_HOME", (root_ / "xdg").c_str(), 1);
    EXPECT_EQ(default_cache_dir(), root_ / "xdg" / "corridor-viewer");
    EXPECT_FALSE(fs::exists(root_ / "xdg"));  // created by the first write, not by asking
    if (before) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_CACHE_HOME");
}

TEST(CacheStore, EvictsTheLeastRecentlyUsedAboveTheBound) {
    const fs::path dir = test::scratch_dir("cache-store-evict");
    const CacheStore store(dir, 2500);
    Diagnostics diag;
    const std::string payload(1000, 'x');
    ASSERT_TRUE(store.write("a", payload, diag));
    ASSERT_TRUE(store.write("b", payload, diag));
    const auto now = fs::file_time_type::clock::now();
    fs::last_write_time(store.entry_path("a"), now - std::chrono::seconds(100));
    fs::last_write_time(store.entry_path("b"), now - std::chrono::seconds(50));
    EXPECT_TRUE(store.read("a", diag).has_value());  // used again: now the most recent of the two
    ASSERT_TRUE(store.write("c", payload, diag));
    EXPECT_TRUE(store.holds("a"));
    EXPECT_FALSE(store.holds("b"));
    EXPECT_TRUE(store.holds("c"));
    EXPECT_LE(store.use().bytes, 2500u);
    EXPECT_EQ(store.use().entries, 2u);
    EXPECT_TRUE(diag.empty());
}

TEST(CacheStore, RefusesWhatExceedsTheBound) {
    const CacheStore store(test::scratch_dir("cache-store-bound"), 100);
    Diagnostics diag;
    EXPECT_FALSE(store.write("big", std::string(1000, 'x'), diag));
    EXPECT_EQ(diag.warning_count(), 1u);
    EXPECT_EQ(store.use().entries, 0u);
}

// A payload written in pieces is the same entry as written whole: same file, read back whole.
TEST(CacheStore, APayloadWrittenInPiecesIsTheWholeOne) {
    const CacheStore pieces_store(test::scratch_dir("cache-store-pieces")), whole_store(test::scratch_dir("cache-store-whole"));
    Diagnostics diag;
    const std::string_view pieces[] = {"pay", "", "lo", "ad"};
    ASSERT_TRUE(pieces_store.write("key", pieces, diag));
    ASSERT_TRUE(whole_store.write("key", "payload", diag));
    EXPECT_EQ(test::file_bytes(pieces_store.entry_path("key")), test::file_bytes(whole_store.entry_path("key")));
    EXPECT_EQ(pieces_store.read("key", diag)->payload(), "payload");
    const CacheStore small(test::scratch_dir("cache-store-pieces-bound"), 40);  // header and key fit, not the pieces
    EXPECT_FALSE(small.write("key", std::vector<std::string_view>(8, "payload"), diag));
    EXPECT_EQ(diag.warning_count(), 1u);
}

// An entry written as its payload comes: the same file as one written whole; dropped before
// its commit, or grown past the bound, it leaves nothing behind.
TEST(CacheStore, AnEntryWrittenAsItComesIsTheSameAndADroppedOneLeavesNothing) {
    const CacheStore streamed(test::scratch_dir("cache-store-streamed")), whole(test::scratch_dir("cache-store-streamed-whole"));
    Diagnostics diag;
    CacheEntryWriter entry = streamed.begin_write("key", diag);
    ASSERT_TRUE(entry.append("pay", diag));
    const std::string_view rest[] = {"lo", "ad"};
    ASSERT_TRUE(entry.append(rest, diag));
    EXPECT_FALSE(fs::exists(streamed.entry_path("key")));  // not before its commit
    ASSERT_TRUE(entry.commit(diag));
    ASSERT_TRUE(whole.write("key", "payload", diag));
    EXPECT_EQ(test::file_bytes(streamed.entry_path("key")), test::file_bytes(whole.entry_path("key")));
    EXPECT_EQ(streamed.read("key", diag)->payload(), "payload");
    EXPECT_TRUE(diag.empty());

    const fs::path dropped_dir = test::scratch_dir("cache-store-dropped");
    {
        CacheEntryWriter dropped = CacheStore(dropped_dir).begin_write("key", diag);
        ASSERT_TRUE(dropped.append("payload", diag));
    }
    EXPECT_TRUE(fs::is_empty(dropped_dir));

    const CacheStore small(test::scratch_dir("cache-store-streamed-bound"), 60);  // header and key fit, not all pieces
    CacheEntryWriter large = small.begin_write("key", diag);
    EXPECT_TRUE(large.append("payload", diag));
    EXPECT_FALSE(large.append(std::string(40, 'x'), diag));
    EXPECT_FALSE(large.ok());
    EXPECT_FALSE(large.commit(diag));
    EXPECT_EQ(diag.warning_count(), 1u);
    EXPECT_TRUE(fs::is_empty(small.dir()));
}

TEST(CacheStore, AnotherKeyUnderTheSameNameIsAMiss) {
    const CacheStore store(test::scratch_dir("cache-store-key"));
    Diagnostics diag;
    ASSERT_TRUE(store.write("key one", "payload", diag));
    // Same file, other key inside: written by hand, as a hash collision would leave it.
    const std::string bytes = test::file_bytes(store.entry_path("key one"));
    fs::copy_file(store.entry_path("key one"), store.entry_path("key two"), fs::copy_options::overwrite_existing);
    EXPECT_FALSE(store.read("key two", diag).has_value());
    EXPECT_TRUE(diag.empty());
    EXPECT_EQ(store.read("key one", diag)->payload(), "payload");
    EXPECT_EQ(bytes.size(), test::file_bytes(store.entry_path("key one")).size());
}

// A payload read back lies in the entry's file, mapped: it outlives the entry's replacement
// and removal, and moving it moves no byte (the map's meshes are uploaded from views into it).
TEST(CacheStore, APayloadReadStaysWhereItIsWhileTheEntryIsReplaced) {
    const CacheStore store(test::scratch_dir("cache-store-mapped"));
    Diagnostics diag;
    ASSERT_TRUE(store.write("key", std::string(100000, 'a'), diag));
    std::optional<CacheEntryBytes> first = store.read("key", diag);
    ASSERT_TRUE(first);
    const char* where = first->payload().data();
    ASSERT_TRUE(store.write("key", std::string(100000, 'b'), diag));  // renamed over it
    CacheEntryBytes moved = std::move(*first);
    EXPECT_EQ(moved.payload().data(), where);
    EXPECT_EQ(moved.payload(), std::string(100000, 'a'));
    EXPECT_EQ(store.read("key", diag)->payload(), std::string(100000, 'b'));
    fs::remove(store.entry_path("key"));
    EXPECT_EQ(moved.payload().size(), 100000u);
    EXPECT_EQ(moved.payload().back(), 'a');
    EXPECT_TRUE(diag.empty());
}

// The encoders count their bytes first and write them into a string of that size: the count
// must be what is then written, or the string grows again (and its old buffer is held meanwhile).
TEST(ByteCodec, TheCountingPassCountsWhatIsWritten) {
    const auto write = [](ByteWriter& w) {
        w.put(uint32_t(7)), w.text("Ségou"), w.texts({"a", "", "bc"}), w.box(Box{1, 2, 3, 4});
        if (char* at = w.extend(3)) std::memcpy(at, "xyz", 3);
    };
    ByteWriter counter(ByteWriter::kCountOnly), writer;
    write(counter), write(writer);
    EXPECT_TRUE(counter.bytes.empty());
    EXPECT_EQ(counter.size(), writer.size());
    const std::string exact = encode_exactly(write);
    EXPECT_EQ(exact, writer.bytes);
    EXPECT_EQ(exact.capacity(), exact.size());
    const std::string layers = encode_geodata(test::real_geodata());
    EXPECT_EQ(layers.capacity(), layers.size());
}

TEST(GeodataCodec, RoundTripOfTheRealLayersEqualsTheFreshLoad) {
    const Geodata& fresh = test::real_geodata();
    ASSERT_GT(fresh.layers.size(), 5u);
    Geodata decoded;
    std::string error;
    ASSERT_TRUE(decode_geodata(encode_geodata(fresh), decoded, error)) << error;
    expect_same_geodata(fresh, decoded);
}

TEST(GeodataCodec, AnyPrefixOrDamageGivesAnErrorNotACrash) {
    Geodata small;
    small.data_dir = "/data";
    Layer layer;
    layer.id = "one";
    Feature f;
    f.id = "ML0401";
    f.field_names = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"name"});
    f.field_values = {"Ségou"};
    OGRGeometry* point = nullptr;
    OGRGeometryFactory::createFromWkt("POINT (-6.26 13.43)", nullptr, &point);
    f.mercator.reset(point);
    layer.features.push_back(std::move(f));
    small.layers.push_back(std::move(layer));
    small.diagnostics.warning("a.geojson", "", "missing name");
    const std::string bytes = encode_geodata(small);
    for (size_t n = 0; n < bytes.size(); ++n) {
        Geodata out;
        std::string error;
        EXPECT_FALSE(decode_geodata(std::string_view(bytes).substr(0, n), out, error)) << n;
        EXPECT_FALSE(error.empty()) << n;
    }
    Geodata out;
    std::string error;
    EXPECT_FALSE(decode_geodata(bytes + "x", out, error));
    EXPECT_NE(error.find("1 bytes left over"), std::string::npos) << error;
    std::string huge_count = bytes;
    huge_count[4 + 4 + 5 + 3] = '\x7f';  // the mappings' count (its top byte), after version and "/data"
    EXPECT_FALSE(decode_geodata(huge_count, out, error));
    ASSERT_TRUE(decode_geodata(bytes, out, error)) << error;
    EXPECT_EQ(out.layers.at(0).features.at(0).field_values.at(0), "Ségou");
}

// A layer's features share their field names, in memory and in the entry: written once, read
// back as one list; a feature whose values do not match the names is refused.
TEST(GeodataCodec, FieldNamesAreKeptOnceForTheFeaturesThatShareThem) {
    Geodata data;
    Layer layer;
    layer.id = "places";
    const auto names = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"name", "population"});
    const auto other = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"name"});
    for (int k = 0; k < 3; ++k) {
        Feature& f = layer.features.emplace_back();
        f.index = size_t(k);
        f.field_names = k == 2 ? other : names;
        f.field_values = k == 2 ? FieldValues{"Mopti"} : FieldValues{"Ségou", std::to_string(k)};
    }
    layer.features.emplace_back().index = 3;  // no properties at all
    data.layers.push_back(std::move(layer));
    const std::string bytes = encode_geodata(data);
    Geodata out;
    std::string error;
    ASSERT_TRUE(decode_geodata(bytes, out, error)) << error;
    const std::vector<Feature>& back = out.layers.at(0).features;
    ASSERT_EQ(back.size(), 4u);
    EXPECT_EQ(back[0].field_names, back[1].field_names);  // one list
    EXPECT_EQ(*back[1].field_names, *names);
    EXPECT_EQ(back[1].field_values, (FieldValues{"Ségou", "1"}));
    EXPECT_EQ(*back[2].field_names, *other);
    EXPECT_EQ(*back[2].attribute("name"), "Mopti");
    EXPECT_EQ(back[3].attribute_count(), 0u);
    EXPECT_FALSE(back[3].attribute("name"));

    // The second feature's values, one short of its names: its count, "2", becomes "1".
    std::string damaged = bytes;
    const std::string two_values = std::string("\x02\0\0\0", 4) + std::string("\x06\0\0\0", 4) + "Ségou";
    const size_t first = damaged.find(two_values), second = damaged.find(two_values, first + 1);
    ASSERT_NE(second, std::string::npos);
    damaged[second] = '\x01';
    EXPECT_FALSE(decode_geodata(damaged, out, error));
    EXPECT_FALSE(error.empty());
}
