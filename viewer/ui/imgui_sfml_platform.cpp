#include "viewer/ui/imgui_sfml_platform.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <cfloat>
#include <memory>

#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Cursor.hpp>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "core/base/file_write.h"
#include "core/base/json_text.h"

namespace corridor::imgui_sfml {

namespace {

struct State {
    std::string ini_file;                // io.IniFilename points into this
    std::string clipboard;               // io.GetClipboardTextFn returns this
    ImVector<ImWchar> glyph_ranges;      // must outlive the font atlas build
    std::array<bool, 3> button_down{};         // from the events
    std::array<bool, 3> pressed_this_frame{};  // a press and release inside one frame still clicks
    std::array<std::unique_ptr<sf::Cursor>, ImGuiMouseCursor_COUNT> cursors;  // sf::Cursor cannot move
    ImGuiMouseCursor last_cursor = ImGuiMouseCursor_COUNT;
    bool device_objects = false;  // the GL backend's shaders and font texture, made on the first frame
};
State* state = nullptr;

const char* get_clipboard(void*) {
    auto utf8 = sf::Clipboard::getString().toUtf8();
    state->clipboard.assign(utf8.begin(), utf8.end());
    return state->clipboard.c_str();
}

void set_clipboard(void*, const char* text) { sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::strlen(text))); }

void map_keys(ImGuiIO& io) {
    using K = sf::Keyboard;
    const std::pair<int, K::Key> keys[] = {
        {ImGuiKey_Tab, K::Tab},         {ImGuiKey_LeftArrow, K::Left}, {ImGuiKey_RightArrow, K::Right},
        {ImGuiKey_UpArrow, K::Up},      {ImGuiKey_DownArrow, K::Down}, {ImGuiKey_PageUp, K::PageUp},
        {ImGuiKey_PageDown, K::PageDown}, {ImGuiKey_Home, K::Home},    {ImGuiKey_End, K::End},
        {ImGuiKey_Insert, K::Insert},   {ImGuiKey_Delete, K::Delete},  {ImGuiKey_Backspace, K::BackSpace},
        {ImGuiKey_Space, K::Space},     {ImGuiKey_Enter, K::Return},   {ImGuiKey_Escape, K::Escape},
        {ImGuiKey_KeyPadEnter, K::Return}, {ImGuiKey_A, K::A},         {ImGuiKey_C, K::C},
        {ImGuiKey_V, K::V},             {ImGuiKey_X, K::X},            {ImGuiKey_Y, K::Y},
        {ImGuiKey_Z, K::Z},
    };
    for (auto [imgui_key, sf_key] : keys) io.KeyMap[imgui_key] = sf_key;
}

void update_cursor(sf::RenderWindow& window) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) return;
    ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor == state->last_cursor) return;
    state->last_cursor = cursor;
    window.setMouseCursorVisible(cursor != ImGuiMouseCursor_None);
    if (cursor == ImGuiMouseCursor_None) return;
    if (auto& c = state->cursors[cursor]) window.setMouseCursor(*c);
}

void load_cursors() {
    using C = sf::Cursor;
    const std::pair<ImGuiMouseCursor, C::Type> types[] = {
        {ImGuiMouseCursor_Arrow, C::Arrow},           {ImGuiMouseCursor_TextInput, C::Text},
        {ImGuiMouseCursor_ResizeAll, C::SizeAll},     {ImGuiMouseCursor_ResizeNS, C::SizeVertical},
        {ImGuiMouseCursor_ResizeEW, C::SizeHorizontal}, {ImGuiMouseCursor_ResizeNESW, C::SizeBottomLeftTopRight},
        {ImGuiMouseCursor_ResizeNWSE, C::SizeTopLeftBottomRight}, {ImGuiMouseCursor_Hand, C::Hand},
        {ImGuiMouseCursor_NotAllowed, C::NotAllowed},
    };
    for (auto [imgui_cursor, type] : types) {
        auto c = std::make_unique<sf::Cursor>();
        if (c->loadFromSystem(type)) state->cursors[imgui_cursor] = std::move(c);
    }
}

}  // namespace

ImFont* add_font(float size, const ImWchar* ranges) {
    ImGuiIO& io = ImGui::GetIO();
    if (!ranges) {
        if (state->glyph_ranges.empty()) {
            ImFontGlyphRangesBuilder builder;
            builder.AddRanges(io.Fonts->GetGlyphRangesDefault());  // Basic Latin + Latin-1 (é è à ç)
            static const ImWchar extra[] = {
                0x0100, 0x017F,  // Latin Extended-A (œ, Œ)
                0x2000, 0x206F,  // General Punctuation (— … ’ « » are Latin-1/here)
                0x20AC, 0x20AC,  // €
                0x2190, 0x21FF,  // Arrows
                0x2212, 0x2212,  // minus sign
                0x2248, 0x2248,  // ≈
                0x25A0, 0x25FF,  // Geometric shapes (▸ ▾ ● ■)
                0x2713, 0x2717,  // ✓ ✗
                0,
            };
            builder.AddRanges(extra);
            builder.BuildRanges(&state->glyph_ranges);
        }
        ranges = state->glyph_ranges.Data;
    }
    const char* path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    if (std::FILE* f = std::fopen(path, "rb")) {
        std::fclose(f);
        // Horizontal oversampling places small glyphs at fractions of a pixel; a caption 24 px
        // or more high does not need it, and rasterised three times as wide, a 4K window's
        // captions took half of the atlas's build (32 ms).
        ImFontConfig config;
        if (size >= 24) config.OversampleH = 1;
        if (ImFont* font = io.Fonts->AddFontFromFileTTF(path, size, &config, ranges)) return font;
    }
    // Without DejaVu (fonts-dejavu-core) ImGui's built-in font still shows Latin-1.
    ImFontConfig config;
    config.SizePixels = size;
    return io.Fonts->AddFontDefault(&config);
}

