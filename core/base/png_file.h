#pragma once
// Screenshots and PNG exports: compressed by zlib on every core, in bands of rows, and written
// by libpng, to a temporary sibling then renamed. Not SFML's Image::saveToFile: its bundled
// stb_image_write compresses slowly (a quarter of a second of a 1280x800 screenshot's launch,
// seconds at 4K) and ignores a failed write.
#include <filesystem>
#include <string>

namespace corridor {

// `rgba`: height rows of width pixels, 4 bytes each, top row first; written as RGB when every
// pixel is opaque. False, with `error` in plain words ("the disk is full"), when it cannot; the
// target is then untouched.
bool write_png(const std::filesystem::path& file, const unsigned char* rgba, unsigned width, unsigned height,
               std::string& error);

}  // namespace corridor
