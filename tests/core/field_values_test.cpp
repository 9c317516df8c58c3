#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "core/normalise/field_values.h"

namespace corridor {
namespace {

TEST(FieldValues, KeepsEachValueWithItsBoundsIncludingEmptyOnes) {
    FieldValues v{"Ségou", "", "1200", "marché – café"};
    ASSERT_EQ(v.size(), 4u);
    EXPECT_EQ(v[0], "Ségou");
    EXPECT_EQ(v[1], "");
    EXPECT_EQ(v[2], "1200");
    EXPECT_EQ(v[3], "marché – café");
    EXPECT_THROW(v.at(4), std::out_of_range);

    v.push_back("");  // an empty value last still counts
    EXPECT_EQ(v.size(), 5u);
    EXPECT_EQ(v.at(4), "");
}

TEST(FieldValues, EqualOnlyWhenTheSameValuesAreSplitTheSameWay) {
    EXPECT_EQ((FieldValues{"ab", "c"}), (FieldValues{"ab", "c"}));
    EXPECT_NE((FieldValues{"ab", "c"}), (FieldValues{"a", "bc"}));  // the same bytes, other fields
    EXPECT_NE((FieldValues{"ab"}), (FieldValues{"ab", ""}));
    EXPECT_TRUE(FieldValues{}.empty());
}

TEST(FieldValues, ReservedRoomTakesTheValuesWithoutMovingThem) {
    const std::string long_value(200, 'x');
    FieldValues v;
    v.reserve(3, 3 * long_value.size());
    v.push_back(long_value);
    const char* first = v[0].data();
    v.push_back(long_value);
    v.push_back(long_value);
    EXPECT_EQ(v[0].data(), first);
    EXPECT_EQ(v[2], long_value);
    v.shrink_to_fit();
    EXPECT_EQ(v[1], long_value);
}

}  // namespace
}  // namespace corridor
