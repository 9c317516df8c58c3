// The default catalogue on the real data, and the --validate report.
#include "core/read/geodata_catalog.h"

#include <gtest/gtest.h>

#include "fixtures.h"

using namespace corridor;
using namespace corridor::test;

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
