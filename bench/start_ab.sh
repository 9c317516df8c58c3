#!/bin/bash
# Two builds of the viewer side by side: launch to a written 1280x800 PNG (--screenshot), warm (a
# cache folder that one earlier run of that build filled) and cold (an empty cache folder each
# run, so Mesa's shader cache, which lives there too, is empty as well). Runs are taken in turn,
# A B then B A, so that the machine's drift (often 20-40% within minutes on a shared 2-core machine)
# hits both alike. Prints wall time p50, p90, p99 (nearest rank: with 20 runs, p99 is the slowest)
# and CPU time (user + system) p50. Peers are compared by ../shared/bench-peers/compare.sh.
# Usage: bench/start_ab.sh VIEWER_A VIEWER_B [RUNS] [DATA_DIR]   (RUNS default 20; DATA_DIR default
# the viewer's own, e.g. /tmp/cv-bench/stress). Needs xvfb and time (Debian 12).
set -eu
A=$(readlink -f "$1"); B=$(readlink -f "$2"); RUNS=${3:-20}; DATA=${4:-}
T=$(mktemp -d); trap 'kill $XPID 2>/dev/null; rm -rf "$T"' EXIT
Xvfb :75 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!; sleep 1
export DISPLAY=:75 XDG_RUNTIME_DIR=$T
data_args=(); [ -n "$DATA" ] && data_args=(--data "$DATA")

run() {  # run NAME VIEWER CACHE -> appends "wall cpu" to $T/times.NAME
  local start end  # wall time in nanoseconds: time's %e has only 10 ms steps
  start=$(date +%s%N)
  XDG_CONFIG_HOME=$T/config.$1 XDG_CACHE_HOME=$3 /usr/bin/time -f "%U %S" -o "$T/t" \
    "$2" "${data_args[@]}" --screenshot "$T/shot.png" >"$T/out" 2>&1 || { echo "FAILED: $2" >&2; tail -5 "$T/out" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v ns=$((end - start)) '{print ns / 1e9, $1 + $2}' "$T/t" >> "$T/times.$1"
}
for x in A B; do
  viewer=$A; [ $x = B ] && viewer=$B
  mkdir -p "$T/cache.$x"; run fill.$x "$viewer" "$T/cache.$x"  # fills the warm cache
done
for i in $(seq 1 "$RUNS"); do
  order="A B"; [ $((i % 2)) = 0 ] && order="B A"
  for x in $order; do
    viewer=$A; [ $x = B ] && viewer=$B
    run warm.$x "$viewer" "$T/cache.$x"
    rm -rf "$T/cold"; mkdir -p "$T/cold"
    run cold.$x "$viewer" "$T/cold"
  done
done

pct() {  # pct Q: nearest-rank percentile of the numbers on stdin
  sort -g | awk -v q="$1" '{v[NR]=$1} END {r=int(q*NR+0.999999); if (r<1) r=1; print v[r]}'
}
for kind in warm cold; do
  for x in A B; do
    f=$T/times.$kind.$x
    printf "%-4s %s  wall p50 %.3f s  p90 %.3f  p99 %.3f   cpu p50 %.3f s   (%s runs)\n" "$kind" "$x" \
      "$(awk '{print $1}' "$f" | pct 0.5)" "$(awk '{print $1}' "$f" | pct 0.9)" "$(awk '{print $1}' "$f" | pct 0.99)" \
      "$(awk '{print $2}' "$f" | pct 0.5)" "$(wc -l < "$f")"
  done
done
echo "A: $A"
echo "B: $B"
