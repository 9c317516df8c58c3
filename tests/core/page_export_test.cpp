// Vector pages (core/export/cairo_page) and tour videos (core/export/video_encoder): what is
// written is read back with the tools a user has (pdftotext, an XML parser, ffprobe).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <cpl_minixml.h>
#include <nlohmann/json.hpp>

#include "core/export/cairo_page.h"
#include "core/export/tour_timing.h"
#include "core/export/video_encoder.h"
#include "fixtures.h"

namespace fs = std::filesystem;
using namespace corridor;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

PageScene sample_page() {
    PageScene page;
    page.width = 400, page.height = 300;
    page.path({{{10, 10}, {200, 10}, {200, 150}, {10, 150}}}, true, {234, 217, 176, 255}, {58, 46, 40, 255}, 2);
    page.path({{{20, 200}, {380, 220}}}, false, {}, {148, 41, 31, 255}, 6, 10);
    page.circle({300, 80}, 13, {200, 60, 40, 255}, {255, 255, 255, 255}, 2);
    page.text("Ségou", {50, 60}, 14, {40, 40, 40, 255}, {255, 255, 255, 210});
    page.text("Bobo-Dioulasso", {220, 240}, 13, {40, 40, 40, 255});
    page.text("NIGER", {100, 260}, 12, {31, 94, 158, 255}, {0, 0, 0, 0}, false, 0.3);
    return page;
}

}  // namespace

TEST(PageExport, FormatAndPageSizeFromNames) {
    EXPECT_EQ(page_format_for("a/b.PDF"), PageFormat::Pdf);
    EXPECT_EQ(page_format_for("b.svg"), PageFormat::Svg);
    EXPECT_FALSE(page_format_for("b.png"));
    auto a4 = page_size("a4-landscape", 1, 1);
    ASSERT_TRUE(a4);
    EXPECT_NEAR(a4->width_pt, 841.89, 0.01);  // 297 mm
    EXPECT_NEAR(a4->height_pt, 595.28, 0.01);  // 210 mm
    auto a3 = page_size("a3-portrait", 1, 1);
    ASSERT_TRUE(a3);
    EXPECT_NEAR(a3->height_pt, 1190.55, 0.01);  // 420 mm
    auto view = page_size("view", 1280, 800);
    ASSERT_TRUE(view);
    EXPECT_EQ(view->width_pt, 1280);
    EXPECT_FALSE(page_size("letter", 1, 1));
}

TEST(PageExport, PdfHasTheNamesAsText) {
    const fs::path pdf = test::scratch_dir("page-pdf") / "page.pdf";
    std::string error;
    ASSERT_TRUE(write_page(sample_page(), PageFormat::Pdf, *page_size("a4-landscape", 0, 0), pdf, error)) << error;
    const std::string text = test::command_output("pdftotext -q '" + pdf.string() + "' -");
    EXPECT_NE(text.find("Ségou"), std::string::npos) << text;
    EXPECT_NE(text.find("Bobo-Dioulasso"), std::string::npos) << text;
    const std::string info = test::command_output("pdfinfo '" + pdf.string() + "'");
    double w = 0, h = 0;  // "Page size:      841.89 x 595.276 pts (A4)"
    ASSERT_EQ(std::sscanf(info.c_str() + info.find("Page size:") + 10, "%lf x %lf", &w, &h), 2) << info;
    EXPECT_NEAR(w, 841.89, 0.5);  // A4 landscape, in points
    EXPECT_NEAR(h, 595.28, 0.5);
}

TEST(PageExport, SvgParsesAndHoldsTheNames) {
    const fs::path svg = test::scratch_dir("page-svg") / "page.svg";
    std::string error;
    ASSERT_TRUE(write_page(sample_page(), PageFormat::Svg, *page_size("view", 400, 300), svg, error)) << error;
    const std::string text = read_all(svg);
    CPLXMLNode* root = CPLParseXMLString(text.c_str());
    ASSERT_NE(root, nullptr) << text.substr(0, 400);
    const CPLXMLNode* doc = CPLSearchXMLNode(root, "=svg");
    ASSERT_NE(doc, nullptr);
    std::vector<std::string> names;
    for (const CPLXMLNode* g = doc->psChild; g; g = g->psNext)
        if (g->eType == CXT_Element && std::string(g->pszValue) == "g" && CPLGetXMLValue(g, "id", "") == std::string("names"))
            for (const CPLXMLNode* t = g->psChild; t; t = t->psNext)
                if (t->eType == CXT_Element && std::string(t->pszValue) == "text") names.push_back(CPLGetXMLValue(t, "", ""));
    CPLDestroyXMLNode(root);
    EXPECT_EQ(names, (std::vector<std::string>{"Ségou", "Bobo-Dioulasso", "NIGER"}));
}

