#!/usr/bin/env bash
# Soak test: drives the real viewer with random input from a seed for a while and samples its
# memory every 10 s. Fails on a crash, a sanitizer report, or memory that keeps growing after
# the warm-up. Build with -DCORRIDOR_SANITIZE=ON (build-asan) to run it under AddressSanitizer.
#
#   scripts/soak.sh [--minutes M | --seconds S] [--seed N] [--viewer EXE] [--out DIR] [--max-growth PCT]
#
# Defaults: 30 minutes, seed from the clock (printed), build-asan's viewer when it exists,
# out dir build-soak/, max growth 5 (% of the memory at the end of the warm-up: the first fifth,
# at least 60 s).
# A failure is replayed with the same --seed, or directly: corridor-viewer --script OUT/soak-script.json.
# Needs a display: under CI it runs inside xvfb-run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=1800 seed=$(date +%s) viewer="" out="$root/build-soak" max_growth=5
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) seconds=$(($2 * 60)); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --viewer) viewer=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --max-growth) max_growth=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "soak.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$viewer" ]; then
  viewer="$root/build-asan/viewer/corridor-viewer"
  [ -x "$viewer" ] || viewer="$root/build/viewer/corridor-viewer"
fi
[ -x "$viewer" ] || { echo "soak.sh: no viewer at $viewer" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
config="$out/config"
rm -rf "$config" "$out/exports"
mkdir -p "$config/corridor-viewer" "$out/exports"
# Exports (F12) go to the soak folder, not the user's pictures.
printf '{"export_folder": "%s"}\n' "$out/exports" > "$config/corridor-viewer/settings.json"

# Extra layers: a Latin-1 GeoJSON, a CSV and one of the real places layers.
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom":"March\xe9 de S\xe9gou"},"geometry":{"type":"Point","coordinates":[-6.26,13.43]}}]}' \
  > "$out/march"$'\xe9'"s.geojson"
printf 'WKT,name\n"LINESTRING (-5.5 11.3, -4.3 11.2)",Sikasso\xe2\x80\x93Bobo\n' > "$out/route.csv"
layers=("$out/march"$'\xe9'"s.geojson" "$out/route.csv")
places="$root/../shared/geodata/places/geonames_cities_ml_bf.geojson"
[ -f "$places" ] && layers+=("$places")

# The random script: enough rounds for the time at any frame rate; the run is stopped at the
# deadline (a viewer still running then has not crashed).
RANDOM=$seed
W=1024 H=768
keys=(Escape Home End PageDown PageUp Left Right Up Down Tab Enter Space Backspace Delete Ctrl+F F5 F12 + - b p s k o 1)
words=("Ségou" "kolondieba" "Bobo-Dioulasso" "sik" "ouaga" "zzz" "é" "Côte d’Ivoire" "ML0" "Mopti")
script="$out/soak-script.json"
rounds=$((seconds * 60 + 1000))  # more than any frame rate gets through in time
{
  printf '{"size": [%d, %d], "lang": "fr", "steps": [\n  {"wait": 5}' $W $H
  for ((i = 0; i < rounds; i++)); do
    x=$((RANDOM % W)) y=$((RANDOM % H)) x2=$((RANDOM % W)) y2=$((RANDOM % H))
    case $((RANDOM % 16)) in
      0|1) printf ',\n  {"drag": {"from": {"x": %d, "y": %d}, "to": {"x": %d, "y": %d}}}' $x $y $x2 $y2 ;;
      2|3) printf ',\n  {"wheel": {"x": %d, "y": %d, "delta": %d}}' $x $y $((RANDOM % 7 - 3)) ;;
      4|5) printf ',\n  {"click": {"x": %d, "y": %d}}' $x $y ;;
      6) printf ',\n  {"move": {"x": %d, "y": %d}}' $x $y ;;
      7|8) printf ',\n  {"key": "%s"}' "${keys[RANDOM % ${#keys[@]}]}" ;;
      9) printf ',\n  {"key": "Ctrl+F"}, {"text": "%s"}, {"key": "Enter"}' "${words[RANDOM % ${#words[@]}]}" ;;
      10) if ((RANDOM % 2)); then printf ',\n  {"lang": "fr"}'; else printf ',\n  {"lang": "en"}'; fi ;;
      11) printf ',\n  {"tour": "default"}, {"key": "PageDown"}, {"key": "PageDown"}, {"wait": 3}, {"key": "Escape"}' ;;
      12) printf ',\n  {"view": {"lon": %d.%d, "lat": %d.%d, "zoom": %d}}' $((RANDOM % 16 - 12)) $((RANDOM % 10)) \
            $((RANDOM % 16 + 9)) $((RANDOM % 10)) $((RANDOM % 10 + 4)) ;;
      13) printf ',\n  {"ui_scale": %d}' $((RANDOM % 3 + 1)) ;;
      14) printf ',\n  {"wait": %d}' $((RANDOM % 5 + 1)) ;;
      15) printf ',\n  {"state": "%s"}' "$out/state.json" ;;
    esac
  done
  printf '\n]}\n'
} > "$script"

