#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang + libfuzzer-14-dev) and runs each of them.
#
#   scripts/fuzz.sh [--seconds N] [--build DIR] [--no-build] [--jobs N] [TARGET...]
#
# --seconds N   time per target (default 600); each target keeps its growing corpus in
#               DIR/corpus/TARGET between runs, seeded from the real files (DIR/fuzz-seeds)
# --build DIR   the clang build folder (default build-fuzz beside the sources)
# --no-build    run what is built (the test suite builds it through tests/CMakeLists.txt)
# --scratch     start from the seeds in a fresh corpus each time (the test suite's short runs)
# TARGET        geojson_check json_scan layer_reader initiatives tour translations settings map_style
#               admin_mappings script utf8 geodata_codec mesh_codec
#               cartography_codec (default: all)
#
# Prints the executions per target. A crash, leak or sanitizer report leaves its input in
# DIR/findings/TARGET/ (replay it: DIR/fuzz/fuzz_TARGET FILE) and makes the script exit 1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=600 build="$root/build-fuzz" do_build=1 scratch=0 jobs=2
targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-build) do_build=0; shift ;;
    --scratch) scratch=1; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=(geojson_check json_scan layer_reader initiatives tour translations settings map_style
                                     admin_mappings script utf8 geodata_codec mesh_codec cartography_codec)

if [ $do_build -eq 1 ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -DCORRIDOR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
  cmake --build "$build" -j"$jobs"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0 total=0
for t in "${targets[@]}"; do
  exe="$build/fuzz/fuzz_$t"
  [ -x "$exe" ] || { echo "fuzz.sh: $exe is not built" >&2; exit 2; }
  if [ $scratch -eq 1 ]; then corpus=$(mktemp -d); else corpus="$build/corpus/$t"; fi
  findings="$build/findings/$t"
  mkdir -p "$corpus" "$findings"
  log=$(mktemp)
  # -timeout: an input taking 10 s is a finding (a hang); -rss_limit_mb: so is a 2 GB one.
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" "$build/fuzz-seeds/$t" >"$log" 2>&1; then
    result=ok
  else
    result=FOUND
    status=1
    tail -n 60 "$log"
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  printf '%-16s %12s executions in %ss  %s\n' "$t" "${runs:-?}" "$seconds" "$result"
  total=$((total + ${runs:-0}))
  rm -f "$log"
  [ $scratch -eq 1 ] && rm -rf "$corpus"
done
printf '%-16s %12s executions\n' "total" "$total"
exit $status
