#include "core/cartography/places.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "real_geodata.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

std::string collection(const std::string& features) {
    return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

std::string point(double lon, double lat, const std::string& properties) {
    return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":{"type":"Point","coordinates":[)" +
           std::to_string(lon) + "," + std::to_string(lat) + "]}}";
}

std::string cod_place(const char* name, const char* cls, double lon, double lat, const char* commune = "Segou Commune") {
    return point(lon, lat, std::string(R"("featureNam":")") + name + R"(","pcode":"ML04","popPlaceCl":")" + cls +
                               R"(","admin0Name":"Mali","admin1Name":"Segou","admin2Name":"Segou","admin3Name":")" +
                               commune + R"(")");
}

std::string bfa_seat(const char* name, const char* name_fr, int level, double lon, double lat) {
    return point(lon, lat, std::string(R"("adm_p_lvl":)") + std::to_string(level) + R"(,"name":")" + name +
                               R"(","name_1":")" + name_fr +
                               R"(","adm3_name":"<Null>","adm2_name":"<Null>","adm1_name":"Centre","adm0_name":"Burkina Faso")");
}

std::string geonames(const char* name, const char* code, double lon, double lat) {
    return point(lon, lat, std::string(R"("name":")") + name + R"(","country":"ML","geonameid":1,"feature_code":")" +
                               code + R"(")");
}

// A data folder with the catalogue's paths: one Mali commune "Ségou" (a 0.1° square), COD
// places, Burkina seats and GeoNames towns around it.
fs::path write_fixture() {
    fs::path dir = fs::path(std::getenv("CORRIDOR_TEST_TMP") ? std::getenv("CORRIDOR_TEST_TMP") : "/tmp") / "places_fixture";
    fs::remove_all(dir);
    write(dir / "cod-ab-mali-v02/mli_adm3_communes.geojson",
          collection(R"({"type":"Feature","properties":{"adm3_name":"Ségou","adm3_pcode":"ML040701","adm2_name":"Ségou","adm2_pcode":"ML0407","adm1_name":"Ségou","adm1_pcode":"ML04","adm0_name":"Mali","adm0_pcode":"ML"},
              "geometry":{"type":"Polygon","coordinates":[[[-6.3,13.4],[-6.2,13.4],[-6.2,13.5],[-6.3,13.5],[-6.3,13.4]]]}})"));
    write(dir / "places/cod_mali_populated_places_2015.geojson",
          collection(cod_place("Segou", "2", -6.25, 13.45) + "," + cod_place("Segoukoro", "5", -6.22, 13.42) + "," +
                     cod_place("Dar Salam", "4", -7.0, 13.0, "Farako") + "," + cod_place("Nowhere", "", -6.21, 13.41)));
    write(dir / "cod-ab-burkina/bfa_admin_capitals_v03.geojson",
          collection(bfa_seat("Ouagadougou", "Ouagadougou", 3, -1.53, 12.37) + "," +
                     bfa_seat("Ouagadougou", "Ouagadougou", 0, -1.52, 12.38) + "," +
                     bfa_seat("Dedougou", "Dédougou", 1, -3.47, 12.46)));
    write(dir / "places/geonames_cities_ml_bf.geojson",
          collection(geonames("Ségou", "PPLA", -6.22, 13.45) +         // 3 km from the COD point: same place
                     "," + geonames("Segou", "PPL", -6.25, 13.9) +      // 50 km away: another place
                     "," + geonames("Ouagadougou", "PPLC", -1.5, 12.35) + "," + geonames("Kita", "PPLA2", -9.49, 13.03)));
    return dir;
}

const Place* find(const std::vector<Place>& places, const std::string& layer, const std::string& name) {
    for (const Place& p : places)
        if (p.layer == layer && p.name == name) return &p;
    return nullptr;
}

}  // namespace

TEST(Places, ClassesFromEachSource) {
    EXPECT_EQ(class_from_cod_mali("1"), PlaceClass::Capital);
    EXPECT_EQ(class_from_cod_mali("5"), PlaceClass::Village);
    EXPECT_FALSE(class_from_cod_mali(""));
    EXPECT_FALSE(class_from_cod_mali("6"));
    EXPECT_EQ(class_from_bfa_level("0"), PlaceClass::Capital);
    EXPECT_EQ(class_from_bfa_level("3"), PlaceClass::CommuneSeat);
    EXPECT_EQ(class_from_geonames("PPLA2"), PlaceClass::CercleSeat);
    EXPECT_EQ(class_from_geonames("PPL"), PlaceClass::Village);
    EXPECT_FALSE(class_from_geonames("ADM1"));
    EXPECT_STREQ(to_string(PlaceClass::RegionalCapital), "regional_capital");
}

