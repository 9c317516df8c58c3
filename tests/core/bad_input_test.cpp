// Layers a user or a replaced file may bring (issue 11): Latin-1 names, a folder named like a
// GeoJSON file, a commune layer without the mapping's key fields, a layer over the size bound,
// a feature count far from the catalogue's.
#include <fstream>

#include <gtest/gtest.h>

#include "core/base/json_dump.h"
#include "core/base/resource_paths.h"
#include "core/base/utf8_text.h"
#include "core/read/geodata_catalog.h"
#include "core/read/layer_reader.h"
#include "core/normalise/admin_mapping.h"
#include "core/programme/i18n.h"
#include "core/programme/json_checks.h"
#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;
namespace fs = std::filesystem;

namespace {

AdminMappings project_mappings() {
    Diagnostics diag;
    auto m = load_admin_mappings(project_geodata_path("admin_mappings.json"), diag);
    return m ? *m : AdminMappings{};
}

// As geodata/layers.json reads the Mali communes.
ReadOptions mali_communes(const AdminMappings& mappings) {
    ReadOptions options;
    options.mappings = &mappings;
    options.mapping = "cod-ab-mali";
    options.level = AdminLevel::Commune;
    options.role = "admin";
    return options;
}

bool any_message(const Diagnostics& diag, const std::string& part, Severity severity) {
    for (const Diagnostic& d : diag.items())
        if (d.severity == severity && d.to_string().find(part) != std::string::npos) return true;
    return false;
}

std::string all(const Diagnostics& diag) {
    std::string s;
    for (const Diagnostic& d : diag.items()) s += d.to_string() + "\n";
    return s;
}

const std::string kPoint = R"({"type":"Point","coordinates":[-6.26,13.43]})";

}  // namespace

TEST(BadInput, Latin1GeoJsonNamesAreReadAsUtf8WithOneWarning) {
    // COD-AB field names, so the Mali mapping is detected and the name is the commune's.
    const std::string text = feature_collection(
        feature("{\"adm3_name\":\"S\xe9gou\",\"adm3_pcode\":\"ML0401\",\"adm2_name\":\"S\xe9gou\",\"adm2_pcode\":\"ML04\","
                "\"note\":\"march\xe9 \x96 caf\xe9\"}", kPoint) +
        "," + feature("{\"adm3_name\":\"Niono\",\"adm3_pcode\":\"ML0402\"}", kPoint));
    const AdminMappings mappings = project_mappings();
    ReadOptions options;
    options.mappings = &mappings;
    Diagnostics diag;
    auto layer = read_layer(write_file("latin1-communes.geojson", text), options, diag);
    ASSERT_TRUE(layer) << all(diag);
    ASSERT_EQ(layer->features.size(), 2u);
    EXPECT_EQ(layer->features[0].name, "Ségou");
    EXPECT_EQ(layer->features[0].admin.cercle, "Ségou");
    EXPECT_EQ(*layer->features[0].attribute("note"), "marché – café");
    EXPECT_EQ(layer->features[1].name, "Niono");
    EXPECT_TRUE(any_message(diag, "not UTF-8", Severity::Warning)) << all(diag);
    EXPECT_FALSE(diag.has_errors()) << all(diag);
    nlohmann::json state = {{"name", layer->features[0].name}, {"note", *layer->features[0].attribute("note")}};
    EXPECT_NO_THROW(state.dump());  // the dump that ended the viewer
}

TEST(BadInput, Latin1CsvAndLatin1FileNamesAreUtf8) {
    const fs::path file = write_file("march\xe9s.csv", "WKT,name\n\"POINT (-6.26 13.43)\",S\xe9gou\n");
    Diagnostics diag;
    auto layer = read_layer(file, {}, diag);
    ASSERT_TRUE(layer) << all(diag);
    ASSERT_EQ(layer->features.size(), 1u);
    EXPECT_EQ(*layer->features[0].attribute("name"), "Ségou");
    EXPECT_EQ(layer->title, "marchés.csv");
    EXPECT_TRUE(is_valid_utf8(layer->id));
    for (const Diagnostic& d : diag.items()) EXPECT_TRUE(is_valid_utf8(d.file)) << d.file;
}

TEST(BadInput, AFolderNamedLikeAGeoJsonFileIsReportedAsAFolder) {
    const fs::path dir = scratch_dir() / "communes.geojson";
    fs::create_directories(dir);
    Diagnostics diag;
    EXPECT_FALSE(read_layer(dir, {}, diag));
    EXPECT_TRUE(any_message(diag, "communes.geojson: is a folder, not a GeoJSON file", Severity::Error)) << all(diag);
    EXPECT_FALSE(any_message(diag, "empty", Severity::Error)) << all(diag);
}

TEST(BadInput, CommuneLayerWithoutTheMappingsKeyFieldsIsAnError) {
    // A replaced file: shapes, but none of the fields the Mali mapping names.
    const fs::path file = write_file("no-keys.geojson", feature_collection(feature(R"({"NOM":"Ségou","CODE":"X"})", kPoint)));
    const AdminMappings mappings = project_mappings();
    const ReadOptions options = mali_communes(mappings);
    Diagnostics diag;
    auto layer = read_layer(file, options, diag);
    ASSERT_TRUE(layer);
    EXPECT_TRUE(any_message(diag, "has no field 'adm3_name', 'adm3_pcode' that mapping 'cod-ab-mali' names", Severity::Error))
        << all(diag);
    EXPECT_EQ(diag.error_count(), 1u) << all(diag);  // said once, not once per feature
}

