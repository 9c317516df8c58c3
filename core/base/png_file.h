#pragma once
// Screenshots and PNG exports through libpng, written to a temporary sibling and renamed.
// Not SFML's Image::saveToFile: its bundled stb_image_write compresses slowly (a quarter of a
// second of a 1280x800 screenshot's launch, seconds at 4K) and ignores a failed write.
#include <filesystem>
#include <string>

namespace corridor {

// `rgba`: height rows of width pixels, 4 bytes each, top row first. False, with `error` in plain
// words ("the disk is full"), when it cannot; the target is then untouched.
bool write_png(const std::filesystem::path& file, const unsigned char* rgba, unsigned width, unsigned height,
               std::string& error);

}  // namespace corridor
