// Burkina's provinces take their article in French (« province du Houet »): the table in
// geodata/ covers the 45 provinces of the boundary layer and names a source for every article.
#include "core/cartography/province_articles.h"
#include "core/cartography/search_entries.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "real_geodata.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {
const fs::path kTable = fs::path(CORRIDOR_SOURCE_DIR) / "geodata" / "bfa_province_articles.json";
}

TEST(ProvinceArticles, TheTableCoversEveryProvinceAndNamesItsSources) {
    std::ifstream in(kTable);
    const nlohmann::json doc = nlohmann::json::parse(in);
    std::set<std::string> table_pcodes;
    for (const auto& row : doc["provinces"]) {
        table_pcodes.insert(row["pcode"].get<std::string>());
        if (row["article"].is_null()) continue;
        ASSERT_TRUE(row["source"].is_string()) << row["name"];
        EXPECT_TRUE(doc["sources"].contains(row["source"].get<std::string>())) << row["name"];
        EXPECT_EQ(row["phrase"].get<std::string>().rfind("province ", 0), 0u) << row["name"];
    }
    std::set<std::string> layer_pcodes;
    const Layer* provinces = test::real_geodata().layer("bfa_provinces");
    ASSERT_NE(provinces, nullptr);
    for (const Feature& f : provinces->features) layer_pcodes.insert(f.admin.pcode.empty() ? f.id : f.admin.pcode);
    EXPECT_EQ(table_pcodes.size(), 45u);
    EXPECT_EQ(table_pcodes, layer_pcodes);
}

TEST(ProvinceArticles, PhrasesTakeTheSourcedArticle) {
    ProvinceArticles table;
    Diagnostics diag;
    ASSERT_TRUE(table.load(kTable, diag));
    EXPECT_TRUE(diag.empty());
    EXPECT_EQ(table.phrase("Houet"), "province du Houet");
    EXPECT_EQ(table.phrase("Kenedougou"), "province du Kénédougou");  // accents ignored in the lookup
    EXPECT_EQ(table.phrase("Yatenga"), "province du Yatenga");
    EXPECT_EQ(table.phrase("Comoé"), "province de la Comoé");
    EXPECT_EQ(table.phrase("Oubritenga"), "province de l’Oubritenga");
    EXPECT_EQ(table.phrase("Balé"), "province des Balé");
    EXPECT_EQ(table.phrase("Kourittenga"), "province Kourittenga");  // no sourced article: none guessed
    // The search box's parent text uses them.
    EXPECT_EQ(unit_phrase("province", "Houet"), "province du Houet");
    EXPECT_EQ(unit_phrase("cercle", "Kadiolo"), "cercle de Kadiolo");
}

TEST(ProvinceArticles, AMissingTableIsReportedWithItsPath) {
    ProvinceArticles table;
    Diagnostics diag;
    EXPECT_FALSE(table.load("/nonexistent/bfa_province_articles.json", diag));
    ASSERT_FALSE(diag.empty());
    EXPECT_NE(diag.items()[0].file.find("bfa_province_articles.json"), std::string::npos);
    EXPECT_EQ(table.phrase("Houet"), "province Houet");
}
