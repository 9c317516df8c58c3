#include "viewer/panels/menu_bar.h"

#include <cmath>

#include <imgui.h>

#include "viewer/ui/ui_language.h"

namespace corridor {

MenuActions draw_menu_bar(const MenuState& state, float* height, FrameRecord& frame) {
    MenuActions a;
    if (height) *height = 0;
    if (!ImGui::BeginMainMenuBar()) return a;
    const bool file_open = ImGui::BeginMenu(tr("menu.file"));
    frame.control("menu.file", tr("menu.file"));
    if (file_open) {
        a.open_file = ImGui::MenuItem(tr("menu.open"), "Ctrl+O");
        ImGui::Separator();
        if (ImGui::MenuItem(tr("menu.export_png"), "F12")) a.export_scale = 1;
        if (ImGui::MenuItem(tr("menu.export_png_2x"))) a.export_scale = 2;
        if (ImGui::MenuItem(tr("menu.export_png_4x"))) a.export_scale = 4;
        if (ImGui::MenuItem(tr("menu.export_pdf_a4"))) a.export_extension = ".pdf", a.export_page = "a4-landscape";
        if (ImGui::MenuItem(tr("menu.export_pdf_a3"))) a.export_extension = ".pdf", a.export_page = "a3-landscape";
        if (ImGui::MenuItem(tr("menu.export_svg"))) a.export_extension = ".svg", a.export_page = "view";
        a.toggle_export_title = ImGui::MenuItem(tr("menu.export_title"), nullptr, state.export_title);
        frame.control("menu.export_title", tr("menu.export_title"));
        a.toggle_export_date_line = ImGui::MenuItem(tr("menu.export_date_line"), nullptr, state.export_date_line);
        frame.control("menu.export_date_line", tr("menu.export_date_line"));
        ImGui::Separator();
        a.record_tour = ImGui::MenuItem(tr("menu.record_tour"), nullptr, false, state.tour_loaded && !state.recording);
        ImGui::TextDisabled("%s", tr_format("menu.export_folder", state.export_folder.c_str()).c_str());
        if (ImGui::MenuItem(tr("menu.open_export_folder"))) a.open_export_folder = true;
        ImGui::Separator();
        a.quit = ImGui::MenuItem(tr("menu.quit"));
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.view"))) {
        a.home = ImGui::MenuItem(tr("menu.home"), "Home");
        a.toggle_layers = ImGui::MenuItem(tr("menu.layers"), nullptr, state.layers_shown);
        a.toggle_fullscreen = ImGui::MenuItem(tr("menu.fullscreen"), "F11", state.fullscreen);
        if (ImGui::BeginMenu(tr("menu.language"))) {
            if (ImGui::MenuItem(tr("menu.lang_fr"), nullptr, ui_language() == "fr")) a.language = "fr";
            if (ImGui::MenuItem(tr("menu.lang_en"), nullptr, ui_language() == "en")) a.language = "en";
            ImGui::EndMenu();
        }
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr("presenter.settings"));
        if (ImGui::BeginMenu(tr("menu.ui_scale"))) {
            for (float s : {1.0f, 1.5f, 2.0f, 2.5f, 3.0f}) {
                std::string label = tr_format("menu.ui_scale_percent", int(std::lround(s * 100)));
                if (ImGui::MenuItem(label.c_str(), nullptr, std::fabs(state.ui_scale - s) < 0.01f)) a.ui_scale = s;
            }
            ImGui::EndMenu();
        }
        a.toggle_high_contrast = ImGui::MenuItem(tr("menu.high_contrast"), nullptr, state.high_contrast);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.tour"))) {
        if (state.tour_loaded) a.start_tour = ImGui::MenuItem(tr("tour.present"), "F5");
        else ImGui::TextDisabled("%s", tr("tour.none"));
        ImGui::Separator();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextDisabled("%s", tr("presenter.keys"));
        ImGui::PopTextWrapPos();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.help"))) {
        a.about = ImGui::MenuItem(tr("menu.about"), "F1");
        ImGui::EndMenu();
    }
    if (height) *height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
    return a;
}

}  // namespace corridor
