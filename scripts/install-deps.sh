#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the viewer and the tests need.
# Runs as root, or through sudo; does nothing when everything is already there.
set -euo pipefail
# libcli11-dev parses the command line; libxxhash-dev checksums the cache entries; libpng-dev (with
# zlib1g-dev) writes screenshots and PNG exports;
# libx11-dev lets the viewer ask whether the display opens before SFML would abort on it;
# help2man makes the manual page from --help; dpkg-dev (dpkg-shlibdeps) and file let CPack
# compute the Debian package's dependencies.
packages=(cmake make g++ pkg-config libsfml-dev libx11-dev libimgui-dev libgdal-dev libgeos-dev libproj-dev
          nlohmann-json3-dev libcli11-dev libxxhash-dev zlib1g-dev libpng-dev libgtest-dev xvfb xauth libgl1-mesa-dri fonts-dejavu-core
          help2man dpkg-dev file
          libcairo2-dev libavcodec-dev libavformat-dev libswscale-dev  # PDF/SVG and tour video exports
          poppler-utils ffmpeg  # the export tests read PDFs (pdftotext) and probe videos (ffprobe)
          xdotool  # a test presses Esc in the tour recording's window as a user would
          clang libfuzzer-14-dev)  # the fuzz targets (fuzz/, scripts/fuzz.sh)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
