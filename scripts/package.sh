#!/usr/bin/env bash
# Builds the Debian package: scripts/package.sh [BUILD_DIR] (default: build/ of the checkout).
# Installs what is missing, configures again (the version follows `git describe`), builds,
# runs CPack, and prints the path of corridor-viewer_<version>_amd64.deb (in BUILD_DIR/package/).
# Install it with: apt install ./corridor-viewer_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"
log=$(cd "$build" && cpack -G DEB --config CPackConfig.cmake)
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' <<<"$log")
if [ -z "$deb" ]; then
  echo "$log" >&2
  echo "package.sh: CPack wrote no .deb" >&2
  exit 1
fi
echo "$deb"
