#pragma once
// What VideoEncoder (video_encoder.h) asks of the module that holds FFmpeg (ffmpeg_video.cpp,
// built as corridor-video.so and loaded when the first video is opened): virtual calls only,
// so that the program names no symbol of the module and does not link FFmpeg at all.
#include <cstdint>
#include <filesystem>
#include <string>

namespace corridor {

class VideoBackend {
public:
    virtual ~VideoBackend() = default;  // cancels an unfinished file
    virtual bool open(const std::filesystem::path& file, int width, int height, int fps, std::string& error) = 0;
    virtual bool add_frame(const uint8_t* top_row, int row_bytes, std::string& error) = 0;
    virtual bool finish(std::string& error) = 0;
    virtual void cancel() = 0;
    virtual int frames() const = 0;
    virtual std::string encoder_name() const = 0;
};

// The module's one exported function: a new backend, which the caller deletes.
inline constexpr const char* kMakeVideoBackend = "corridor_make_video_backend";
using MakeVideoBackend = VideoBackend* (*)();

}  // namespace corridor
