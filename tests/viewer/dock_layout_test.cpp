// The left column's arithmetic, the unobstructed map area and framing into it, and the ImGui
// side of docking (headless: an ImGui context without a window or renderer): first-run
// placement, imgui.ini and the user's own moves winning over it.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/project/projection.h"
#include "viewer/map/map_area.h"
#include "viewer/ui/dock_layout.h"
#include "viewer/ui/imgui_sfml_platform.h"
#include "viewer/ui/left_dock.h"
#include "fixtures.h"
#include "full_disk.h"

using namespace corridor;

TEST(DockLayout, RoomyColumnGivesTheLegendItsContentAndTheListTheRest) {
    // Column 100..700 (600 px), gap 10: list (fill, min 150) over legend (wants 300).
    std::vector<float> h = stack_column({{150, 0, true}, {60, 300, false}}, 100, 700, 10, 20);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_FLOAT_EQ(h[1], 300);
    EXPECT_FLOAT_EQ(h[0], 600 - 10 - 300);  // everything else
}

TEST(DockLayout, ShortColumnKeepsMinimumsAndTheLegendShrinks) {
    // 400 px: the list keeps its 150, the legend gets 400 - 10 - 150 = 240 of the 300 it wants.
    std::vector<float> h = stack_column({{150, 0, true}, {60, 300, false}}, 0, 400, 10, 20);
    EXPECT_FLOAT_EQ(h[0], 150);
    EXPECT_FLOAT_EQ(h[1], 240);
    EXPECT_LE(h[0] + 10 + h[1], 400);
}

TEST(DockLayout, TinyColumnCollapsesTheLowerPanelsFirst) {
    // 120 px: title bars (20 each) first, then the list grows to its minimum with what is left.
    std::vector<float> h = stack_column({{150, 0, true}, {60, 300, false}}, 0, 120, 10, 20);
    EXPECT_FLOAT_EQ(h[1], 20);       // only its title: shown collapsed
    EXPECT_FLOAT_EQ(h[0], 120 - 30);  // the rest
}

TEST(MapArea, LeftAndRightPanelsNarrowItCentredWindowsDoNot) {
    std::vector<Box> panels = {Box{12, 40, 312, 700},     // left column
                               Box{900, 40, 1268, 500},   // detail panel at the right
                               Box{440, 30, 840, 120}};   // search box, centred
    Box a = unobstructed_area(1280, 800, 20, panels);
    EXPECT_DOUBLE_EQ(a.min_x, 312);
    EXPECT_DOUBLE_EQ(a.max_x, 900);
    EXPECT_DOUBLE_EQ(a.min_y, 20);
    EXPECT_DOUBLE_EQ(a.max_y, 800);
}

TEST(MapArea, AWideAttributionBandEndsItAboveNotANarrowOne) {
    const Box column{12, 40, 312, 700};
    EXPECT_DOUBLE_EQ(unobstructed_area(1280, 800, 20, {column}, Box{150, 744, 1276, 792}).max_y, 744);
    EXPECT_DOUBLE_EQ(unobstructed_area(1280, 800, 20, {column}, Box{1100, 776, 1276, 792}).max_y, 800);
}

TEST(MapArea, FitInAreaCentresTheTargetThereWithPadding) {
    Camera cam(1280, 800);
    Box target;
    for (LonLat p : {LonLat{-12.24, 9.40}, LonLat{4.27, 25.0}}) {
        MapPoint m = lonlat_to_mercator(p);
        target.expand(m.x, m.y);
    }
    const Box area{324, 20, 1280, 800};
    Camera fitted = fit_in_area(cam, target, area, 40);
    EXPECT_EQ(fitted.viewport_width(), 1280);
    ScreenPoint sw = fitted.map_to_screen({target.min_x, target.min_y});
    ScreenPoint ne = fitted.map_to_screen({target.max_x, target.max_y});
    EXPECT_GE(sw.x, area.min_x + 40 - 1e-6);
    EXPECT_LE(ne.x, area.max_x - 40 + 1e-6);
    EXPECT_GE(ne.y, area.min_y + 40 - 1e-6);
    EXPECT_LE(sw.y, area.max_y - 40 + 1e-6);
    EXPECT_NEAR((sw.x + ne.x) / 2, (area.min_x + area.max_x) / 2, 1e-6);
    EXPECT_NEAR((sw.y + ne.y) / 2, (area.min_y + area.max_y) / 2, 1e-6);
    // Taller than wide here: the height is what limits, 40 px each side.
    EXPECT_NEAR(sw.y - ne.y, area.height() - 80, 1e-6);
}

namespace {

// A headless ImGui: enough for windows, positions and imgui.ini settings.
struct HeadlessImGui {
    explicit HeadlessImGui(const char* ini = nullptr) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        if (ini) ImGui::LoadIniSettingsFromMemory(ini);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }

