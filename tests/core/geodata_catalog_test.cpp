// The default catalogue on the real data, and the --validate report.
#include "core/read/geodata_catalog.h"

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;
namespace fs = std::filesystem;

TEST(GeodataCatalog, RealDataHas701MaliAnd351BurkinaCommunes) {
    Geodata data = load_geodata(real_data_dir());
    EXPECT_EQ(data.commune_count("Mali"), 701u);
    EXPECT_EQ(data.commune_count("Burkina Faso"), 351u);
    const Layer* layer = nullptr;
    const Feature* kadiolo = data.commune("ML030204", &layer);
    ASSERT_NE(kadiolo, nullptr);
    EXPECT_EQ(kadiolo->name, "Kadiolo");
    EXPECT_EQ(kadiolo->admin.region, "Sikasso");
    EXPECT_EQ(layer->id, "mli_communes");
    const Feature* ouahigouya = data.commune("BF540307");
    ASSERT_NE(ouahigouya, nullptr);
    EXPECT_EQ(ouahigouya->admin.country, "Burkina Faso");
    EXPECT_FALSE(layer->attribution.empty());

    std::string report;
    EXPECT_TRUE(write_validation_report(data, report));
    EXPECT_NE(report.find("Communes: Mali 701, Burkina Faso 351"), std::string::npos) << report;
    EXPECT_NE(report.find("701 features  lon -12.239 to 4.245, lat 10.141 to 25.000"),
              std::string::npos)
        << report;
}

TEST(GeodataCatalog, MissingDataFolderIsNotUsable) {
    Geodata data = load_geodata(scratch_dir() / "no-such-folder");
    std::string report;
    EXPECT_FALSE(write_validation_report(data, report));
    EXPECT_NE(report.find("boundary data folder not found"), std::string::npos) << report;
    EXPECT_NE(report.find("The data is NOT usable."), std::string::npos);
}

TEST(GeodataCatalog, EachLayerReportsWaitingReadingThenReadOrFailed) {
    // The real Burkina communes, and none of the other files: those layers fail.
    const fs::path dir = scratch_dir() / "progress";
    const fs::path burkina = fs::path("cod-ab-burkina") / "bfa_adm3_communes.geojson";
    fs::create_directories(dir / "cod-ab-burkina");
    if (!fs::exists(dir / burkina)) fs::create_symlink(real_data_dir() / burkina, dir / burkina);
    std::vector<std::pair<std::string, LayerLoadState>> events;
    // What the Read event hands over, while the others still read: the layer itself.
    std::vector<std::pair<std::string, size_t>> handed;
    Geodata data = load_geodata(dir, [&](const LayerLoadEvent& e) {
        events.emplace_back(e.layer_id, e.state);
        EXPECT_EQ(e.layer != nullptr, e.state == LayerLoadState::Read) << e.layer_id;
        if (e.layer) handed.emplace_back(e.layer->id, e.layer->features.size());
        // Each event carries its file's size: the commune file's, none for the files missing.
        EXPECT_EQ(e.file_bytes, e.layer_id == "bfa_communes" ? fs::file_size(dir / burkina) : 0u) << e.layer_id;
    });

    // Every catalogue layer announced first, then each read or failed after it was taken.
    const Geodata real = load_geodata(real_data_dir());
    ASSERT_EQ(events.size(), 3 * real.layers.size());
    std::map<std::string, std::vector<LayerLoadState>> by_layer;
    for (size_t k = 0; k < events.size(); ++k) {
        EXPECT_EQ(events[k].second == LayerLoadState::Waiting, k < real.layers.size()) << k;
        by_layer[events[k].first].push_back(events[k].second);
    }
    for (const Layer& layer : real.layers) {
        const auto& states = by_layer[layer.id];
        ASSERT_EQ(states.size(), 3u) << layer.id;
        EXPECT_EQ(states[0], LayerLoadState::Waiting);
        EXPECT_EQ(states[1], LayerLoadState::Reading);
        EXPECT_EQ(states[2], layer.id == "bfa_communes" ? LayerLoadState::Read : LayerLoadState::Failed) << layer.id;
    }
    ASSERT_EQ(data.layers.size(), 1u);
    EXPECT_EQ(data.layers[0].id, "bfa_communes");
    ASSERT_EQ(handed.size(), 1u);
    EXPECT_EQ(handed[0], std::make_pair(std::string("bfa_communes"), data.layers[0].features.size()));
}
