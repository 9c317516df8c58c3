// Corridor computations: geodesic legs against Vincenty's formula, crossed and buffered
// communes on a synthetic grid whose answer follows from its geometry, the real corridors,
// and the CSV / GeoJSON export read back through OGR.
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "core/measure/corridor_analysis.h"
#include "core/measure/corridor_export.h"
#include "core/programme/corridor_reader.h"
#include "real_geodata.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

fs::path tmp_dir() {
    fs::path dir = test::scratch_dir() / "corridor_analysis";
    fs::create_directories(dir);
    return dir;
}

// Vincenty's inverse formula on WGS 84 (1975), written independently of PROJ's Karney
// algorithm; metres. Converges for the non-antipodal distances used here.
double vincenty_m(LonLat p1, LonLat p2) {
    const double a = 6378137.0, f = 1 / 298.257223563, b = a * (1 - f);
    const double rad = M_PI / 180;
    double L = (p2.lon - p1.lon) * rad;
    double U1 = std::atan((1 - f) * std::tan(p1.lat * rad)), U2 = std::atan((1 - f) * std::tan(p2.lat * rad));
    double sinU1 = std::sin(U1), cosU1 = std::cos(U1), sinU2 = std::sin(U2), cosU2 = std::cos(U2);
    double lambda = L, sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
    for (int i = 0; i < 200; ++i) {
        double sinL = std::sin(lambda), cosL = std::cos(lambda);
        sinSigma = std::sqrt(std::pow(cosU2 * sinL, 2) + std::pow(cosU1 * sinU2 - sinU1 * cosU2 * cosL, 2));
        if (sinSigma == 0) return 0;
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
        sigma = std::atan2(sinSigma, cosSigma);
        double sinAlpha = cosU1 * cosU2 * sinL / sinSigma;
        cos2Alpha = 1 - sinAlpha * sinAlpha;
        cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
        double C = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
        double prev = lambda;
        lambda = L + (1 - C) * f * sinAlpha *
                         (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - prev) < 1e-12) break;
    }
    double u2 = cos2Alpha * (a * a - b * b) / (b * b);
    double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    double dSigma = B * sinSigma *
                    (cos2SigmaM + B / 4 *
                                      (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
                                       B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) *
                                           (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    return b * A * (sigma - dSigma);
}

// A grid of 1° x 1° square communes: columns lon -6..-1 (5), rows lat 11..14 (3).
// Names "c<col><row>", P-code "G<col><row>", cercle "col <col>", region "row <row>".
std::unique_ptr<OGRPolygon> grid_square(int col, int row) {
    const double x0 = -6 + col, y0 = 11 + row;
    auto ring = std::make_unique<OGRLinearRing>();
    ring->addPoint(x0, y0), ring->addPoint(x0 + 1, y0), ring->addPoint(x0 + 1, y0 + 1);
    ring->addPoint(x0, y0 + 1), ring->addPoint(x0, y0);
    auto poly = std::make_unique<OGRPolygon>();
    poly->addRingDirectly(ring.release());
    return poly;
}

// The square of a grid commune, as the reader keeps it: in Web Mercator, with its bounds.
void set_square(Feature& f, int col, int row) {
    OGRSpatialReference lonlat, mercator;
    lonlat.importFromEPSG(4326), mercator.importFromEPSG(3857);
    lonlat.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_mercator(OGRCreateCoordinateTransformation(&lonlat, &mercator));
    std::unique_ptr<OGRPolygon> square = grid_square(col, row);
    ASSERT_EQ(square->transform(to_mercator.get()), OGRERR_NONE);
    OGREnvelope e;
    square->getEnvelope(&e);
    f.bounds.expand(e.MinX, e.MinY), f.bounds.expand(e.MaxX, e.MaxY);
    f.mercator.reset(square.release());
}

Layer grid_layer() {
    Layer layer;
    layer.id = "grid";
    for (int col = 0; col < 5; ++col)
        for (int row = 0; row < 3; ++row) {
            Feature f;
            f.index = layer.features.size();
            f.id = "G" + std::to_string(col) + std::to_string(row);
            f.name = "c" + std::to_string(col) + std::to_string(row);
            f.admin = {f.name, "col " + std::to_string(col), "row " + std::to_string(row), "Grid", f.id};
            set_square(f, col, row);
            layer.features.push_back(std::move(f));
        }
    return layer;
}

std::set<std::string> pcodes(const std::vector<CorridorCommune>& communes) {
    std::set<std::string> s;
    for (const auto& c : communes) s.insert(c.pcode);
    return s;
}

std::vector<Corridor> shipped_corridors() {
    Diagnostics diag;
    auto corridors = load_corridors(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/corridors.json", {}, diag);
    EXPECT_TRUE(diag.empty());
    return corridors;
}

}  // namespace

TEST(CorridorLength, LegsMatchVincentyWithinHalfAPercent) {
    for (const auto& c : shipped_corridors()) {
        CorridorLength len = corridor_length(c);
        ASSERT_EQ(len.legs.size(), c.towns.size() - 1);
        double sum = 0;
        for (size_t i = 0; i < len.legs.size(); ++i) {
            double ref_km = vincenty_m(c.towns[i].position, c.towns[i + 1].position) / 1000;
            EXPECT_EQ(len.legs[i].from, c.towns[i].name);
            EXPECT_NEAR(len.legs[i].km, ref_km, ref_km * 0.005) << c.id << " leg " << i;
            sum += ref_km;
        }
        EXPECT_NEAR(len.total_km, sum, sum * 0.005);
    }
    // A long, diagonal pair (Bamako -> Ouagadougou, key_places.csv) and a pure meridian arc:
    // one degree of latitude near 12° N is about 110.65 km on WGS 84.
    LonLat bamako{-8.002093, 12.642919}, ouaga{-1.528654, 12.368327};
    double ref = vincenty_m(bamako, ouaga) / 1000;
    EXPECT_NEAR(geodesic_km(bamako, ouaga), ref, ref * 0.005);
    EXPECT_NEAR(geodesic_km({-5, 11.5}, {-5, 12.5}), 110.65, 0.1);
}

TEST(CorridorCommunes, CrossedOnAGrid) {
    Layer grid = grid_layer();
    // A line along lat 12.95 from lon -5.5 to -2.5 lies in row 1 (lat 12..13), columns 0..3.
    auto crossed = communes_crossed({{-5.5, 12.95}, {-2.5, 12.95}}, {&grid});
    EXPECT_EQ(pcodes(crossed), (std::set<std::string>{"G01", "G11", "G21", "G31"}));
    for (const auto& c : crossed) EXPECT_EQ(c.distance_km, 0);
    EXPECT_EQ(crossed[0].cercle, "col 0");
    EXPECT_EQ(crossed[0].region, "row 1");
    EXPECT_TRUE(communes_crossed({{-5.5, 12.95}}, {&grid}).empty());  // not a line: nothing, no crash
}

TEST(CorridorCommunes, BufferOnAGrid) {
    Layer grid = grid_layer();
    std::vector<LonLat> line{{-5.5, 12.95}, {-2.5, 12.95}};
    // Row 2 starts at lat 13, 0.05° north of the line: about 5.53 km (110.65 km per degree).
    // Column 4 starts at lon -2, 0.5° east of the line's end: about 54 km. Row 0 ends 0.95° south.
    CorridorBuffer b10 = communes_near(line, 10, {&grid});
    EXPECT_EQ(b10.distance_km, 10);
    EXPECT_EQ(pcodes(b10.communes), (std::set<std::string>{"G01", "G11", "G21", "G31", "G02", "G12", "G22", "G32"}));
    for (const auto& c : b10.communes) {
        if (c.pcode.back() == '1') EXPECT_EQ(c.distance_km, 0) << c.pcode;
        else EXPECT_NEAR(c.distance_km, 5.53, 5.53 * 0.01) << c.pcode;
    }
    EXPECT_EQ(b10.communes.front().distance_km, 0);  // sorted by distance
    EXPECT_GT(b10.communes.back().distance_km, 5);

    CorridorBuffer b5 = communes_near(line, 5, {&grid});
    EXPECT_EQ(pcodes(b5.communes), (std::set<std::string>{"G01", "G11", "G21", "G31"}));
    CorridorBuffer b50 = communes_near(line, 50, {&grid});
    EXPECT_EQ(b50.communes.size(), 8u);  // column 4 (54 km) and row 0 (105 km) stay out

    // The buffer polygon, in lon/lat: it holds the line and reaches about 10 km (0.0904°) north.
    ASSERT_TRUE(b10.polygon_lonlat);
    OGRPoint mid(-4, 12.95);
    EXPECT_TRUE(b10.polygon_lonlat->Contains(&mid));
    OGREnvelope env;
    b10.polygon_lonlat->getEnvelope(&env);
    EXPECT_NEAR(env.MaxY - 12.95, 10 / 110.65, 0.002);
    EXPECT_NEAR(12.95 - env.MinY, 10 / 110.65, 0.002);

    EXPECT_EQ(communes_near(line, 1, {&grid}).distance_km, kMinBufferKm);  // clamped
    EXPECT_EQ(communes_near(line, 500, {&grid}).distance_km, kMaxBufferKm);
    EXPECT_FALSE(communes_near({{-4, 12}}, 10, {&grid}).polygon_lonlat);
}

TEST(CorridorCommunes, RealCorridorsHoldTheirTownsCommunes) {
    auto layers = test::real_commune_layer_ptrs();
    for (const auto& c : shipped_corridors()) {
        auto crossed = pcodes(communes_crossed(c.line(), layers));
        CorridorBuffer buffer = communes_near(c.line(), 10, layers);
        auto near = pcodes(buffer.communes);
        for (const auto& t : c.towns) {
            EXPECT_EQ(crossed.count(t.commune), 1u) << c.id << " crossed misses " << t.name;
            EXPECT_EQ(near.count(t.commune), 1u) << c.id << " 10 km buffer misses " << t.name;
        }
        for (const auto& p : crossed) EXPECT_EQ(near.count(p), 1u) << p << " crossed but not within 10 km";
        EXPECT_GT(near.size(), crossed.size()) << c.id;  // a 10 km band reaches past the crossed ones
        for (const auto& x : buffer.communes) {
            EXPECT_EQ(x.distance_km == 0, crossed.count(x.pcode) == 1) << x.pcode;
            EXPECT_LE(x.distance_km, 10.01);
            EXPECT_FALSE(x.country.empty());
        }
    }
}

TEST(CorridorExport, CsvReadsBackThroughOgr) {
    Layer grid = grid_layer();
    auto communes = communes_near({{-5.5, 12.95}, {-2.5, 12.95}}, 10, {&grid}).communes;
    ASSERT_EQ(communes.size(), 8u);
    communes[0].name = "Ségou, \"Nord\"";  // comma, quotes and an accent must survive
    communes[1].region = "line\nbreak";
    fs::path path = tmp_dir() / "communes.csv";
    Diagnostics diag;
    ASSERT_TRUE(write_communes_csv(path, communes, 10, {}, diag));

    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayer(0);
    ASSERT_EQ(layer->GetFeatureCount(), 8);
    size_t i = 0;
    for (auto& f : *layer) {
        const auto& c = communes[i++];
        EXPECT_EQ(std::string(f->GetFieldAsString("pcode")), c.pcode);
        EXPECT_EQ(std::string(f->GetFieldAsString("name")), c.name);
        EXPECT_EQ(std::string(f->GetFieldAsString("region")), c.region);
        EXPECT_EQ(std::string(f->GetFieldAsString("country")), c.country);
        EXPECT_NEAR(std::stod(f->GetFieldAsString("distance_km")), c.distance_km, 0.0005);
    }
}

// For French Excel: UTF-8 with a BOM, ";" between cells, decimal commas, French headers and a
// column that says whether the line crosses the commune or how near it passes.
TEST(CorridorExport, FrenchCsvHasBomSemicolonsAndDecimalCommas) {
    Layer grid = grid_layer();
    auto communes = communes_near({{-5.5, 12.95}, {-2.5, 12.95}}, 10, {&grid}).communes;
    ASSERT_EQ(communes.size(), 8u);
    communes[0].name = "Ségou; Nord";  // the separator inside a cell is quoted
    const CsvStyle style = spreadsheet_csv_style(
        "fr", {"Code P", "Commune", "Cercle ou province", "Région", "Pays", "Distance (km)", "Relation"},
        "traversée", "à moins de %s km");
    fs::path path = tmp_dir() / "communes_fr.csv";
    Diagnostics diag;
    ASSERT_TRUE(write_communes_csv(path, communes, 12.5, style, diag));
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u) << "a UTF-8 byte-order mark first";
    EXPECT_EQ(text.substr(3, text.find("\r\n") - 3), "Code P;Commune;Cercle ou province;Région;Pays;Distance (km);Relation");

    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayer(0);
    ASSERT_EQ(layer->GetLayerDefn()->GetFieldCount(), 7) << "GDAL splits the lines on ';'";
    ASSERT_EQ(layer->GetFeatureCount(), 8);
    size_t i = 0, crossed = 0, near = 0;
    for (auto& f : *layer) {
        const auto& c = communes[i++];
        EXPECT_EQ(std::string(f->GetFieldAsString(0)), c.pcode);
        EXPECT_EQ(std::string(f->GetFieldAsString(1)), c.name);
        std::string km = f->GetFieldAsString(5);
        EXPECT_EQ(km.find('.'), std::string::npos) << km;
        ASSERT_NE(km.find(','), std::string::npos) << km;
        km[km.find(',')] = '.';
        EXPECT_NEAR(std::stod(km), c.distance_km, 0.0005);
        const std::string relation = f->GetFieldAsString(6);
        if (c.distance_km == 0) {
            EXPECT_EQ(relation, "traversée");
            ++crossed;
        } else {
            EXPECT_EQ(relation, "à moins de 12,5 km");
            ++near;
        }
    }
    EXPECT_GT(crossed, 0u);
    EXPECT_GT(near, 0u);
}

