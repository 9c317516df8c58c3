// Files written through a temporary name and a rename (issue 11): a read-only folder or a full
// disk gives a clear message and leaves no half-written file.
#include "core/base/file_write.h"
#include "core/base/png_file.h"

#include <fstream>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "core/measure/corridor_export.h"
#include "fixtures.h"
#include "full_disk.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

// A folder nothing may be written into. chmod does not stop root (CI may run as root); sysfs
// refuses new files to everyone.
fs::path read_only_folder() {
    fs::path dir = corridor::test::scratch_dir() / "read-only";
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
    if (::access(dir.c_str(), W_OK) != 0) return dir;
    return "/sys";
}

size_t files_in(const fs::path& dir) {
    size_t n = 0;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) ++n;
    return n;
}

}  // namespace

TEST(FileWrite, ReplacesTheWholeFileAndLeavesNoTemporary) {
    const fs::path dir = corridor::test::scratch_dir() / "atomic";
    fs::create_directories(dir);
    std::string error;
    ASSERT_TRUE(write_file_atomically(dir / "settings.json", "{\"a\": 1}\n", error)) << error;
    ASSERT_TRUE(write_file_atomically(dir / "settings.json", "{}\n", error)) << error;
    EXPECT_EQ(corridor::test::file_bytes(dir / "settings.json"), "{}\n");
    EXPECT_EQ(files_in(dir), 1u);
}

// Cache entries skip the wait for the disk (they carry a checksum); what they write and the
// rename over the old file are the same.
TEST(FileWrite, AWriterThatSkipsTheDiskFlushStillReplacesTheWholeFile) {
    const fs::path dir = corridor::test::scratch_dir("unflushed");
    const fs::path file = dir / "entry.cache";
    std::string error;
    ASSERT_TRUE(write_file_atomically(file, "old", error)) << error;
    AtomicFileWriter writer(file, AtomicFileWriter::DiskFlush::Skip);
    ASSERT_TRUE(writer.ok()) << writer.error();
    ASSERT_TRUE(writer.write(std::string(100 * 1024, 'a')));
    ASSERT_TRUE(writer.write_at(0, "head"));
    EXPECT_EQ(corridor::test::file_bytes(file), "old");  // untouched until the commit
    ASSERT_TRUE(writer.commit()) << writer.error();
    EXPECT_EQ(corridor::test::file_bytes(file), "head" + std::string(100 * 1024 - 4, 'a'));
    EXPECT_EQ(files_in(dir), 1u);
}

TEST(FileWrite, AReadOnlyFolderGivesAClearMessageAndNoFile) {
    const fs::path dir = read_only_folder();
    const size_t before = files_in(dir);
    std::string error;
    EXPECT_FALSE(write_file_atomically(dir / "communes.csv", "pcode\n", error));
    EXPECT_NE(error.find("permission denied"), std::string::npos) << error;
    EXPECT_FALSE(fs::exists(dir / "communes.csv"));
    EXPECT_EQ(files_in(dir), before);
}

TEST(FileWrite, AFolderInTheWayKeepsTheFolderAndLeavesNoTemporary) {
    const fs::path dir = corridor::test::scratch_dir() / "in-the-way";
    fs::create_directories(dir / "view.png");
    std::string error;
    EXPECT_FALSE(write_file_atomically(dir / "view.png", "png", error));
    EXPECT_EQ(error, "a folder of that name is in the way");
    EXPECT_TRUE(fs::is_directory(dir / "view.png"));
    EXPECT_EQ(files_in(dir), 1u);
}

TEST(FileWrite, CorridorExportToAReadOnlyFolderIsAnErrorNamingTheFile) {
    const fs::path file = read_only_folder() / "corridor-communes.csv";
    CorridorCommune c;
    c.pcode = "ML0401", c.name = "Ségou";
    Diagnostics diag;
    EXPECT_FALSE(write_communes_csv(file, {c}, 10, CsvStyle{}, diag));
    ASSERT_EQ(diag.error_count(), 1u);
    EXPECT_NE(diag.items()[0].to_string().find("corridor-communes.csv: cannot write the file: permission denied"),
              std::string::npos)
        << diag.items()[0].to_string();
    EXPECT_FALSE(fs::exists(file));
}

TEST(FileWrite, AFullDiskKeepsTheOldFileWholeAndLeavesNoTemporary) {
    const fs::path dir = corridor::test::scratch_dir("full-disk");
    const fs::path file = dir / "settings.json";
    std::string error;
    ASSERT_TRUE(write_file_atomically(file, "{\"language\": \"fr\"}\n", error)) << error;
    bool written = true;
    {
        corridor::test::FullDisk full(4096);
        written = write_file_atomically(file, std::string(64 * 1024, 'x'), error);
    }
    EXPECT_FALSE(written);
    EXPECT_NE(error.find("larger than the disk"), std::string::npos) << error;
    EXPECT_EQ(corridor::test::file_bytes(file), "{\"language\": \"fr\"}\n");
    EXPECT_EQ(files_in(dir), 1u);
}

