#!/usr/bin/env bash
# Installs what is missing, builds, and starts the viewer on the default data.
# Extra arguments go to the viewer (for example --lang en, --data DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build" >/dev/null
exec "$root/build/viewer/corridor-viewer" "$@"
