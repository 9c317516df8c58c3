#pragma once
// Declarative mapping from a source's field names onto the admin model, loaded from
// geodata/admin_mappings.json, so that another country's COD-AB or geoBoundaries layer is
// added by editing JSON, not C++.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/normalise/feature.h"

namespace corridor {

struct LevelFields {
    std::string name;   // field holding the unit's name at this level
    std::string pcode;  // field holding its P-code
};

struct AdminMapping {
    std::string id;                                    // "cod-ab-mali"
    std::map<AdminLevel, LevelFields> levels;           // which fields hold each level
    std::string feature_name, feature_id;              // own name/ID fields of non-admin layers (places)
    bool detectable = true;                            // false: generic fields, never guessed for a user file
};

struct AdminMappings {
    std::vector<AdminMapping> mappings;
    const AdminMapping* find(const std::string& id) const;
    // The mapping whose fields best match `fields` (all of one level's fields present), and
    // the lowest admin level it finds there; nullptr when none fits.
    const AdminMapping* detect(const std::vector<std::string>& fields, AdminLevel* level) const;
};

std::optional<AdminMappings> load_admin_mappings(const std::filesystem::path& path, Diagnostics& diag);

}  // namespace corridor
