// Writes each fuzz target's seed corpus from the real files: the project's JSON data as it is,
// and the first features of every boundary and places layer (the whole files reach 10 MB, too
// large for a fuzzer's inputs), plus a few small fixtures for what the real files do not show
// (Latin-1 names, CSV, KML). The cache decoder's seeds are real encoded entries: those first
// features read as the viewer reads them, then encoded. Usage: make_seeds OUT_DIR SOURCE_DIR DATA_DIR
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <cpl_vsi.h>
#include <nlohmann/json.hpp>

#include "core/cache/geodata_codec.h"
#include "viewer/map/mesh_codec.h"
#include "viewer/names/cartography_codec.h"
#include "core/project/projection.h"
#include "core/read/layer_reader.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

void write(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Keeps every line or ring to its first ten positions (and its closing one), so a seed holds
// the real file's structure and properties without its 10 000-vertex borders.
void shorten_coordinates(json& value) {
    if (!value.is_array()) {
        if (value.is_object())
            for (auto& [key, member] : value.items()) shorten_coordinates(member);
        return;
    }
    const bool positions = !value.empty() && value[0].is_array() && !value[0].empty() && value[0][0].is_number();
    if (positions && value.size() > 11) {
        json last = value.back();
        value.erase(value.begin() + 10, value.end());
        value.push_back(last);
        return;
    }
    for (auto& member : value) shorten_coordinates(member);
}

void copy_into(const fs::path& file, const fs::path& dir) {
    if (fs::is_regular_file(file)) write(dir / file.filename(), slurp(file));
}

// Cache entries' payloads (core/cache/geodata_codec): each shortened layer read through the
// layer reader with the project's mappings, alone and all together, as load_geodata_cached
// stores them.
void write_codec_seeds(const fs::path& dir, const fs::path& geodata, const std::vector<std::string>& layer_texts) {
    corridor::Geodata all;
    all.data_dir = "/data";
    if (auto m = corridor::load_admin_mappings(geodata / "admin_mappings.json", all.diagnostics)) all.mappings = *m;
    for (size_t k = 0; k < layer_texts.size(); ++k) {
        const std::string path = "/vsimem/seed-" + std::to_string(k) + ".geojson";
        VSILFILE* f = VSIFileFromMemBuffer(path.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(layer_texts[k].data())),
                                           vsi_l_offset(layer_texts[k].size()), FALSE);
        if (!f) continue;
        VSIFCloseL(f);
        corridor::ReadOptions options;
        options.mappings = &all.mappings;
        options.role = "admin";
        auto layer = corridor::read_layer(path, options, all.diagnostics);
        VSIUnlink(path.c_str());
        if (!layer) continue;
        corridor::Geodata one;
        one.data_dir = all.data_dir;
        one.layers.push_back(std::move(*layer));
        write(dir / ("layer-" + std::to_string(k)), corridor::encode_geodata(one));
        all.layers.push_back(std::move(one.layers.front()));
    }
    all.diagnostics.warning("/data/a.geojson", "feature 3 (ML0401)", "missing name");
    write(dir / "all-layers", corridor::encode_geodata(all));
}

