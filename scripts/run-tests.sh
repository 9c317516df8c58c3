#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test twice: once normally, once with
# AddressSanitizer and UndefinedBehaviorSanitizer. GUI tests run under xvfb-run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"

run_suite() {  # run_suite BUILD_DIR LABEL [cmake args]
  local build=$1 label=$2; shift 2
  echo "== $label build"
  "$root/scripts/build.sh" "$build" "$@"
  echo "== $label tests"
  # -noreset: an X server resets when its last client leaves, and a test that connects during
  # the reset cannot open its window (a CI run failed on it once).
  xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" ctest --test-dir "$build" --output-on-failure -j2
}

# A sanitizer report must fail the run: ASan aborts on error, UBSan is built with
# -fno-sanitize-recover, and LeakSanitizer is on by default (tests/viewer/leak_check_before_exit.cpp
# says where and why it is not).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}

run_suite "$root/build" "normal"
run_suite "$root/build-asan" "sanitizer" -DCORRIDOR_SANITIZE=ON
