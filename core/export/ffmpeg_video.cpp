// The FFmpeg half of VideoEncoder (video_encoder.h), built as a module of its own,
// corridor-video.so, which the program loads only when it opens a video: FFmpeg's libraries and
// theirs are 88 of the 214 shared libraries the viewer would otherwise load (and relocate) at
// every start, about 30 ms of CPU a launch for a feature most runs never use.
#include "core/export/video_backend.h"

#include <memory>
#include <system_error>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include "core/base/file_write.h"

namespace corridor {

namespace {
std::string av_error(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

class FfmpegVideo final : public VideoBackend {
public:
    ~FfmpegVideo() override { cancel(); }
    bool open(const std::filesystem::path& file, int width, int height, int fps, std::string& error) override;
    bool add_frame(const uint8_t* top_row, int row_bytes, std::string& error) override;
    bool finish(std::string& error) override;
    void cancel() override;
    int frames() const override;
    std::string encoder_name() const override;

private:
    struct State;
    std::unique_ptr<State> s_;
};

struct FfmpegVideo::State {
    std::filesystem::path file, tmp;
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* sws = nullptr;
    int width = 0, height = 0, count = 0;
    bool header = false, io_open = false;

    // Sends `f` (null: flush) and writes every packet the encoder gives back.
    bool encode(AVFrame* f, std::string& error) {
        int r = avcodec_send_frame(codec, f);
        if (r < 0) return error = "encoding failed: " + av_error(r), false;
        while ((r = avcodec_receive_packet(codec, packet)) >= 0) {
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            r = av_interleaved_write_frame(format, packet);
            if (r < 0) return error = "cannot write the video: " + av_error(r), false;
        }
        return r == AVERROR(EAGAIN) || r == AVERROR_EOF ? true : (error = "encoding failed: " + av_error(r), false);
    }

    void close() {
        if (sws) sws_freeContext(sws), sws = nullptr;
        if (frame) av_frame_free(&frame);
        if (packet) av_packet_free(&packet);
        if (codec) avcodec_free_context(&codec);
        if (format) {
            if (io_open) avio_closep(&format->pb), io_open = false;
            avformat_free_context(format), format = nullptr;
        }
    }
};

int FfmpegVideo::frames() const { return s_ ? s_->count : 0; }
std::string FfmpegVideo::encoder_name() const { return s_ && s_->codec ? s_->codec->codec->name : ""; }

bool FfmpegVideo::open(const std::filesystem::path& file, int width, int height, int fps, std::string& error) {
    cancel();
    if (width < 2 || height < 2 || width % 2 || height % 2) return error = "the video size must be even", false;
    s_ = std::make_unique<State>();
    State& s = *s_;
    s.file = file, s.tmp = temporary_sibling(file), s.width = width, s.height = height;
    auto fail = [&](const std::string& why) {
        cancel();
        error = why;
        return false;
    };
    if (avformat_alloc_output_context2(&s.format, nullptr, "mp4", nullptr) < 0 || !s.format)
        return fail("FFmpeg has no MP4 writer");
    const AVCodec* h264 = avcodec_find_encoder_by_name("libx264");
    if (!h264) h264 = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!h264) return fail("FFmpeg has no H.264 encoder");
    s.stream = avformat_new_stream(s.format, nullptr);
    s.codec = avcodec_alloc_context3(h264);
    if (!s.stream || !s.codec) return fail("out of memory");
    s.codec->width = width, s.codec->height = height;
    s.codec->time_base = AVRational{1, fps};
    s.codec->framerate = AVRational{fps, 1};
    s.codec->pix_fmt = AV_PIX_FMT_YUV420P;  // what every player decodes
    s.codec->gop_size = fps * 2;
    s.codec->thread_count = 0;     // as many as the cores
    av_log_set_level(AV_LOG_ERROR);  // x264's statistics are not for the user
    if (s.format->oformat->flags & AVFMT_GLOBALHEADER) s.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    // The fastest preset: drawing the frames already costs most of two cores (bench/export_bench);
    // maps are flat colour and still compress well at the default quality.
    av_opt_set(s.codec->priv_data, "preset", "ultrafast", 0);
    av_opt_set(s.codec->priv_data, "crf", "23", 0);
    if (int r = avcodec_open2(s.codec, h264, nullptr); r < 0) return fail("cannot open the H.264 encoder: " + av_error(r));
    if (avcodec_parameters_from_context(s.stream->codecpar, s.codec) < 0) return fail("cannot set up the video stream");
    s.stream->time_base = s.codec->time_base;
    s.stream->avg_frame_rate = s.codec->framerate;
    if (int r = avio_open(&s.format->pb, s.tmp.c_str(), AVIO_FLAG_WRITE); r < 0) return fail(write_error_text(-r));
    s.io_open = true;
    if (int r = avformat_write_header(s.format, nullptr); r < 0) return fail("cannot write the video header: " + av_error(r));
    s.header = true;
    s.frame = av_frame_alloc();
    s.packet = av_packet_alloc();
    if (!s.frame || !s.packet) return fail("out of memory");
    s.frame->format = AV_PIX_FMT_YUV420P, s.frame->width = width, s.frame->height = height;
    if (av_frame_get_buffer(s.frame, 0) < 0) return fail("out of memory");
    s.sws = sws_getContext(width, height, AV_PIX_FMT_RGBA, width, height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr,
                           nullptr, nullptr);
    if (!s.sws) return fail("cannot convert RGBA to YUV");
    return true;
}

bool FfmpegVideo::add_frame(const uint8_t* top_row, int row_bytes, std::string& error) {
    if (!s_ || !s_->header) return error = "the video is not open", false;
    State& s = *s_;
    if (av_frame_make_writable(s.frame) < 0) return error = "out of memory", false;
    const uint8_t* src[1] = {top_row};
    const int stride[1] = {row_bytes};
    sws_scale(s.sws, src, stride, 0, s.height, s.frame->data, s.frame->linesize);
    s.frame->pts = s.count++;
    if (!s.encode(s.frame, error)) return cancel(), false;
    return true;
}

bool FfmpegVideo::finish(std::string& error) {
    if (!s_ || !s_->header) return error = "the video is not open", false;
    State& s = *s_;
    if (!s.encode(nullptr, error)) return cancel(), false;
    if (int r = av_write_trailer(s.format); r < 0) {
        error = "cannot finish the video: " + av_error(r);
        return cancel(), false;
    }
    s.close();
    const bool ok = commit_temporary(s.tmp, s.file, error);
    s_.reset();
    return ok;
}

void FfmpegVideo::cancel() {
    if (!s_) return;
    s_->close();
    std::error_code ec;
    std::filesystem::remove(s_->tmp, ec);
    s_.reset();
}

}  // namespace
}  // namespace corridor

extern "C" __attribute__((visibility("default"))) corridor::VideoBackend* corridor_make_video_backend() {
    return new corridor::FfmpegVideo;
}
