// The Debian package, built from this build tree by CPack when dpkg-deb is present, unpacked
// into a temporary root (dpkg -x) and run from another folder: it must find its own data.
#include <filesystem>

#include <gtest/gtest.h>

#include "core/base/program_version.h"
#include "scripted_app.h"

using namespace corridor;
using namespace corridor::test;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

TEST(DebianPackage, UnpackedBinaryRunsFromAnotherFolderOnItsPackagedData) {
    if (run_command("command -v dpkg-deb").exit_code != 0) GTEST_SKIP() << "no dpkg-deb: no package test";
    const fs::path dir = scripted_dir("package");
    fs::remove_all(dir);
    fs::create_directories(dir / "elsewhere");

    // Reuses what the build tree holds (the binary, the manual page); CPack only installs,
    // strips, asks dpkg-shlibdeps and compresses.
    RunResult pack = run_command(std::string("'") + CORRIDOR_CPACK + "' -G DEB --config " +
                                 quoted(fs::path(CORRIDOR_BUILD_DIR) / "CPackConfig.cmake") + " -B " +
                                 quoted(dir / "out"));
    ASSERT_EQ(pack.exit_code, 0) << pack.output;
    const std::string arch = first_line(run_command("dpkg --print-architecture").output);
    const fs::path deb = dir / "out" / ("corridor-viewer_" + program_version() + "_" + arch + ".deb");
    ASSERT_TRUE(fs::exists(deb)) << deb << "\n" << pack.output;

    // Dependencies from dpkg-shlibdeps (the libraries the binary links), plus the font it opens.
    RunResult depends = run_command("dpkg-deb -f " + quoted(deb) + " Depends");
    // libavcodec through the video module, which dpkg-shlibdeps reads too.
    for (const char* package :
         {"libgdal", "libgeos-c", "libproj", "libsfml-graphics", "libopengl0", "libavcodec", "fonts-dejavu-core"})
        EXPECT_NE(depends.output.find(package), std::string::npos) << package << " not in: " << depends.output;

    const fs::path root = dir / "root";
    ASSERT_EQ(run_command("dpkg -x " + quoted(deb) + " " + quoted(root)).exit_code, 0);
    const fs::path share = root / "usr/share/corridor-viewer";
    for (const fs::path& file :
         {root / "usr/bin/corridor-viewer", share / "shaders", share / "assets/i18n/fr.json",
          share / "geodata/layers.json", share / "geodata/about.json", share / "boundary-data/README.md",
          share / "boundary-data/cod-ab-mali-v02/mli_adm3_communes.geojson",
          share / "boundary-data/cod-ab-burkina/bfa_adm3_communes.geojson",
          root / "usr/share/applications/corridor-viewer.desktop",
          root / "usr/share/icons/hicolor/scalable/apps/corridor-viewer.svg",
          root / "usr/share/doc/corridor-viewer/presenting.md",  // --help points there
          root / "usr/bin/../lib/corridor-viewer/corridor-video.so"})  // where VideoEncoder looks first
        EXPECT_TRUE(fs::exists(file)) << file;
    // FFmpeg is loaded with the module, when a video is recorded, not at every start.
    const RunResult needed = run_command("readelf -d " + quoted(root / "usr/bin/corridor-viewer"));
    ASSERT_EQ(needed.exit_code, 0) << needed.output;
    EXPECT_NE(needed.output.find("libgdal"), std::string::npos) << needed.output;
    EXPECT_EQ(needed.output.find("libav"), std::string::npos) << needed.output;
    if (CORRIDOR_HAVE_HELP2MAN) {
        EXPECT_TRUE(fs::exists(root / "usr/share/man/man1/corridor-viewer.1.gz"));
    }

    // From another folder, with nothing in the environment pointing at the checkout.
    const std::string unpacked = "cd " + quoted(dir / "elsewhere") + " && env -u CORRIDOR_DATA -u CORRIDOR_RESOURCES " +
                                 quoted(root / "usr/bin/corridor-viewer");
    RunResult validate = run_command(unpacked + " --validate");
    EXPECT_EQ(validate.exit_code, 0) << validate.output;
    EXPECT_NE(validate.output.find("Communes: Mali 701, Burkina Faso 351"), std::string::npos) << validate.output;
    EXPECT_NE(validate.output.find("Boundary data: " + fs::canonical(share / "boundary-data").string() + "\n"),
              std::string::npos)
        << validate.output;

    RunResult version = run_command(unpacked + " --version");
    EXPECT_EQ(version.exit_code, 0) << version.output;
    EXPECT_EQ(first_line(version.output), "corridor-viewer " + program_version());
}
