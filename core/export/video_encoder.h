#pragma once
// H.264 MP4 from RGBA frames through FFmpeg's libraries (libavcodec, libavformat, libswscale):
// libx264 where FFmpeg has it, else any H.264 encoder. The file is written under a temporary
// name beside the target and renamed by finish(); cancel() or a failure leaves no file.
// FFmpeg lives in a module of its own (ffmpeg_video.cpp), loaded by the first open().
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace corridor {

class VideoBackend;

class VideoEncoder {
public:
    VideoEncoder();
    ~VideoEncoder();  // cancels an unfinished file
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    // `width` and `height` even (4:2:0 chroma); `fps` frames per second. False with `error`.
    bool open(const std::filesystem::path& file, int width, int height, int fps, std::string& error);
    // One frame of `width` x `height` RGBA pixels: `top_row` points at the top row, and each
    // next row lies `row_bytes` further (negative for an OpenGL read-back, bottom row first).
    bool add_frame(const uint8_t* top_row, int row_bytes, std::string& error);
    // Flushes the encoder, writes the MP4 index and renames the file into place.
    bool finish(std::string& error);
    void cancel();  // stops and removes the temporary file
    int frames() const;
    std::string encoder_name() const;  // "libx264", ...

private:
    std::unique_ptr<VideoBackend> backend_;
};

}  // namespace corridor