TEST(BadInput, CommuneLayerWithTheFieldsEmptyOnEveryFeatureIsAnError) {
    const fs::path file = write_file("empty-names.geojson",
                                     feature_collection(feature(R"({"adm3_name":null,"adm3_pcode":"ML1"})", kPoint) + "," +
                                                        feature(R"({"adm3_name":"","adm3_pcode":"ML2"})", kPoint)));
    const AdminMappings mappings = project_mappings();
    const ReadOptions options = mali_communes(mappings);
    Diagnostics diag;
    ASSERT_TRUE(read_layer(file, options, diag));
    EXPECT_TRUE(any_message(diag, "no feature has a name (field 'adm3_name' is empty or absent on all 2)", Severity::Error))
        << all(diag);
}

TEST(BadInput, ALayerOverTheSizeBoundIsRefusedBeforeItIsRead) {
    const fs::path file = write_file("big.geojson", feature_collection(feature(R"({"name":"a"})", kPoint)) +
                                                        std::string(3 << 20, ' '));
    ReadOptions options;
    options.max_bytes = 2 << 20;
    Diagnostics diag;
    EXPECT_FALSE(read_layer(file, options, diag));
    EXPECT_TRUE(any_message(diag, "is 4 MB, more than the 2 MB allowed for one layer", Severity::Error)) << all(diag);
    options.max_bytes = ReadOptions::kDefaultMaxLayerBytes;
    Diagnostics fine;
    EXPECT_TRUE(read_layer(file, options, fine)) << all(fine);
}

TEST(BadInput, ReplacedCommuneFileMakesTheDataUnusableAndItsCountIsFarOff) {
    // A data folder with the real Burkina communes and, for Mali's, one feature without key
    // fields (the other layers are missing: errors of their own, and a quicker test).
    const fs::path dir = scratch_dir() / "replaced-communes";
    fs::create_directories(dir / "cod-ab-burkina");
    fs::create_directories(dir / "cod-ab-mali-v02");
    const fs::path burkina = fs::path("cod-ab-burkina") / "bfa_adm3_communes.geojson";
    if (!fs::exists(dir / burkina)) fs::create_symlink(real_data_dir() / burkina, dir / burkina);
    std::ofstream(dir / "cod-ab-mali-v02" / "mli_adm3_communes.geojson")
        << feature_collection(feature(R"({"NOM":"Ségou","admin0Name":"Mali"})", kPoint));
    Geodata data = load_geodata(dir);
    std::string report;
    EXPECT_FALSE(write_validation_report(data, report)) << report;
    EXPECT_NE(report.find("mli_adm3_communes.geojson: has no field 'adm3_name', 'adm3_pcode'"), std::string::npos) << report;
    EXPECT_NE(report.find("holds 1 usable features where"), std::string::npos) << report;
    EXPECT_NE(report.find("expects 701"), std::string::npos) << report;
    EXPECT_NE(report.find("NOT usable"), std::string::npos) << report;
}

// A number beyond a double's range is valid JSON grammar that nlohmann refuses with out_of_range,
// not parse_error: found by fuzz_translations and fuzz_settings, it ended the program. Each
// reader of JSON now reports it with its line, and goes on.
TEST(BadInput, ANumberBeyondADoubleIsAnErrorWithItsLineNotACrash) {
    const std::string text = "{\n  \"mappings\": [],\n  \"x\": 7777E77777\n}";
    auto expect_reported = [](const Diagnostics& diag, const std::string& file) {
        ASSERT_EQ(diag.error_count(), 1u) << all(diag);
        const Diagnostic& d = diag.items().front();
        EXPECT_NE(d.file.find(file), std::string::npos) << d.to_string();
        EXPECT_EQ(d.where, "line 3, column 8") << d.to_string();
        EXPECT_NE(d.message.find("not valid JSON: a number too large to read: 7777E77777"), std::string::npos)
            << d.to_string();
    };
    {
        Diagnostics diag;
        std::unordered_map<std::string, std::string> strings;
        EXPECT_FALSE(parse_translation_text(text, "fr.json", strings, diag));
        expect_reported(diag, "fr.json");
    }
    {
        Diagnostics diag;
        EXPECT_FALSE(parse_json_document(text, "initiatives.json", diag));
        expect_reported(diag, "initiatives.json");
    }
    {
        const fs::path file = write_file("huge_number_mappings.json", text);
        Diagnostics diag;
        EXPECT_FALSE(load_admin_mappings(file, diag));
        expect_reported(diag, "huge_number_mappings.json");
    }
    // A parse error keeps nlohmann's own words, after its position.
    Diagnostics diag;
    EXPECT_FALSE(parse_json_document("{\"a\": tru}", "tours.json", diag));
    ASSERT_EQ(diag.error_count(), 1u);
    // nlohmann stops at the "}" that ends "tru".
    EXPECT_EQ(diag.items().front().where, "line 1, column 10") << diag.items().front().to_string();
    EXPECT_EQ(diag.items().front().message.rfind("not valid JSON: syntax error while parsing value", 0), 0u)
        << diag.items().front().to_string();
}
