#include "viewer/presenter/projector_theme.h"

#include <algorithm>
#include <cmath>

#include "viewer/ui/imgui_sfml_platform.h"

namespace corridor {

CaptionSizes caption_sizes(float window_height, float ui_scale) {
    CaptionSizes s;
    float ui = 16 * ui_scale;
    s.title = std::round(std::max(window_height * 0.052f, ui * 1.6f));
    s.text = std::round(std::max(window_height * 0.036f, ui * 1.25f));
    s.small = std::round(std::max(window_height * 0.019f, ui * 0.85f));
    return s;
}

FontRequest font_request(float ui_scale, float window_height, const std::string& caption_chars) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());
    builder.AddText(caption_chars.c_str());
    builder.AddText("—–…’“”«» ·/×◀▶");  // the controls' arrows too
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    return {ui_scale, caption_sizes(window_height, ui_scale), {ranges.begin(), ranges.end()}};
}

UiFonts build_ui_fonts(const FontRequest& request) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    UiFonts f;
    f.regular = imgui_sfml::add_font(std::round(16 * request.ui_scale));
    const ImWchar* glyphs = request.caption_glyphs.data();
    f.caption_title = imgui_sfml::add_font(request.captions.title, glyphs);
    f.caption_text = imgui_sfml::add_font(request.captions.text, glyphs);
    f.small = imgui_sfml::add_font(request.captions.small, glyphs);
    io.FontDefault = f.regular;
    io.Fonts->Build();
    imgui_sfml::rebuild_font_texture();
    return f;
}

void apply_ui_style(float ui_scale, bool high_contrast) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (!high_contrast) {
        ImGui::StyleColorsLight(&style);
    } else {
        // Black on white with strong borders: survives a washed-out projector.
        ImGui::StyleColorsLight(&style);
        ImVec4* c = style.Colors;
        const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), blue(0.0f, 0.2f, 0.7f, 1), light_blue(0.75f, 0.85f, 1, 1);
        c[ImGuiCol_Text] = black;
        c[ImGuiCol_TextDisabled] = ImVec4(0.2f, 0.2f, 0.2f, 1);
        c[ImGuiCol_WindowBg] = c[ImGuiCol_PopupBg] = c[ImGuiCol_ChildBg] = white;
        c[ImGuiCol_MenuBarBg] = white;
        c[ImGuiCol_Border] = black;
        c[ImGuiCol_FrameBg] = white;
        c[ImGuiCol_FrameBgHovered] = c[ImGuiCol_HeaderHovered] = c[ImGuiCol_ButtonHovered] = light_blue;
        c[ImGuiCol_FrameBgActive] = c[ImGuiCol_HeaderActive] = c[ImGuiCol_ButtonActive] = blue;
        c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = ImVec4(0.85f, 0.85f, 0.85f, 1);
        c[ImGuiCol_Button] = ImVec4(0.9f, 0.9f, 0.9f, 1);
        c[ImGuiCol_Header] = light_blue;
        c[ImGuiCol_CheckMark] = black;
        c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = blue;
        c[ImGuiCol_Separator] = black;
        style.WindowBorderSize = style.FrameBorderSize = style.PopupBorderSize = 2;
    }
    style.ScaleAllSizes(ui_scale);
}

MapStyle high_contrast_map_style(MapStyle s) {
    auto darker = [](Rgba c, float f) {
        return Rgba{uint8_t(c.r * f), uint8_t(c.g * f), uint8_t(c.b * f), 255};
    };
    // Fills further apart from each other and from the sea; lines near black and opaque.
    s.mali_fill = {0xF2, 0xD2, 0x7A};
    s.burkina_fill = {0xA9, 0xD4, 0x7E};
    s.neighbour_fill = {0xF4, 0xF4, 0xF4};
    s.background = {0x8F, 0xB8, 0xD6};
    s.tint_variation = 0.08f;
    s.commune_line = {darker(s.commune_line.color, 0.55f), s.commune_line.width_px * 1.6f};
    s.cercle_line = {darker(s.cercle_line.color, 0.45f), s.cercle_line.width_px * 1.6f};
    s.region_line = {darker(s.region_line.color, 0.35f), s.region_line.width_px * 1.6f};
    s.national_border = {{0, 0, 0, 255}, s.national_border.width_px * 1.6f};
    s.neighbour_border = {darker(s.neighbour_border.color, 0.5f), s.neighbour_border.width_px * 1.5f};
    s.selected_outline = {{0xB0, 0x00, 0x00, 255}, s.selected_outline.width_px * 1.5f};
    s.emphasised_fill = {0xD0, 0x20, 0x20, 150};
    return s;
}

}  // namespace corridor
