#include "core/base/diagnostics.h"

#include <gtest/gtest.h>

using namespace corridor;

TEST(Diagnostics, NamesFilePlaceAndProblem) {
    Diagnostics d;
    d.error("a.geojson", "feature 3 (ML0001)", "geometry is empty");
    d.warning("a.geojson", "", "ring not closed");
    EXPECT_EQ(d.error_count(), 1u);
    EXPECT_EQ(d.warning_count(), 1u);
    EXPECT_EQ(d.items()[0].to_string(), "error: a.geojson: feature 3 (ML0001): geometry is empty");
    EXPECT_EQ(d.items()[1].to_string(), "warning: a.geojson: ring not closed");
}
