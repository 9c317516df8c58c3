#pragma once
// The real layers in ../shared/geodata, loaded once for all tests of this executable.
#include "core/read/geodata_catalog.h"

inline const corridor::Geodata& real_geodata() {
    static const corridor::Geodata data = corridor::load_geodata(CORRIDOR_SOURCE_DIR "/../shared/geodata");
    return data;
}
