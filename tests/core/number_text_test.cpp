// Numbers in the interface language: French with a decimal comma and a narrow no-break space
// between thousands, English with a point and commas; the process locale plays no part.
#include <clocale>

#include <gtest/gtest.h>

#include "core/base/number_text.h"

using corridor::number_text;
using corridor::plain_number_text;

TEST(NumberText, FrenchUsesDecimalCommaAndNarrowSpaces) {
    EXPECT_EQ(number_text(219.14, 1, "fr"), "219,1");
    EXPECT_EQ(number_text(1234, 0, "fr"), "1\u202F234");
    EXPECT_EQ(number_text(1234567.891, 2, "fr"), "1\u202F234\u202F567,89");
    EXPECT_EQ(number_text(-0.04, 1, "fr"), "0,0");
    EXPECT_EQ(number_text(-1500.5, 1, "fr"), "-1\u202F500,5");
}

TEST(NumberText, EnglishUsesPointAndCommas) {
    EXPECT_EQ(number_text(219.14, 1, "en"), "219.1");
    EXPECT_EQ(number_text(1234, 0, "en"), "1,234");
    EXPECT_EQ(number_text(999, 0, "en"), "999");
    EXPECT_EQ(number_text(1234567.891, 2, "en"), "1,234,567.89");
}

TEST(NumberText, PlainHasNoGroupingForSpreadsheets) {
    EXPECT_EQ(plain_number_text(1234.5678, 3, "fr"), "1234,568");
    EXPECT_EQ(plain_number_text(1234.5678, 3, "en"), "1234.568");
}

TEST(NumberText, TheProcessLocaleChangesNothing) {
    // A French C locale, where installed, would make printf write "219,1" in English too.
    const char* was = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = was ? was : "C";
    std::setlocale(LC_NUMERIC, "fr_FR.UTF-8");
    EXPECT_EQ(number_text(219.14, 1, "en"), "219.1");
    std::setlocale(LC_NUMERIC, saved.c_str());
}
