#pragma once
// Guided tours (geodata/tours/*.json): a list of steps, each framing one place on the map with a
// short bilingual caption, the items to highlight and the sources of what the caption says.
// The schema is documented in docs/tours.md.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/diagnostics.h"

namespace corridor {

// A text in both languages of the app.
struct Bilingual {
    std::string fr, en;
    const std::string& in(std::string_view lang) const { return lang == "fr" ? fr : en; }
};

// Degrees; west < east, south < north.
struct LonLatBox {
    double west = 0, south = 0, east = 0, north = 0;
};

enum class TourTargetKind { Commune, Initiative, Corridor, Box };

// What the camera frames for a step: one commune (P-code), initiative or corridor (id), or a box.
struct TourTarget {
    TourTargetKind kind = TourTargetKind::Box;
    std::string id;  // P-code or id; empty for a box
    LonLatBox box;   // only for TourTargetKind::Box
};

// Items drawn highlighted during a step, by kind.
struct TourHighlight {
    std::vector<std::string> communes;     // P-codes
    std::vector<std::string> initiatives;  // initiative ids
    std::vector<std::string> corridors;    // corridor ids
    // Countries emphasised as a whole ("Mali", "Burkina Faso"): for programme-wide items that
    // no source places in named communes (the shea-butter corridor).
    std::vector<std::string> countries;
};

struct TourSource {
    Bilingual title;  // shown in the interface language
    std::string url;  // the page itself; empty when its address is not known
};

struct TourStep {
    TourTarget target;
    Bilingual title;  // caption title, at most 60 characters (longer gives a warning)
    Bilingual text;   // caption text, at most 280 characters (longer gives a warning)
    TourHighlight highlight;
    std::optional<double> duration_s;  // autoplay time; none: autoplay waits on this step
    std::vector<TourSource> sources;
};

struct Tour {
    std::string id;
    Bilingual title;
    std::vector<TourStep> steps;
};

// Which references exist, so a tour cannot point at a commune, initiative or corridor that the
// app does not know. An empty function skips that check (for instance before the initiatives
// are loaded); tests pass small sets.
struct TourReferences {
    std::function<bool(const std::string&)> is_commune;
    std::function<bool(const std::string&)> is_initiative;
    std::function<bool(const std::string&)> is_corridor;
    std::function<bool(const std::string&)> is_country;
};

// Reads and checks a tour. Every problem goes to `diagnostics` with the file, the JSON path and
// line ("/steps/4/caption/fr (line 40)") and what is wrong. Any error gives std::nullopt: a tour
// shown to an audience is either whole or not shown. Over-long captions are only warnings.
std::optional<Tour> load_tour(const std::filesystem::path& path, const TourReferences& refs,
                              Diagnostics& diagnostics);
// Same, from text already in memory; `file` only names it in messages.
std::optional<Tour> parse_tour(const std::string& text, const std::string& file,
                               const TourReferences& refs, Diagnostics& diagnostics);

// Number of characters (UTF-8 code points) in `s`, for the caption length limits.
size_t utf8_length(std::string_view s);

}  // namespace corridor