TEST(Places, FixtureAccentsAdminNamesAndDuplicates) {
    Geodata data = load_geodata(write_fixture());
    Diagnostics diag;
    std::vector<Place> places = build_places(data, &diag);

    // ASCII "Segou" inside the commune polygon "Ségou" takes the accented spelling.
    const Place* segou = find(places, "places_mali", "Ségou");
    ASSERT_TRUE(segou);
    EXPECT_EQ(segou->place_class, PlaceClass::RegionalCapital);
    EXPECT_EQ(segou->commune, "Ségou");
    EXPECT_EQ(segou->region, "Ségou");
    EXPECT_EQ(segou->country, "Mali");
    EXPECT_NEAR(segou->lonlat.lon, -6.25, 1e-9);
    EXPECT_GT(segou->mercator.y, 1.4e6);  // 13.45°N is about 1.51e6 m north in Web Mercator
    // A different name in the same polygon keeps its own spelling.
    EXPECT_TRUE(find(places, "places_mali", "Segoukoro"));
    // Outside every polygon: the source's own admin names.
    const Place* dar = find(places, "places_mali", "Dar Salam");
    ASSERT_TRUE(dar);
    EXPECT_EQ(dar->commune, "Farako");
    EXPECT_EQ(dar->place_class, PlaceClass::CommuneSeat);
    // No class: a village, with a warning naming the file and feature.
    const Place* nowhere = find(places, "places_mali", "Nowhere");
    ASSERT_TRUE(nowhere);
    EXPECT_EQ(nowhere->place_class, PlaceClass::Village);
    bool warned = false;
    for (const Diagnostic& d : diag.items())
        warned |= d.file.find("cod_mali_populated_places_2015.geojson") != std::string::npos &&
                  d.where.find("feature 3") != std::string::npos;
    EXPECT_TRUE(warned);

    // Burkina: French name_1; Ouagadougou's records at two levels 1.5 km apart are one capital.
    EXPECT_TRUE(find(places, "bfa_capitals", "Dédougou"));
    int ouaga = 0;
    for (const Place& p : places)
        if (p.name == "Ouagadougou") {
            ++ouaga;
            EXPECT_EQ(p.place_class, PlaceClass::Capital);
        }
    EXPECT_EQ(ouaga, 1);

    // GeoNames: Ségou 3 km from the COD point is a duplicate; the Segou 50 km away and Kita stay.
    EXPECT_FALSE(find(places, "places_geonames", "Ségou"));
    EXPECT_TRUE(find(places, "places_geonames", "Segou"));
    EXPECT_TRUE(find(places, "places_geonames", "Kita"));
    EXPECT_EQ(places.size(), 4u + 2u + 2u);
}

TEST(Places, RealDataCountsAndSpellings) {
    std::vector<Place> places = build_places(corridor::test::real_geodata());
    std::map<PlaceClass, size_t> mali;
    size_t mali_total = 0;
    for (const Place& p : places)
        if (p.layer == "places_mali") ++mali[p.place_class], ++mali_total;
    // Every COD record is kept. The data README counts 1/8/41/650/18,068 plus one record
    // without a class; the GeoJSON as shipped has 18,069 records of class 5 and none without
    // (counted with Python's json module), so 18,069 villages.
    EXPECT_EQ(mali_total, 18769u);
    EXPECT_EQ(mali[PlaceClass::Capital], 1u);
    EXPECT_EQ(mali[PlaceClass::RegionalCapital], 8u);
    EXPECT_EQ(mali[PlaceClass::CercleSeat], 41u);
    EXPECT_EQ(mali[PlaceClass::CommuneSeat], 650u);
    EXPECT_EQ(mali[PlaceClass::Village], 18069u);

    // The COD writes "Segou"; the v02 commune polygon gives "Ségou".
    const Place* segou = find(places, "places_mali", "Ségou");
    ASSERT_TRUE(segou);
    EXPECT_EQ(segou->place_class, PlaceClass::RegionalCapital);
    EXPECT_EQ(segou->region, "Ségou");
    // Burkina seats once each; the capital is Ouagadougou, once across all sources.
    size_t ouaga = 0;
    for (const Place& p : places) ouaga += p.name == "Ouagadougou";
    EXPECT_EQ(ouaga, 1u);
    const Place* bobo = find(places, "bfa_capitals", "Bobo-Dioulasso");
    ASSERT_TRUE(bobo);
    EXPECT_EQ(bobo->place_class, PlaceClass::RegionalCapital);
    EXPECT_EQ(bobo->country, "Burkina Faso");
    // Bamako: GeoNames puts it 4.8 km from the COD point; one place only.
    size_t bamako = 0;
    for (const Place& p : places) bamako += p.name == "Bamako";
    EXPECT_EQ(bamako, 1u);
}
