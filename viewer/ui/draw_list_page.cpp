#include "viewer/ui/draw_list_page.h"

#include <imgui_internal.h>  // ImDrawListSharedData::TexUvWhitePixel

namespace corridor {

std::unique_ptr<ImDrawList> page_draw_list(float width, float height) {
    auto list = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
    list->_ResetForNewFrame();
    list->Flags = ImDrawListFlags_None;  // no antialiasing fringe: solid triangles only
    list->PushClipRect(ImVec2(-1e6f, -1e6f), ImVec2(width + 1e6f, height + 1e6f));
    list->PushTextureID(ImGui::GetIO().Fonts->TexID);
    return list;
}

void add_draw_list_to_page(const ImDrawList& list, PageScene& page) {
    const ImVec2 white = ImGui::GetDrawListSharedData()->TexUvWhitePixel;
    PageShape* run = nullptr;
    ImU32 run_colour = 0;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
            const ImDrawVert* v[3];
            for (int k = 0; k < 3; ++k) v[k] = &list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(cmd.IdxOffset + i + k)])];
            const bool textured = v[0]->uv.x != white.x || v[0]->uv.y != white.y;
            if (textured || (v[0]->col >> IM_COL32_A_SHIFT) == 0) continue;
            if (!run || v[0]->col != run_colour) {
                const ImU32 c = v[0]->col;
                page.path({}, true,
                          {uint8_t(c >> IM_COL32_R_SHIFT), uint8_t(c >> IM_COL32_G_SHIFT), uint8_t(c >> IM_COL32_B_SHIFT),
                           uint8_t(c >> IM_COL32_A_SHIFT)},
                          {0, 0, 0, 0}, 0);
                run = &page.shapes.back();
                run->even_odd = false;
                run_colour = c;
            }
            run->parts.push_back({{v[0]->pos.x, v[0]->pos.y}, {v[1]->pos.x, v[1]->pos.y}, {v[2]->pos.x, v[2]->pos.y}});
        }
    }
}

}  // namespace corridor
