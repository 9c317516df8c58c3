#pragma once
// The initiative window: title, theme, where (each commune a link that flies there), when
// ("not dated" when no date is known), partners, summary and sources, in the interface
// language. Several initiatives at one place are listed in one window, one section each.
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/programme/i18n.h"
#include "core/programme/initiative_model.h"
#include "viewer/ui/state_json.h"

namespace corridor {

Lang ui_lang(const Translator& tr);
const char* theme_text(const Translator& tr, Theme theme);  // "Training" / "Formation"

// The window's title: the initiative's title, or "Initiatives at Kadiolo" for several.
std::string initiative_panel_title(const std::vector<const Initiative*>& shown, const std::string& place,
                                   const Translator& tr);

// The details of one initiative, inside a window. Returns the P-code of the commune the user
// clicked to fly there, else "".
std::string draw_initiative_details(const Initiative& initiative, const Geodata& data, const Translator& tr);

// What the user did in the initiative window this frame.
struct InitiativePanelActions {
    bool closed = false;
    std::string go_to_commune;  // P-code of a commune link clicked; "" when none
};
InitiativePanelActions draw_initiative_panel(const std::vector<const Initiative*>& shown, const std::string& place,
                                             const Geodata& data, const Translator& tr, FrameRecord& frame);

}  // namespace corridor
