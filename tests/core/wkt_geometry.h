#pragma once
// Test geometries written as WKT, for the geometry tests.
#include <memory>

#include <gtest/gtest.h>
#include <ogr_geometry.h>

namespace corridor {

inline std::unique_ptr<OGRGeometry> from_wkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g), OGRERR_NONE) << wkt;
    return std::unique_ptr<OGRGeometry>(g);
}

}  // namespace corridor
