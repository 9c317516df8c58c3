#include "core/base/png_file.h"

#include <algorithm>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include <png.h>
#include <zlib.h>

#include "core/base/file_write.h"
#include "core/base/parallel_for.h"

namespace corridor {

namespace {

// The image data is compressed in bands of rows, each on a core of its own, and the bands are
// joined into the one zlib stream PNG asks for, as pigz does: each band but the last ends with a
// sync flush, which ends its deflate blocks on a byte, so the next band's blocks follow it. zlib
// itself and libpng compress on one thread only; compressing took most of a screenshot's write
// (1280x800) and of a 4x PNG export (5120x3200), a fifth of the export's time.
constexpr unsigned kRowsPerBand = 128;  // each band restarts the 32 KB window: keep them large
constexpr unsigned kMaxBands = 8;       // the number depends on the image only, not on the cores

struct CompressedBand {
    std::vector<unsigned char> deflated;  // raw deflate blocks
    uLong adler = adler32(0, nullptr, 0);  // of the band's rows as PNG lays them out
    size_t row_bytes = 0;                  // how many bytes those rows are
    bool ok = false;
};

// Rows [first, first + count) as PNG image data: each row its filter type (0, none) and then its
// pixels, RGBA or, without `alpha`, RGB. Maps are flat colours: the fastest level is within a
// few percent of the best here, and rows left unfiltered compress better than libpng's per-row
// choice of filter, which cost most of the time (1280x800: 26-34 -> 8-12 ms, 6-12% smaller).
CompressedBand compress_band(const unsigned char* rgba, unsigned width, unsigned first, unsigned count, bool alpha,
                             bool last) {
    CompressedBand band;
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return band;
    std::vector<unsigned char> row(1 + size_t(width) * (alpha ? 4 : 3), 0);
    band.row_bytes = row.size() * count;
    band.deflated.resize(deflateBound(&z, band.row_bytes) + 64);
    int status = Z_OK;
    for (unsigned y = first; y < first + count && status != Z_STREAM_ERROR; ++y) {
        const unsigned char* pixels = rgba + size_t(y) * width * 4;
        if (alpha) {
            std::memcpy(row.data() + 1, pixels, size_t(width) * 4);
        } else {
            for (size_t x = 0; x < width; ++x) std::memcpy(&row[1 + 3 * x], pixels + 4 * x, 3);
        }
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        const int flush = y + 1 < first + count ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        z.next_in = row.data();
        z.avail_in = uInt(row.size());
        do {  // zlib's usage: until it leaves output room, there may be more to come
            if (z.total_out == band.deflated.size()) band.deflated.resize(band.deflated.size() * 2);
            z.next_out = band.deflated.data() + z.total_out;
            z.avail_out = uInt(band.deflated.size() - z.total_out);
            status = deflate(&z, flush);
        } while (z.avail_out == 0 && status != Z_STREAM_ERROR);
    }
    band.ok = status == (last ? Z_STREAM_END : Z_OK) && z.avail_in == 0;
    band.deflated.resize(z.total_out);
    deflateEnd(&z);
    return band;
}

bool every_pixel_opaque(const unsigned char* rgba, size_t pixels) {
    for (size_t i = 0; i < pixels; ++i)
        if (rgba[4 * i + 3] != 255) return false;
    return true;
}

// libpng writes the container (signature, header, chunks and their checksums) and reports
// errors by longjmp; nothing with a destructor lives between setjmp and the calls that may jump.
// The IDAT chunks hold the zlib stream: its header (deflate with a 32 KB window, the fastest
// level: RFC 1950), the bands' blocks, and the Adler-32 of all the rows, big-endian.
bool write_chunks(FILE* out, unsigned width, unsigned height, bool alpha, const std::vector<CompressedBand>& bands,
                  uLong adler) {
    const unsigned char zlib_header[2] = {0x78, 0x01};
    const unsigned char adler_bytes[4] = {static_cast<unsigned char>(adler >> 24), static_cast<unsigned char>(adler >> 16),
                                          static_cast<unsigned char>(adler >> 8), static_cast<unsigned char>(adler)};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_init_io(png, out);
    png_set_IHDR(png, info, width, height, 8, alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    static const png_byte idat[5] = "IDAT", iend[5] = "IEND";
    png_write_chunk(png, idat, zlib_header, 2);
    for (const CompressedBand& band : bands) png_write_chunk(png, idat, band.deflated.data(), band.deflated.size());
    png_write_chunk(png, idat, adler_bytes, 4);
    png_write_chunk(png, iend, nullptr, 0);
    png_destroy_write_struct(&png, &info);
    return true;
}

// An image whose every pixel is opaque (a screenshot, most exports) is written as RGB: a quarter
// less to compress, and a smaller file.
bool encode(FILE* out, const unsigned char* rgba, unsigned width, unsigned height) {
    const bool alpha = !every_pixel_opaque(rgba, size_t(width) * height);
    const unsigned band_count = std::clamp(height / kRowsPerBand, 1u, kMaxBands);
    std::vector<CompressedBand> bands(band_count);
    parallel_for(
        band_count,
        [&](size_t b) {
            const unsigned first = unsigned(uint64_t(height) * b / band_count);
            const unsigned end = unsigned(uint64_t(height) * (b + 1) / band_count);
            bands[b] = compress_band(rgba, width, first, end - first, alpha, b + 1 == band_count);
        },
        1);
    uLong adler = adler32(0, nullptr, 0);
    for (const CompressedBand& band : bands) {
        if (!band.ok) return false;
        adler = adler32_combine(adler, band.adler, z_off_t(band.row_bytes));
    }
    return write_chunks(out, width, height, alpha, bands, adler);
}

}  // namespace

bool write_png(const std::filesystem::path& file, const unsigned char* rgba, unsigned width, unsigned height,
               std::string& error) {
    if (!rgba || width == 0 || height == 0) return error = "the image is empty", false;
    const std::filesystem::path tmp = temporary_sibling(file);
    errno = 0;
    FILE* out = std::fopen(tmp.c_str(), "wb");
    if (!out) return error = write_error_text(errno), false;
    bool ok = encode(out, rgba, width, height);
    int saved = errno;
    if (std::fflush(out) != 0 || std::ferror(out)) ok = false, saved = errno;
    if (std::fclose(out) != 0 && ok) ok = false, saved = errno;
    if (!ok) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return error = write_error_text(saved ? saved : EIO), false;
    }
    return commit_temporary(tmp, file, error);
}

}  // namespace corridor
