#pragma once
// The initiative window: title, theme, where (each commune a link that flies there), when
// ("not dated" when no date is known), partners, summary and sources, in the interface
// language. Several initiatives at one place are listed in one window, one section each.
#include <functional>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/programme/i18n.h"
#include "core/programme/initiative_model.h"
#include "viewer/ui/state_json.h"

namespace corridor {

using GoToCommune = std::function<void(const std::string& pcode)>;

Lang ui_lang(const Translator& tr);
const char* theme_text(const Translator& tr, Theme theme);  // "Training" / "Formation"

// The window's title: the initiative's title, or "Initiatives at Kadiolo" for several.
std::string initiative_panel_title(const std::vector<const Initiative*>& shown, const std::string& place,
                                   const Translator& tr);

// The details of one initiative, inside a window.
void draw_initiative_details(const Initiative& initiative, const Geodata& data, const Translator& tr,
                             const GoToCommune& go_to);

// Draws the window; false once the user closed it.
bool draw_initiative_panel(const std::vector<const Initiative*>& shown, const std::string& place, const Geodata& data,
                           const Translator& tr, FrameRecord& frame, const GoToCommune& go_to);

}  // namespace corridor