TEST(PageExport, ReadOnlyFolderFailsAndLeavesNoFile) {
    const fs::path folder = test::unwritable_folder(test::scratch_dir("page-read-only"));
    for (PageFormat format : {PageFormat::Pdf, PageFormat::Svg}) {
        const fs::path file = folder / (format == PageFormat::Pdf ? "corridor-page.pdf" : "corridor-page.svg");
        std::string error;
        EXPECT_FALSE(write_page(sample_page(), format, *page_size("a3-landscape", 0, 0), file, error));
        EXPECT_NE(error.find("permission denied"), std::string::npos) << error;
    }
    for (const auto& e : fs::directory_iterator(folder))
        EXPECT_EQ(e.path().filename().string().find("corridor-page"), std::string::npos) << e.path();
}

TEST(VideoExport, EncodesH264WithTheSizeRateAndLength) {
    const fs::path mp4 = test::scratch_dir("video") / "clip.mp4";
    VideoEncoder encoder;
    std::string error;
    ASSERT_TRUE(encoder.open(mp4, 64, 48, 30, error)) << error;
    std::vector<uint8_t> rgba(64 * 48 * 4);
    for (int f = 0; f < 45; ++f) {  // 1.5 s: a moving bar
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 64; ++x) {
                uint8_t* p = &rgba[(y * 64 + x) * 4];
                p[0] = x == f % 64 ? 255 : 30, p[1] = uint8_t(y * 5), p[2] = 90, p[3] = 255;
            }
        ASSERT_TRUE(encoder.add_frame(rgba.data(), 64 * 4, error)) << error;
    }
    EXPECT_FALSE(fs::exists(mp4));  // not before it is complete
    ASSERT_TRUE(encoder.finish(error)) << error;
    const auto probe = nlohmann::json::parse(test::command_output(
        "ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,width,height,r_frame_rate "
        "-show_entries format=duration -of json '" + mp4.string() + "'"));
    const auto& stream = probe["streams"][0];
    EXPECT_EQ(stream["codec_name"], "h264");
    EXPECT_EQ(stream["width"], 64);
    EXPECT_EQ(stream["height"], 48);
    EXPECT_EQ(stream["r_frame_rate"], "30/1");
    EXPECT_NEAR(std::stod(probe["format"]["duration"].get<std::string>()), 1.5, 0.1);
}

TEST(VideoExport, CancelAndReadOnlyFolderLeaveNoFile) {
    const fs::path mp4 = test::scratch_dir("video-cancel") / "clip.mp4";
    std::string error;
    {
        VideoEncoder encoder;
        ASSERT_TRUE(encoder.open(mp4, 32, 32, 30, error)) << error;
        std::vector<uint8_t> rgba(32 * 32 * 4, 128);
        ASSERT_TRUE(encoder.add_frame(rgba.data(), 32 * 4, error)) << error;
        encoder.cancel();
    }
    EXPECT_TRUE(fs::is_empty(mp4.parent_path()));
    const fs::path folder = test::unwritable_folder(test::scratch_dir("video-read-only"));
    VideoEncoder encoder;
    EXPECT_FALSE(encoder.open(folder / "corridor-tour.mp4", 32, 32, 30, error));
    EXPECT_NE(error.find("permission denied"), std::string::npos) << error;
    for (const auto& e : fs::directory_iterator(folder))
        EXPECT_EQ(e.path().filename().string().find("corridor-tour"), std::string::npos) << e.path();
    EXPECT_FALSE(encoder.open(mp4, 33, 32, 30, error));  // 4:2:0 needs even sizes
}

TEST(VideoExport, StepsHoldTheirOwnTimeOrTheDefault) {
    Tour tour;
    tour.steps.resize(3);
    tour.steps[1].duration_s = 2.5;
    EXPECT_EQ(step_hold_seconds(tour), (std::vector<double>{kDefaultStepHoldSeconds, 2.5, kDefaultStepHoldSeconds}));
    EXPECT_EQ(step_frames(tour, 30), (std::vector<int>{180, 75, 180}));
}