// Map meshes as the viewer caches them (viewer/map/mesh_codec): a filled triangle with its
// outline, a line's quad split in two network parts, and an item with no level of detail built.
void write_mesh_seeds(const fs::path& dir) {
    corridor::BandMesh fill;
    fill.fill_vertices = {{0, 0, 0, {10, 20, 30, 255}}, {100, 0, 0, {10, 20, 30, 255}}, {0, 100, 0, {10, 20, 30, 255}}};
    fill.fill_indices = {0, 1, 2};
    fill.chunks = {{{0, 0, 100, 100}, {0, 3}}};
    corridor::BandMesh line;
    for (float side : {-1.0f, 1.0f})
        for (float end : {0.0f, 1.0f}) line.line_vertices.push_back(corridor::LineVertex::make(end * 50, 0, 1, 0, side, end));
    line.line_indices = {0, 1, 2, 2, 1, 3};
    line.chunks = {{{0, 0, 50, 0}, {0, 6}}};
    line.feature_lines = {{0, 6}};
    fill.line_vertices = line.line_vertices, fill.line_indices = line.line_indices, fill.feature_lines = line.feature_lines;
    using corridor::CachedItem;
    write(dir / "fill", corridor::encode_meshes({{0, CachedItem::kWhole, {fill, fill}}}));
    write(dir / "items", corridor::encode_meshes({{0, CachedItem::kWhole, {fill}},
                                                  {1, 0, {line, line, line}},
                                                  {1, 2, {line}},
                                                  {2, CachedItem::kWhole, {}}}));
    // The levels in the order a first start builds them: coarse ones first, the finer ones later.
    const corridor::ItemMeshes two = {{0, CachedItem::kWhole, {fill, fill}}, {1, 0, {line}}};
    std::string built;
    for (auto [item, band] : {std::pair{0u, 0u}, {1u, 0u}, {0u, 1u}})
        for (std::string_view piece : corridor::mesh_band_pieces(item, band, two[item].bands[band]).pieces) built += piece;
    write(dir / "built-order", built + corridor::mesh_entry_table(two));
}

