// Normalising: the two countries' COD-AB field names map onto one admin model through the
// declarative mapping file, not code.
#include "core/normalise/admin_mapping.h"

#include <gtest/gtest.h>

#include "core/read/layer_reader.h"
#include "core/base/resource_paths.h"
#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;

namespace {

const std::string kSquare = R"({"type":"Polygon","coordinates":[[[0,10],[1,10],[1,11],[0,11],[0,10]]]})";

AdminMappings shipped_mappings() {
    Diagnostics diag;
    auto m = load_admin_mappings(project_geodata_path("admin_mappings.json"), diag);
    EXPECT_TRUE(m) << (diag.empty() ? "" : diag.items()[0].to_string());
    EXPECT_TRUE(diag.empty());
    return m ? *m : AdminMappings{};
}

}  // namespace

TEST(AdminMapping, MaliAndBurkinaFieldsMapOntoOneModel) {
    AdminMappings mappings = shipped_mappings();
    auto mali = write_file("mali_style.geojson",
                           feature_collection(feature(R"({"adm3_name":"Kadiolo","adm3_pcode":"ML030204","adm2_name":"Kadiolo","adm2_pcode":"ML0302","adm1_name":"Sikasso","adm1_pcode":"ML03","adm0_name":"Mali","adm0_pcode":"ML"})",
                                                      kSquare)));
    auto burkina = write_file("bfa_style.geojson",
                              feature_collection(feature(R"({"ADM3_FR":"Ouahigouya","ADM3_PCODE":"BF540307","ADM2_FR":"Yatenga","ADM2_PCODE":"BF5403","ADM1_FR":"Nord","ADM1_PCODE":"BF54","ADM0_FR":"Burkina Faso","ADM0_PCODE":"BF"})",
                                                         kSquare)));
    ReadOptions options;
    options.mappings = &mappings;
    Diagnostics diag;
    auto a = read_layer(mali, options, diag);
    auto b = read_layer(burkina, options, diag);
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(diag.empty());

    EXPECT_EQ(a->level, AdminLevel::Commune);
    const Feature& k = a->features[0];
    EXPECT_EQ(k.name, "Kadiolo");
    EXPECT_EQ(k.id, "ML030204");
    EXPECT_EQ(k.admin.cercle, "Kadiolo");
    EXPECT_EQ(k.admin.region, "Sikasso");
    EXPECT_EQ(k.admin.country, "Mali");

    EXPECT_EQ(b->level, AdminLevel::Commune);
    const Feature& o = b->features[0];
    EXPECT_EQ(o.name, "Ouahigouya");
    EXPECT_EQ(o.id, "BF540307");
    EXPECT_EQ(o.admin.cercle, "Yatenga");
    EXPECT_EQ(o.admin.region, "Nord");
    EXPECT_EQ(o.admin.country, "Burkina Faso");
    EXPECT_EQ(*o.attribute("ADM2_PCODE"), "BF5403");  // attributes kept as they are
}

TEST(AdminMapping, LevelIsDetectedFromTheLowestLevelPresent) {
    AdminMappings mappings = shipped_mappings();
    AdminLevel level = AdminLevel::None;
    const AdminMapping* m = mappings.detect({"ADM1_FR", "ADM1_PCODE", "ADM0_FR", "ADM0_PCODE"}, &level);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->id, "cod-ab-burkina");
    EXPECT_EQ(level, AdminLevel::Region);
    m = mappings.detect({"adm2_name", "adm2_pcode", "adm1_name", "adm1_pcode"}, &level);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->id, "cod-ab-mali");
    EXPECT_EQ(level, AdminLevel::Cercle);
    EXPECT_EQ(mappings.detect({"foo", "bar"}, &level), nullptr);
}

TEST(AdminMapping, ANewCountryIsAddedInJsonAlone) {
    auto file = write_file("mappings.json", R"({"mappings":[{"id":"cod-ab-niger","levels":{
        "commune":{"name":"ADM3_FR","pcode":"ADM3_PCODE"},"region":{"name":"ADM1_FR","pcode":"ADM1_PCODE"}}}]})");
    Diagnostics diag;
    auto mappings = load_admin_mappings(file, diag);
    ASSERT_TRUE(mappings);
    auto niger = write_file("niger.geojson",
                            feature_collection(feature(R"({"ADM3_FR":"Téra","ADM3_PCODE":"NE006","ADM1_FR":"Tillabéri","ADM1_PCODE":"NE06"})", kSquare)));
    ReadOptions options;
    options.mappings = &*mappings;
    auto layer = read_layer(niger, options, diag);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->features[0].name, "Téra");
    EXPECT_EQ(layer->features[0].admin.region, "Tillabéri");
    EXPECT_EQ(layer->features[0].id, "NE006");
}

TEST(AdminMapping, MissingNameFieldIsReportedPerFeature) {
    AdminMappings mappings = shipped_mappings();
    auto file = write_file("noname.geojson",
                           feature_collection(feature(R"({"adm3_name":"A","adm3_pcode":"ML1"})", kSquare) + "," +
                                              feature(R"({"adm3_name":null,"adm3_pcode":"ML2"})", kSquare)));
    ReadOptions options;
    options.mappings = &mappings;
    Diagnostics diag;
    auto layer = read_layer(file, options, diag);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->features.size(), 2u);  // kept, named by its P-code
    EXPECT_EQ(layer->features[1].name, "ML2");
    ASSERT_EQ(diag.items().size(), 1u);
    EXPECT_EQ(diag.items()[0].where, "feature 1 (ML2)");
    EXPECT_NE(diag.items()[0].message.find("missing name (field 'adm3_name'"), std::string::npos);
}

TEST(AdminMapping, BadMappingFileNamesThePath) {
    auto file = write_file("bad_mappings.json", R"({"mappings":[{"id":"x","levels":{"district":{"name":"a"}}}]})");
    Diagnostics diag;
    load_admin_mappings(file, diag);
    ASSERT_EQ(diag.items().size(), 1u);
    EXPECT_EQ(diag.items()[0].where, "/mappings/0/levels/district (line 1)");
}

TEST(AdminMapping, WrongTypesAreErrorsNotExceptions) {
    // nlohmann_json's value() throws on a member of another type; each of these ended the viewer.
    auto file = write_file("typed_mappings.json", R"({"mappings":[
        {"id":"a","detect":"yes","levels":{"commune":{"name":"n"}}},
        {"id":"b","feature":3},
        {"id":"c","feature":{"name":7}},
        {"id":"d","levels":{"commune":{"name":"n","pcode":false}}},
        {"id":"e","levels":{"commune":{"name":"n","pcode":"p"}}}]})");
    Diagnostics diag;
    std::optional<AdminMappings> mappings;
    ASSERT_NO_THROW(mappings = load_admin_mappings(file, diag));
    ASSERT_TRUE(mappings);
    ASSERT_EQ(diag.error_count(), 4u);
    EXPECT_EQ(diag.items()[0].where, "/mappings/0/detect (line 2)");
    EXPECT_EQ(diag.items()[1].where, "/mappings/1/feature (line 3)");
    EXPECT_EQ(diag.items()[2].where, "/mappings/2/feature (line 4)");
    EXPECT_EQ(diag.items()[3].where, "/mappings/3/levels/commune (line 5)");
    EXPECT_NE(mappings->find("e"), nullptr);
}