// The atlas's pixels are let go once on the GPU (4 MB as RGBA; the next rebuild makes them
// again). Before the first frame there is nothing to do: the backend makes its font texture
// with its other objects then, and would leak one made earlier.
void rebuild_font_texture() {
    if (!state || !state->device_objects) return;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
}

bool init(sf::RenderWindow& window, const Options& options) {
    if (state) return true;
    state = new State;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    // ImGui writes imgui.ini in place (a crash mid-write leaves half a file); it only sets
    // io.WantSaveIniSettings when it has no file name, and save_settings_if_needed() then
    // writes through a temporary file and a rename.
    state->ini_file = options.ini_file.string();
    io.IniFilename = nullptr;
    if (std::string text, error; !state->ini_file.empty() && read_text_file(state->ini_file, text, error))
        ImGui::LoadIniSettingsFromMemory(text.data(), text.size());
    io.BackendPlatformName = "corridor_imgui_sfml";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // Changing the cursor shape ended runs under Xvfb with an X BadCursor error
    // (X_ChangeWindowAttributes) with SFML 2.5.1; keep the system arrow until that is understood.
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    map_keys(io);
    add_font(options.font_size);
    load_cursors();
    ImGui::StyleColorsLight();
    sf::Vector2u size = window.getSize();
    io.DisplaySize = ImVec2(float(size.x), float(size.y));
    if (!window.setActive(true)) return false;
    return ImGui_ImplOpenGL3_Init("#version 130");
}

void save_settings_if_needed(bool force) {
    if (!state) return;
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantSaveIniSettings && !force) return;
    io.WantSaveIniSettings = false;
    if (state->ini_file.empty()) return;
    // A layout that cannot be saved is no harm to the data: say so once and go on.
    static bool warned = false;
    if (std::string error; !save_layout(state->ini_file, error) && !warned) {
        warned = true;
        std::fprintf(stderr, "warning: %s: cannot save the window layout: %s\n", state->ini_file.c_str(), error.c_str());
    }
}

bool save_layout(const std::filesystem::path& file, std::string& error) {
    size_t size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&size);
    return write_file_atomically(file, std::string_view(ini, size), error);
}

void shutdown() {
    if (!state) return;
    save_settings_if_needed(true);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    delete state;
    state = nullptr;
}

void process_event(const sf::Event& e) {
    if (!state) return;
    ImGuiIO& io = ImGui::GetIO();
    switch (e.type) {
    case sf::Event::MouseMoved:
        io.MousePos = ImVec2(float(e.mouseMove.x), float(e.mouseMove.y));
        break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
        int b = e.mouseButton.button;
        io.MousePos = ImVec2(float(e.mouseButton.x), float(e.mouseButton.y));
        if (b >= 0 && b < 3) {
            bool down = e.type == sf::Event::MouseButtonPressed;
            state->button_down[b] = down;
            if (down) state->pressed_this_frame[b] = true;
        }
        break;
    }
    case sf::Event::MouseWheelScrolled:
        if (e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) io.MouseWheel += e.mouseWheelScroll.delta;
        else io.MouseWheelH += e.mouseWheelScroll.delta;
        break;
    case sf::Event::MouseLeft:
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
        bool down = e.type == sf::Event::KeyPressed;
        if (e.key.code >= 0 && e.key.code < int(IM_ARRAYSIZE(io.KeysDown))) io.KeysDown[e.key.code] = down;
        io.KeyCtrl = e.key.control, io.KeyShift = e.key.shift, io.KeyAlt = e.key.alt, io.KeySuper = e.key.system;
        break;
    }
    case sf::Event::TextEntered:
        // Control characters (backspace, tab, delete) arrive as keys, not text.
        if (e.text.unicode >= 32 && e.text.unicode != 127) io.AddInputCharacter(e.text.unicode);
        break;
    case sf::Event::LostFocus:
        for (bool& k : io.KeysDown) k = false;
        io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
        break;
    default:
        break;
    }
}

void new_frame(sf::RenderWindow& window, sf::Time dt) {
    ImGuiIO& io = ImGui::GetIO();
    sf::Vector2u size = window.getSize();
    io.DisplaySize = ImVec2(float(size.x), float(size.y));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = dt.asSeconds() > 0 ? dt.asSeconds() : 1.0f / 60.0f;
    // A button pressed and released between two frames must still be seen down for one.
    for (int b = 0; b < 3; ++b) {
        io.MouseDown[b] = state->button_down[b] || state->pressed_this_frame[b];
        state->pressed_this_frame[b] = false;
    }
    update_cursor(window);
    ImGui_ImplOpenGL3_NewFrame();
    if (!state->device_objects) {
        state->device_objects = true;
        io.Fonts->ClearTexData();  // uploaded with the backend's objects just now
    }
    ImGui::NewFrame();
}

void render(sf::RenderWindow& window) {
    ImGui::Render();
    save_settings_if_needed(false);
    window.pushGLStates();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    window.popGLStates();
}

void render_draw_list(ImDrawList& list, float width, float height) {
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(width, height);
    data.FramebufferScale = ImVec2(1, 1);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
}

}  // namespace corridor::imgui_sfml