// Names as the viewer caches them (viewer/names/cartography_codec): a town with another
// spelling and the village that repeats it, a commune's label, a river's along its path, and
// their search entries.
void write_names_seeds(const fs::path& dir) {
    corridor::CartographyData names;
    corridor::Place town;
    town.name = "Tombouctou", town.place_class = corridor::PlaceClass::RegionalCapital;
    town.lonlat = {-3.0, 16.77}, town.mercator = corridor::lonlat_to_mercator(town.lonlat);
    town.layer = "places_mali", town.id = "ML0601", town.commune = "Tombouctou", town.country = "Mali";
    town.alt_names = {"Timbuktu"}, town.population = 54453;
    corridor::Place village = town;
    village.place_class = corridor::PlaceClass::Village, village.feature = 1, village.alt_names = {};
    names.places = {town, village};
    names.repeats_town = {false, true};
    corridor::MapLabel commune;
    commune.id = 7, commune.text = "Kadiolo", commune.at = {-641000, 1182000}, commune.room = 9000;
    commune.feature = {0, 0}, commune.feature_id = "ML030204";
    corridor::MapLabel river = commune;
    river.text = "Niger", river.rank = corridor::LabelRank::River, river.path = {{0, 0}, {5000, 800}, {9000, 2500}};
    river.min_zoom = 5, river.feature = {3, 2};
    names.labels = {commune, river};
    corridor::SearchEntry entry;
    entry.name = "Kadiolo", entry.kind = corridor::SearchKind::Commune, entry.parent = "cercle de Kadiolo, Sikasso, Mali";
    entry.id = "ML030204", entry.layer = "mli_communes", entry.feature = 0, entry.bounds = {1, 2, 3, 4};
    corridor::index_search(names, {entry}, {});
    write(dir / "names", corridor::encode_cartography(names));
    write(dir / "none", corridor::encode_cartography(corridor::CartographyData{}));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: make_seeds OUT_DIR SOURCE_DIR DATA_DIR\n";
        return 2;
    }
    const fs::path out = argv[1], source = argv[2], data = argv[3];
    const fs::path geodata = source / "geodata";

    // Layers: the first three features of each real file, lines shortened; byte 0 picks the extension in
    // fuzz_layer_reader (0 geojson, 2 csv, 3 kml; +0x80 reads it as an admin layer).
    int n = 0;
    std::error_code ec;
    std::vector<std::string> codec_layers;
    for (auto it = fs::recursive_directory_iterator(data, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().extension() != ".geojson") continue;
        json doc = json::parse(slurp(it->path()), nullptr, false);
        if (!doc.is_object() || !doc.contains("features") || !doc["features"].is_array()) continue;
        json& features = doc["features"];
        if (features.size() > 3) features.erase(features.begin() + 3, features.end());
        shorten_coordinates(features);
        const std::string text = doc.dump();
        const std::string name = "real-" + std::to_string(n++) + "-" + it->path().stem().string();
        write(out / "geojson_check" / name, text);
        write(out / "json_scan" / name, text);
        write(out / "layer_reader" / name, std::string(1, '\0') + text);
        write(out / "layer_reader" / (name + "-admin"), std::string(1, '\x80') + text);
        codec_layers.push_back(text);
    }
    write_codec_seeds(out / "geodata_codec", geodata, codec_layers);
    write_mesh_seeds(out / "mesh_codec");
    write_names_seeds(out / "cartography_codec");
    const std::string latin1 = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                               "{\"adm3_name\":\"S\xe9gou\",\"adm3_pcode\":\"ML0401\"},\"geometry\":{\"type\":\"Point\","
                               "\"coordinates\":[-6.26,13.43]}}]}";
    write(out / "geojson_check" / "latin1", latin1);
    write(out / "json_scan" / "edges", "[\"\\ud83d\\ude00\\u00e9\", -0, 1.5e308, 18446744073709551616, {\"\": null}]");
    write(out / "layer_reader" / "latin1", std::string(1, '\0') + latin1);
    write(out / "layer_reader" / "csv", std::string(1, '\2') + "WKT,name,pcode\n\"POINT (-6.26 13.43)\",S\xe9gou,ML0401\n");
    write(out / "layer_reader" / "kml",
          std::string(1, '\3') + "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                                 "<Placemark><name>S\xe9gou</name><Point><coordinates>-6.26,13.43</coordinates></Point>"
                                 "</Placemark></kml>");

    // The project's own JSON files, whole.
    copy_into(geodata / "initiatives.json", out / "initiatives");
    copy_into(geodata / "corridors.json", out / "initiatives");
    for (const auto& entry : fs::directory_iterator(geodata / "tours", ec)) copy_into(entry.path(), out / "tour");
    for (const auto& entry : fs::directory_iterator(source / "assets" / "i18n", ec)) copy_into(entry.path(), out / "translations");
    copy_into(geodata / "styles" / "map_style.json", out / "map_style");
    copy_into(geodata / "admin_mappings.json", out / "admin_mappings");

    // Small fixtures where no real file exists in the repository.
    write(out / "settings" / "full", R"({"ui_scale": 1.5, "high_contrast": true, "export_folder": "/tmp", "max_layer_mb": 64, "layers": ["/data/a.geojson"]})");
    write(out / "settings" / "latin1", "{\"export_folder\": \"/home/z\xe9ro\", \"layers\": [\"a.geojson\", 3]}");
    write(out / "script" / "steps",  // the example of docs/scripting.md
          R"({"size": [1280, 800], "lang": "fr", "steps": [{"view": {"lon": -5.67, "lat": 11.31, "zoom": 9}},
              {"fit": "ML030204"}, {"move": {"lon": -5.76, "lat": 10.55}}, {"click": {"x": 640, "y": 400}},
              {"drag": {"from": {"x": 600, "y": 400}, "to": {"x": 400, "y": 300}}},
              {"wheel": {"x": 640, "y": 400, "delta": 2}}, {"key": "Escape"}, {"key": "Ctrl+F"},
              {"text": "kolondieba"}, {"key": "Enter"}, {"wait": 10}, {"screenshot": "out/kadiolo.png"},
              {"state": "out/kadiolo.json"}, {"tour": "default"}, {"lang": "en"}]})");
    write(out / "utf8" / "mixed", "S\xc3\xa9gou / S\xe9gou \xed\xa0\x80 \xf4\x90\x80\x80 \x81\x8d");
    std::cout << "seeds written to " << out << "\n";
    return 0;
}