TEST(FileWrite, CorridorExportOnAFullDiskIsAnErrorAndLeavesNoFile) {
    const fs::path file = corridor::test::scratch_dir("full-disk-csv") / "corridor-communes.csv";
    std::vector<CorridorCommune> communes(2000);
    for (auto& c : communes) c.pcode = "ML0401", c.name = "Ségou";
    Diagnostics diag;
    bool written = true;
    {
        corridor::test::FullDisk full(4096);
        written = write_communes_csv(file, communes, 10, CsvStyle{}, diag);
    }
    EXPECT_FALSE(written);
    ASSERT_EQ(diag.error_count(), 1u);
    EXPECT_NE(diag.items()[0].to_string().find("corridor-communes.csv: cannot write the file"), std::string::npos)
        << diag.items()[0].to_string();
    EXPECT_FALSE(fs::exists(file));
    EXPECT_EQ(files_in(file.parent_path()), 0u);
}

// Screenshots and PNG exports (core/base/png_file): the pixels GDAL's PNG driver reads back are
// the ones given; on a full disk the old file stays whole, with the reason, and no temporary.
TEST(FileWrite, PngComesBackPixelForPixelAndAFullDiskKeepsTheOldFile) {
    const fs::path dir = corridor::test::scratch_dir("png");
    GDALAllRegister();
    const fs::path file = dir / "view.png";
    const unsigned w = 64, h = 48;
    std::vector<unsigned char> rgba(size_t(w) * h * 4);
    for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<unsigned char>(i * 7 % 251);
    std::string error;
    ASSERT_TRUE(write_png(file, rgba.data(), w, h, error)) << error;
    GDALDatasetUniquePtr png(GDALDataset::Open(file.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    ASSERT_TRUE(png);
    ASSERT_EQ(png->GetRasterXSize(), int(w));
    ASSERT_EQ(png->GetRasterYSize(), int(h));
    ASSERT_EQ(png->GetRasterCount(), 4);
    std::vector<unsigned char> back(rgba.size());
    // Interleaved RGBA, top row first, as the pixels were given.
    ASSERT_EQ(png->RasterIO(GF_Read, 0, 0, int(w), int(h), back.data(), int(w), int(h), GDT_Byte, 4, nullptr, 4, int(w) * 4, 1),
              CE_None);
    EXPECT_EQ(back, rgba);
    png.reset();

    const auto before = fs::file_size(file);
    std::vector<unsigned char> noise(size_t(1024) * 1024 * 4);
    for (size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<unsigned char>((i * 2654435761u) >> 13);
    {
        corridor::test::FullDisk full(64 * 1024);
        EXPECT_FALSE(write_png(file, noise.data(), 1024, 1024, error));
    }
    EXPECT_NE(error.find("larger than the disk"), std::string::npos) << error;
    EXPECT_EQ(fs::file_size(file), before);
    EXPECT_EQ(files_in(dir), 1u);
    EXPECT_FALSE(write_png(dir / "missing" / "view.png", rgba.data(), w, h, error));
    EXPECT_EQ(error, "the folder does not exist");
}

// Tall images are compressed in bands of rows on several cores and joined into one stream: what
// libpng (through GDAL) inflates, checksum and all, is the image given, in every band. An image
// with every pixel opaque comes back as RGB; one pixel less than opaque keeps the alpha.
TEST(FileWrite, PngInManyBandsComesBackPixelForPixelAndRgbWhenOpaque) {
    const fs::path dir = corridor::test::scratch_dir("png-bands");
    GDALAllRegister();
    const unsigned w = 301, h = 1000;  // 7 bands of 142-143 rows
    std::vector<unsigned char> rgba(size_t(w) * h * 4);
    for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = i % 4 == 3 ? 255 : static_cast<unsigned char>((i / 4 * 2654435761u) >> 27);
    auto read_back = [](const fs::path& file, int bands) {
        GDALDatasetUniquePtr png(GDALDataset::Open(file.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        std::vector<unsigned char> back;
        if (!png || png->GetRasterCount() != bands) return back;
        back.resize(size_t(png->GetRasterXSize()) * png->GetRasterYSize() * size_t(bands));
        if (png->RasterIO(GF_Read, 0, 0, png->GetRasterXSize(), png->GetRasterYSize(), back.data(), png->GetRasterXSize(),
                          png->GetRasterYSize(), GDT_Byte, bands, nullptr, bands, png->GetRasterXSize() * bands, 1) != CE_None)
            back.clear();
        return back;
    };
    std::string error;
    ASSERT_TRUE(write_png(dir / "opaque.png", rgba.data(), w, h, error)) << error;
    std::vector<unsigned char> rgb;
    for (size_t i = 0; i < rgba.size(); ++i)
        if (i % 4 != 3) rgb.push_back(rgba[i]);
    EXPECT_EQ(read_back(dir / "opaque.png", 3), rgb);

    rgba[size_t(w) * 4 * (h - 1) + 3] = 254;  // the last band's first pixel
    ASSERT_TRUE(write_png(dir / "alpha.png", rgba.data(), w, h, error)) << error;
    EXPECT_EQ(read_back(dir / "alpha.png", 4), rgba);
}
