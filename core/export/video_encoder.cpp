#include "core/export/video_encoder.h"

#include <dlfcn.h>

#include <system_error>

#include "core/base/resource_paths.h"
#include "core/export/video_backend.h"

namespace corridor {
namespace {

// The FFmpeg module (ffmpeg_video.cpp), loaded once, on the first video, and kept to the end:
// FFmpeg's libraries are not made to be unloaded. Installed, it lies in <exe dir>/../lib/
// corridor-viewer; in the build tree, where CMake put it.
struct VideoModule {
    MakeVideoBackend make = nullptr;
    std::string error;
};

const VideoModule& video_module() {
    static const VideoModule module = [] {
        VideoModule m;
        const std::filesystem::path places[] = {executable_dir() / CORRIDOR_VIDEO_MODULE_FROM_BIN,
                                                CORRIDOR_VIDEO_MODULE_BUILT};
        for (const std::filesystem::path& path : places) {
            std::error_code ec;
            if (!std::filesystem::is_regular_file(path, ec)) continue;
            void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                const char* why = dlerror();
                m.error = "cannot load " + path.string() + ": " + (why ? why : "unknown error");
                return m;
            }
            m.make = reinterpret_cast<MakeVideoBackend>(dlsym(handle, kMakeVideoBackend));
            if (!m.make) m.error = path.string() + " has no " + kMakeVideoBackend;
            return m;
        }
        m.error = "the video module is missing (" + places[0].lexically_normal().string() + ")";
        return m;
    }();
    return module;
}

}  // namespace

VideoEncoder::VideoEncoder() = default;
VideoEncoder::~VideoEncoder() = default;  // the backend cancels an unfinished file

int VideoEncoder::frames() const { return backend_ ? backend_->frames() : 0; }
std::string VideoEncoder::encoder_name() const { return backend_ ? backend_->encoder_name() : ""; }

bool VideoEncoder::open(const std::filesystem::path& file, int width, int height, int fps, std::string& error) {
    if (!backend_) {
        const VideoModule& module = video_module();
        if (!module.make) return error = "cannot record videos: " + module.error, false;
        backend_.reset(module.make());
    }
    return backend_->open(file, width, height, fps, error);
}

bool VideoEncoder::add_frame(const uint8_t* top_row, int row_bytes, std::string& error) {
    if (!backend_) return error = "the video is not open", false;
    return backend_->add_frame(top_row, row_bytes, error);
}

bool VideoEncoder::finish(std::string& error) {
    if (!backend_) return error = "the video is not open", false;
    return backend_->finish(error);
}

void VideoEncoder::cancel() {
    if (backend_) backend_->cancel();
}

}  // namespace corridor
