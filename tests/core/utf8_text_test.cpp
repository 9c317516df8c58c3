// Text from outside made UTF-8 once, where it is read (issue 11: a Latin-1 name ended the
// viewer with "[json.exception.type_error.316] invalid UTF-8 byte" when it wrote its state).
#include "core/base/utf8_text.h"

#include <gtest/gtest.h>

#include "core/base/diagnostics.h"
#include "core/base/json_dump.h"
#include "core/base/json_text.h"
#include "fixtures.h"

using namespace corridor;

TEST(Utf8Text, ValidUtf8IsLeftAsItIs) {
    bool recoded = true;
    EXPECT_EQ(to_utf8("Ségou — « îles » ✓", &recoded), "Ségou — « îles » ✓");
    EXPECT_FALSE(recoded);
    EXPECT_TRUE(is_valid_utf8("Kolondiéba"));
}

TEST(Utf8Text, Latin1AndWindows1252AreDecoded) {
    bool recoded = false;
    EXPECT_EQ(to_utf8("S\xe9gou", &recoded), "Ségou");
    EXPECT_TRUE(recoded);
    // 0x92 and 0x85 are ’ and … in Windows-1252 (C1 controls in Latin-1).
    EXPECT_EQ(to_utf8("l\x92\xeele\x85"), "l’île…");
    EXPECT_EQ(to_utf8(std::string("a\0\xe9", 3)), std::string("a\0é", 4));
}

TEST(Utf8Text, MalformedSequencesAreFound) {
    EXPECT_EQ(first_invalid_utf8("abc"), std::string::npos);
    EXPECT_EQ(first_invalid_utf8("ab\xc3"), 2u);              // cut inside a character
    EXPECT_EQ(first_invalid_utf8("\xed\xa0\x80"), 0u);        // a UTF-16 surrogate
    EXPECT_EQ(first_invalid_utf8("\xc0\xaf"), 0u);            // overlong '/'
    EXPECT_EQ(first_invalid_utf8("ok \xf4\x90\x80\x80"), 3u);  // past U+10FFFF
    for (const char* bad : {"ab\xc3", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xff\xfe"})
        EXPECT_TRUE(is_valid_utf8(to_utf8(bad))) << bad;
}

TEST(Utf8Text, DiagnosticsKeepOnlyUtf8AndDumpWithoutThrowing) {
    Diagnostics diag;
    diag.warning("/data/r\xe9gions.geojson", "feature 1 (\xe9)", "last read: '\"tru\xc3'");
    const Diagnostic& d = diag.items()[0];
    EXPECT_EQ(d.file, "/data/régions.geojson");
    EXPECT_TRUE(is_valid_utf8(d.where) && is_valid_utf8(d.message));
    nlohmann::json j = {{"file", d.file}, {"message", d.message}};
    EXPECT_NO_THROW(j.dump());
}

TEST(Utf8Text, JsonDumpNeverThrowsOnStrayBytes) {
    nlohmann::json j = {{"name", std::string("S\xe9gou")}};
    EXPECT_THROW(j.dump(), nlohmann::json::type_error);  // what ended the viewer
    EXPECT_EQ(dump_json(j), "{\"name\":\"S\xef\xbf\xbdgou\"}");  // U+FFFD
}

TEST(Utf8Text, JsonFilesInLatin1AreReadAsUtf8WithAWarningNamingTheLine) {
    auto file = corridor::test::write_file("latin1.json", "{\n  \"fr\": \"R\xe9gion\"\n}\n");
    std::string text, error;
    Diagnostics diag;
    ASSERT_TRUE(read_text_file(file.string(), text, error, &diag));
    EXPECT_EQ(text, "{\n  \"fr\": \"Région\"\n}\n");
    ASSERT_EQ(diag.warning_count(), 1u);
    EXPECT_NE(diag.items()[0].to_string().find("line 2"), std::string::npos) << diag.items()[0].to_string();
    EXPECT_NE(diag.items()[0].message.find("not UTF-8"), std::string::npos);
}

TEST(Utf8Text, AFolderIsReportedAsAFolderNotAnEmptyFile) {
    auto dir = corridor::test::scratch_dir() / "folder.json";
    std::filesystem::create_directories(dir);
    std::string text, error;
    EXPECT_FALSE(read_text_file(dir.string(), text, error));
    EXPECT_EQ(error, "is a folder, not a file");
}
