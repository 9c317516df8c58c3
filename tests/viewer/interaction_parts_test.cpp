// The GUI-free parts behind issue 17's interaction: the detail pane's history (Back and Forward
// as a browser's), what a path typed into the file browser means, and the display-name field
// a user file's features are titled by.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/read/layer_reader.h"
#include "fixtures.h"
#include "viewer/panels/file_browser.h"
#include "viewer/ui/detail_history.h"

namespace fs = std::filesystem;
using corridor::DetailHistory;
using corridor::DetailPage;

namespace {

DetailPage commune(int i) { return {DetailPage::Kind::Feature, {0, i}, {}, {}}; }
DetailPage corridor_page(int i) { return {DetailPage::Kind::Corridor, {}, {i}, {}}; }

}  // namespace

TEST(DetailHistory, BackAndForwardAsABrowser) {
    DetailHistory h;
    EXPECT_FALSE(h.can_back());
    h.visit(commune(1));
    EXPECT_FALSE(h.can_back()) << "a first page";
    h.visit(corridor_page(0));
    h.visit(corridor_page(0));  // the same page again is no new visit
    EXPECT_EQ(h.size(), 2u);
    ASSERT_TRUE(h.can_back());
    EXPECT_EQ(h.back(), commune(1));
    EXPECT_TRUE(h.can_forward());
    EXPECT_FALSE(h.can_back());
    EXPECT_EQ(h.forward(), corridor_page(0));
    EXPECT_FALSE(h.forward().has_value());
    // Back, then a new page: the pages ahead are dropped.
    h.back();
    h.visit(commune(7));
    EXPECT_FALSE(h.can_forward());
    EXPECT_EQ(h.size(), 2u);
    EXPECT_EQ(*h.current(), commune(7));
}

TEST(DetailHistory, ClosedPaneHasNoBackButKeepsItsPages) {
    DetailHistory h;
    h.visit(commune(1));
    h.visit(commune(2));
    h.close();
    EXPECT_EQ(h.current(), nullptr);
    EXPECT_FALSE(h.can_back());
    EXPECT_FALSE(h.back().has_value());
    h.visit(commune(3));
    ASSERT_TRUE(h.can_back());
    EXPECT_EQ(h.back(), commune(2)) << "the page shown before the pane closed";
}

TEST(FileBrowserPath, TypedAndPastedPaths) {
    const fs::path folder = "/data/maps", home = "/home/awa";
    EXPECT_EQ(corridor::resolve_typed_path("/srv/x.geojson", folder, home), fs::path("/srv/x.geojson"));
    EXPECT_EQ(corridor::resolve_typed_path("roads.shp", folder, home), fs::path("/data/maps/roads.shp"));
    EXPECT_EQ(corridor::resolve_typed_path("~", folder, home), home);
    EXPECT_EQ(corridor::resolve_typed_path("~/Documents", folder, home), fs::path("/home/awa/Documents"));
    // Pasted from a terminal or a file manager: quotes, a newline, a file:// address.
    EXPECT_EQ(corridor::resolve_typed_path("  '/srv/a b.gpkg'\n", folder, home), fs::path("/srv/a b.gpkg"));
    EXPECT_EQ(corridor::resolve_typed_path("file:///srv/x.geojson", folder, home), fs::path("/srv/x.geojson"));
    EXPECT_EQ(corridor::resolve_typed_path("", folder, home), folder);
}

TEST(FileBrowserPath, GdalNamesTheVectorFormatsButNotImages) {
    const auto ext = corridor::gdal_vector_extensions();
    auto has = [&](const char* e) { return std::find(ext.begin(), ext.end(), e) != ext.end(); };
    for (const char* e : {"geojson", "shp", "gpkg", "kml", "fgb", "csv"}) EXPECT_TRUE(has(e)) << e;
    for (const char* e : {"jpg", "docx", "tif"}) EXPECT_FALSE(has(e)) << e;
}

// The text fields are the choices the legend's layer menu offers; choosing one renames every
// feature by it, and a field that is not a text field of the layer changes nothing.
TEST(DisplayNameField, FeaturesCanBeNamedByAnotherTextField) {
    using namespace corridor;
    using namespace corridor::test;
    const std::string point = R"({"type": "Point", "coordinates": [-4.2, 14.5]})";
    Diagnostics diag;
    auto layer = read_layer(write_file("wells.geojson",
                                       feature_collection(feature(R"({"code": "W8", "NAME": "Djenné well", "kind": "borehole", "n": 8})", point) +
                                                          "," + feature(R"({"code": "W9", "NAME": "Araouane well", "n": 9})", point))),
                            {}, diag);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->name_field, "NAME");
    EXPECT_EQ(layer->text_fields, (std::vector<std::string>{"code", "NAME", "kind"}));
    ASSERT_TRUE(name_features_by(*layer, "kind"));
    EXPECT_EQ(layer->name_field, "kind");
    EXPECT_EQ(layer->features[0].name, "borehole");
    EXPECT_EQ(layer->features[1].name, "") << "no value: shown by its id, as when read";
    EXPECT_FALSE(name_features_by(*layer, "n")) << "not a text field";
    EXPECT_FALSE(name_features_by(*layer, "missing"));
    EXPECT_EQ(layer->features[0].name, "borehole");
}
