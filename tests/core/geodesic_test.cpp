// within_km answers as the geodesic does, also where it skips it.
#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "core/measure/geodesic.h"

using namespace corridor;

TEST(Geodesic, WithinKmAgreesWithTheGeodesicEverywhere) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(-180, 180), lat(-89, 89), step(-0.05, 0.05), km(0.5, 6);
    int near = 0, far = 0, skipped = 0;
    for (int i = 0; i < 20000; ++i) {
        const LonLat a{lon(rng), lat(rng)};
        const LonLat b{a.lon + step(rng), std::clamp(a.lat + step(rng), -90.0, 90.0)};
        const double limit = km(rng);
        const bool within = geodesic_km(a, b) <= limit;
        ASSERT_EQ(within_km(a, b, limit), within) << a.lon << " " << a.lat << " / " << b.lon << " " << b.lat << " " << limit;
        within ? ++near : ++far;
        skipped += std::fabs(a.lat - b.lat) * 110.5 > limit;
    }
    EXPECT_GT(near, 1000);  // the draw covers both answers, and pairs answered by latitude alone
    EXPECT_GT(far, 1000);
    EXPECT_GT(skipped, 1000);
}

TEST(Geodesic, WithinKmAtTheEquatorsShortestDegree) {
    // A degree of latitude at the equator is 110.574 km: 0.018° is 1.99 km, 0.0181° is 2.001 km.
    EXPECT_TRUE(within_km({-5, 0}, {-5, 0.018}, 2.0));
    EXPECT_FALSE(within_km({-5, 0}, {-5, 0.0181}, 2.0));
    EXPECT_TRUE(within_km({-5, 12}, {-4.99, 12}, 2.0));  // 1.09 km along the parallel
}
