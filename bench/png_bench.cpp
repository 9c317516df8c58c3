// Writing a PNG (core/base/png_file): a screenshot's size, and the same image 4 times larger
// in each direction, as a 4x export. No display needed.
//   build/bench/png_bench [image.png, e.g. one written by --screenshot] [runs=15]
// Without an image, a map-like one: flat cells of a few colours crossed by thin lines.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gdal_priv.h>

#include "bench/bench_stats.h"
#include "core/base/png_file.h"

using namespace corridor;

namespace {

struct Image {
    unsigned width = 0, height = 0;
    std::vector<unsigned char> rgba;
};

Image read_image(const char* file) {
    GDALAllRegister();
    Image image;
    GDALDatasetUniquePtr png(GDALDataset::Open(file, GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!png || png->GetRasterCount() < 3) return image;
    image.width = unsigned(png->GetRasterXSize()), image.height = unsigned(png->GetRasterYSize());
    image.rgba.assign(size_t(image.width) * image.height * 4, 255);
    const int bands = std::min(png->GetRasterCount(), 4);
    if (png->RasterIO(GF_Read, 0, 0, int(image.width), int(image.height), image.rgba.data(), int(image.width),
                      int(image.height), GDT_Byte, bands, nullptr, 4, int(image.width) * 4, 1) != CE_None)
        image = {};
    return image;
}

Image map_like_image() {
    Image image{1280, 800, {}};
    image.rgba.resize(size_t(image.width) * image.height * 4);
    const unsigned char palette[4][3] = {{234, 217, 176}, {203, 220, 177}, {230, 227, 220}, {183, 206, 219}};
    for (unsigned y = 0; y < image.height; ++y)
        for (unsigned x = 0; x < image.width; ++x) {
            unsigned char* p = &image.rgba[(size_t(y) * image.width + x) * 4];
            const unsigned cell = (x / 53 * 7 + y / 41 * 3 + (x + y) / 97) % 4;
            const bool line = (x + y / 3) % 53 == 0 || (y + x / 5) % 41 == 0;
            for (int c = 0; c < 3; ++c) p[c] = line ? 120 : palette[cell][c];
            p[3] = 255;
        }
    return image;
}

Image four_times(const Image& small) {
    Image big{small.width * 4, small.height * 4, {}};
    big.rgba.resize(size_t(big.width) * big.height * 4);
    for (unsigned y = 0; y < big.height; ++y)
        for (unsigned x = 0; x < big.width; ++x)
            for (int c = 0; c < 4; ++c)
                big.rgba[(size_t(y) * big.width + x) * 4 + c] = small.rgba[(size_t(y / 4) * small.width + x / 4) * 4 + c];
    return big;
}

}  // namespace

int main(int argc, char** argv) {
    const Image shot = argc > 1 ? read_image(argv[1]) : map_like_image();
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    if (shot.rgba.empty()) {
        std::fprintf(stderr, "png_bench: cannot read the image '%s'\n", argv[1]);
        return 2;
    }
    const std::filesystem::path out = std::filesystem::temp_directory_path() / "corridor-png-bench.png";
    const Image export_size = four_times(shot);
    for (const Image* image : {&shot, &export_size}) {
        std::vector<double> ms;
        std::string error;
        for (int i = 0; i < runs; ++i) {
            const auto t = bench::Clock::now();
            if (!write_png(out, image->rgba.data(), image->width, image->height, error)) {
                std::fprintf(stderr, "png_bench: %s\n", error.c_str());
                return 1;
            }
            ms.push_back(bench::ms_since(t));
        }
        const std::string what = "PNG " + std::to_string(image->width) + "x" + std::to_string(image->height);
        bench::print_stats(what.c_str(), ms, "ms");
        std::printf("  %.0f KB\n", double(std::filesystem::file_size(out)) / 1024);
    }
    std::filesystem::remove(out);
    return 0;
}
