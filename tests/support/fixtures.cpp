#include "fixtures.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

namespace fs = std::filesystem;

namespace corridor::test {

fs::path scratch_dir() {
    static const fs::path dir = [] {
        const char* base = std::getenv("CORRIDOR_TEST_TMP");
        fs::path d = fs::path(base && *base ? base : fs::temp_directory_path().string()) /
                     ("run-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

fs::path scratch_dir(const std::string& sub) {
    fs::path d = scratch_dir() / sub;
    fs::create_directories(d);
    return d;
}

fs::path write_file(const std::string& name, const std::string& text) {
    fs::path p = scratch_dir() / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

std::string file_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

fs::path real_data_dir() { return fs::path(CORRIDOR_SOURCE_DIR) / ".." / "shared" / "geodata"; }

std::string feature_collection(const std::string& features_json) {
    return R"({"type":"FeatureCollection","features":[)" + features_json + "]}";
}

std::string feature(const std::string& properties_json, const std::string& geometry_json) {
    return R"({"type":"Feature","properties":)" + properties_json + R"(,"geometry":)" + geometry_json + "}";
}

bool convert(const fs::path& from, const fs::path& to, const std::string& driver, int target_epsg) {
    GDALAllRegister();
    GDALDatasetH src = GDALOpenEx(from.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!src) return false;
    std::vector<std::string> args = {"-f", driver, "-overwrite"};
    if (target_epsg) args.insert(args.end(), {"-t_srs", "EPSG:" + std::to_string(target_epsg)});
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    std::error_code ec;
    fs::remove_all(to, ec);
    int usage_error = 0;
    GDALDatasetH out = GDALVectorTranslate(to.c_str(), nullptr, 1, &src, options, &usage_error);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    if (!out) return false;
    GDALClose(out);
    return true;
}

fs::path write_gpkg(const std::string& name, const OGRSpatialReference& srs,
                    const std::vector<std::vector<std::pair<double, double>>>& geometries) {
    GDALAllRegister();
    fs::path path = scratch_dir() / name;
    fs::remove(path);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference copy(srs);
    OGRLayer* layer = ds->CreateLayer(fs::path(name).stem().c_str(), &copy, wkbUnknown, nullptr);
    for (const auto& points : geometries) {
        OGRFeature f(layer->GetLayerDefn());
        OGRLineString line;
        for (auto [x, y] : points) line.addPoint(x, y);
        OGRPoint point(points[0].first, points[0].second);
        if (points.size() == 1) f.SetGeometry(&point);
        else f.SetGeometry(&line);
        if (layer->CreateFeature(&f) != OGRERR_NONE) return {};
    }
    return path;
}

std::string command_output(const std::string& command) {
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        pclose(p);
    }
    return out;
}

fs::path unwritable_folder(const fs::path& parent) {
    fs::path folder = parent / "read-only";
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    if (::access(folder.c_str(), W_OK) == 0) folder = "/sys";
    return folder;
}

}  // namespace corridor::test
