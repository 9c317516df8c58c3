#pragma once
// Small data files the tests write themselves, and the path of the real layers.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

class OGRSpatialReference;

namespace corridor::test {

std::filesystem::path scratch_dir();  // a fresh folder per test binary run
// A subfolder of scratch_dir(), created: one per test or subject.
std::filesystem::path scratch_dir(const std::string& sub);
std::filesystem::path write_file(const std::string& name, const std::string& text);
std::string file_bytes(const std::filesystem::path& file);  // the whole file; "" when unreadable
std::filesystem::path real_data_dir();  // ../shared/geodata beside the checkout

// A FeatureCollection of the given feature texts, with no "crs" member (RFC 7946: lon/lat).
std::string feature_collection(const std::string& features_json);
// {"type":"Feature","properties":props,"geometry":geometry}
std::string feature(const std::string& properties_json, const std::string& geometry_json);

// Converts a vector file to another format with GDAL (ogr2ogr's library form); `target_epsg`
// reprojects when non-zero. Returns false when GDAL fails.
bool convert(const std::filesystem::path& from, const std::filesystem::path& to, const std::string& driver,
             int target_epsg = 0);

// A GeoPackage in the given CRS, for what GeoJSON cannot hold (NaN, odd CRSs): one feature
// per entry, a point when it has one coordinate pair, else a line string.
std::filesystem::path write_gpkg(const std::string& name, const OGRSpatialReference& srs,
                                 const std::vector<std::vector<std::pair<double, double>>>& geometries);

// Everything a shell command prints on stdout (pdftotext, ffprobe); "" when it cannot run.
std::string command_output(const std::string& command);

// A folder under `parent` in which no file can be created: read-only, or /sys when chmod does not
// stop this user (root in CI); sysfs refuses new files to everyone.
std::filesystem::path unwritable_folder(const std::filesystem::path& parent);

}  // namespace corridor::test