echo "soak: seed $seed, ${seconds}s, viewer $viewer, out $out"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:quarantine_size_mb=32}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
log="$out/viewer.log"
samples="$out/memory.csv"
echo "seconds,rss_kb" > "$samples"
XDG_CONFIG_HOME="$config" XDG_CACHE_HOME="$out/cache" "$viewer" --script "$script" "${layers[@]}" >"$log" 2>&1 &
pid=$!
start=$(date +%s)
crashed=0 ended=0
while :; do
  sleep 10 &
  wait $! || true
  now=$(( $(date +%s) - start ))
  if ! kill -0 $pid 2>/dev/null; then
    wait $pid && rc=0 || rc=$?
    echo "soak: the viewer ended on its own after ${now}s with exit code $rc"
    [ $rc -ne 0 ] && crashed=1
    ended=1
    break
  fi
  rss=$(awk '/^VmRSS:/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  echo "$now,$rss" >> "$samples"
  [ "$now" -ge "$seconds" ] && break
done
[ $ended -eq 0 ] && { kill -KILL $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; }

status=0
if [ $crashed -eq 1 ] || grep -q "ERROR: AddressSanitizer\|runtime error:\|terminate called" "$log"; then
  echo "soak: FAILED (seed $seed); last lines of $log:"
  tail -n 40 "$log"
  status=1
fi
# Memory after the warm-up (the first fifth, at least the 60 s the layers take to load under
# ASan): the first sample after it against the median of the last three.
report=$(awk -F, -v total="$seconds" -v max="$max_growth" 'NR > 1 && $2 > 0 { t[n] = $1; r[n] = $2; n++ }
  END {
    if (n < 4) { print "too few samples"; exit }
    warm = total / 5; if (warm < 60) warm = 60; base = 0
    for (i = 0; i < n; i++) if (t[i] >= warm) { base = r[i]; break }
    if (base == 0) { print "too few samples"; exit }
    m = 0; for (i = n - 3; i < n; i++) last[m++] = r[i]
    # median of the last three
    if (last[0] > last[1]) { x = last[0]; last[0] = last[1]; last[1] = x }
    if (last[1] > last[2]) { x = last[1]; last[1] = last[2]; last[2] = x }
    if (last[0] > last[1]) { x = last[0]; last[0] = last[1]; last[1] = x }
    growth = 100 * (last[1] - base) / base
    verdict = (growth > max) ? " GROWING" : ""
    printf "memory: %d MB after warm-up, %d MB at the end: %+.1f%% (limit %s%%)%s\n", base / 1024, last[1] / 1024, growth, max, verdict
  }' "$samples")
echo "soak: $report"
[[ $report == *GROWING* ]] && status=1
echo "soak: $(($(wc -l < "$samples") - 1)) samples in $samples; script $script"
[ $status -eq 0 ] && echo "soak: no crash"
exit $status