    // One frame with the list and the legend docked; returns the legend's window.
    ImGuiWindow* frame(LeftDock& dock) {
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        dock.begin_frame(20, ImGui::GetIO().DisplaySize.y - 60);
        dock.place_next("Initiatives###initiatives", 1, {150, 0, true}, false);
        ImGui::Begin("Initiatives###initiatives");
        ImGui::TextUnformatted("list");
        ImGui::End();
        dock.place_next("Legend###legend", 2, {60, 200, false}, true);
        ImGui::Begin("Legend###legend", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
        for (int i = 0; i < 8; ++i) ImGui::Text("row %d", i);
        ImGui::End();
        ImGui::Render();
        return ImGui::FindWindowByName("Legend###legend");
    }
};

ImGuiWindow* window(const char* name) { return ImGui::FindWindowByName(name); }

}  // namespace

TEST(LeftDock, FirstRunStacksThePanelsWithoutOverlapAboveTheBottom) {
    HeadlessImGui imgui;
    LeftDock dock;
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    ImGuiWindow* list = window("Initiatives###initiatives");
    ImGuiWindow* legend = window("Legend###legend");
    ASSERT_TRUE(list && legend);
    EXPECT_FLOAT_EQ(list->Pos.x, LeftDock::kMargin);
    EXPECT_FLOAT_EQ(list->Pos.y, 20 + LeftDock::kMargin);
    EXPECT_FLOAT_EQ(legend->Pos.x, LeftDock::kMargin);
    EXPECT_GE(legend->Pos.y, list->Pos.y + list->Size.y + LeftDock::kMargin - 0.5f) << "no overlap";
    EXPECT_LE(legend->Pos.y + legend->Size.y, 800 - 60 - LeftDock::kMargin + 0.5f) << "above the furniture";
    EXPECT_FLOAT_EQ(list->Size.x, legend->Size.x) << "one column width";
    // The list takes what the legend leaves: the column is filled.
    EXPECT_NEAR(legend->Pos.y + legend->Size.y, 800 - 60 - LeftDock::kMargin, 1.0f);
}

TEST(LeftDock, FollowsTheWindowSizeWhileUntouched) {
    HeadlessImGui imgui;
    LeftDock dock;
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    const float before = window("Initiatives###initiatives")->Size.y;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1000);
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    EXPECT_NEAR(window("Initiatives###initiatives")->Size.y, before + 200, 1.0f);
}

TEST(LeftDock, ImguiIniPositionWins) {
    HeadlessImGui imgui("[Window][Legende###legend]\nPos=700,300\nSize=250,200\nCollapsed=0\n");
    LeftDock dock;
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    ImGuiWindow* legend = window("Legend###legend");
    ASSERT_TRUE(legend);
    EXPECT_FLOAT_EQ(legend->Pos.x, 700) << "the saved place, whatever the language of the title";
    EXPECT_FLOAT_EQ(legend->Pos.y, 300);
    // The list, which the ini did not know, is docked and now fills the column alone.
    ImGuiWindow* list = window("Initiatives###initiatives");
    EXPECT_FLOAT_EQ(list->Pos.y, 20 + LeftDock::kMargin);
    EXPECT_NEAR(list->Pos.y + list->Size.y, 800 - 60 - LeftDock::kMargin, 1.0f);
}

TEST(LeftDock, AUserMoveUndocksThePanelForGood) {
    HeadlessImGui imgui;
    LeftDock dock;
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    ImGui::SetWindowPos("Legend###legend", ImVec2(600, 350));  // as a drag leaves it
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    EXPECT_FLOAT_EQ(window("Legend###legend")->Pos.x, 600);
    EXPECT_FLOAT_EQ(window("Legend###legend")->Pos.y, 350);
    ImGui::GetIO().DisplaySize = ImVec2(1400, 900);  // and a resize does not take it back
    for (int i = 0; i < 4; ++i) imgui.frame(dock);
    EXPECT_FLOAT_EQ(window("Legend###legend")->Pos.x, 600);
}

namespace {

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// One frame with a window called Legend at (40, 60), so that the layout has something to save.
void draw_a_window() {
    ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(40, 60));
    ImGui::Begin("Legend");
    ImGui::End();
    ImGui::EndFrame();
}

}  // namespace

TEST(LayoutFile, SavedThroughARenameWithNothingLeftBeside) {
    HeadlessImGui imgui;
    draw_a_window();
    const std::filesystem::path dir = corridor::test::scratch_dir("layout-saved");
    std::string error;
    ASSERT_TRUE(imgui_sfml::save_layout(dir / "imgui.ini", error)) << error;
    EXPECT_NE(slurp(dir / "imgui.ini").find("[Window][Legend]\nPos=40,60"), std::string::npos);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
}

TEST(LayoutFile, AFullDiskKeepsTheOldLayoutWhole) {
    const std::filesystem::path dir = corridor::test::scratch_dir("layout-full-disk");
    const std::string old_layout = "[Window][Legend]\nPos=12,34\nSize=300,200\nCollapsed=0\n\n";
    {
        std::ofstream(dir / "imgui.ini", std::ios::binary) << old_layout;
    }
    HeadlessImGui imgui(old_layout.c_str());
    draw_a_window();
    std::string error;
    bool saved = true;
    {
        corridor::test::FullDisk full(8);  // fewer bytes than any layout
        saved = imgui_sfml::save_layout(dir / "imgui.ini", error);
    }
    EXPECT_FALSE(saved);
    EXPECT_FALSE(error.empty());
    EXPECT_EQ(slurp(dir / "imgui.ini"), old_layout);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
}
