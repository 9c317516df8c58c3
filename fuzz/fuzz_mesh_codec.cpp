// The map meshes' cache decoder (viewer/map/mesh_codec): any bytes give meshes safe to draw or a
// clear error, never a crash. What decodes must come back from its own encoding.
#include <cstdio>
#include <cstdlib>

#include "fuzz_common.h"
#include "viewer/map/mesh_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string error;
    const std::optional<ItemMeshes> meshes = decode_meshes(bytes, &error);
    if (!meshes) {
        fuzz::require_utf8(error);
        if (error.empty()) std::abort();
        return 0;
    }
    for (const CachedItem& item : *meshes) {
        if (item.planned < 0 || item.part < CachedItem::kWhole) std::abort();
        for (const BandMesh& m : item.bands) {
            for (uint32_t i : m.fill_indices)
                if (i >= m.fill_vertices.size()) std::abort();
            for (uint32_t i : m.line_indices)
                if (i >= m.line_vertices.size()) std::abort();
        }
    }
    // The levels may come in any order; encoded again they come in item and band order, and
    // decode to the same meshes.
    const std::string again = encode_meshes(*meshes);
    const std::optional<ItemMeshes> back = decode_meshes(again);
    if (!back || encode_meshes(*back) != again) {
        std::fprintf(stderr, "decoded meshes do not come back from their encoding\n");
        std::abort();
    }
    return 0;
}