TEST(CorridorExport, GeoJsonReadsBackWithGeometry) {
    Layer grid = grid_layer();
    auto communes = communes_near({{-5.5, 12.95}, {-2.5, 12.95}}, 10, {&grid}).communes;
    communes[0].name = "Niéna";
    fs::path path = tmp_dir() / "communes.geojson";
    Diagnostics diag;
    ASSERT_TRUE(write_communes_geojson(path, communes, "test-corridor", 10, diag));

    std::ifstream in(path);
    nlohmann::json j = nlohmann::json::parse(in);
    EXPECT_EQ(j["type"], "FeatureCollection");
    EXPECT_EQ(j["corridor"], "test-corridor");
    EXPECT_EQ(j["buffer_km"], 10);
    ASSERT_EQ(j["features"].size(), communes.size());
    EXPECT_EQ(j["features"][0]["properties"]["name"], "Niéna");

    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    size_t i = 0;
    for (auto& f : *ds->GetLayer(0)) {
        const auto& c = communes[i++];
        EXPECT_EQ(std::string(f->GetFieldAsString("pcode")), c.pcode);
        EXPECT_EQ(std::string(f->GetFieldAsString("cercle")), c.cercle);
        EXPECT_DOUBLE_EQ(f->GetFieldAsDouble("distance_km"), c.distance_km);
        ASSERT_NE(f->GetGeometryRef(), nullptr);
        // The source's square, not the last digits of a round trip through Web Mercator.
        const std::unique_ptr<OGRPolygon> square = grid_square(c.pcode[1] - '0', c.pcode[2] - '0');
        EXPECT_TRUE(f->GetGeometryRef()->Equals(square.get())) << c.pcode;
    }
    EXPECT_EQ(i, communes.size());
}

TEST(CorridorExport, UnwritablePathIsAnError) {
    Diagnostics diag;
    EXPECT_FALSE(write_communes_csv(tmp_dir() / "no_such_dir" / "x.csv", {}, 10, {}, diag));
    ASSERT_EQ(diag.error_count(), 1u);
    EXPECT_NE(diag.items()[0].file.find("no_such_dir"), std::string::npos);
}
