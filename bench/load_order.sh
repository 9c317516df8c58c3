#!/bin/bash
# How long the dynamic loader takes to bind the viewer's libraries at a warm start (launch to a
# written PNG, --screenshot), and which libraries answer its symbol lookups (cmake/load_order.cmake
# names the busiest ones first). For each build given: the libraries ranked by lookups answered,
# with their place in the search order, from one run under LD_DEBUG; then the loader's CPU time
# (samples in ld-linux-x86-64.so under `perf record`, 5 kHz) and the whole run's, p50 and p90
# over RUNS runs taken in turn with the other build's.
# Usage: bench/load_order.sh VIEWER_A [VIEWER_B] [RUNS] [DATA_DIR]   (RUNS default 10). Needs
# xvfb and linux-perf (Debian 12).
set -eu
A=$(readlink -f "$1"); shift
B=""; if [ $# -gt 0 ] && [ -x "$1" ]; then B=$(readlink -f "$1"); shift; fi
RUNS=${1:-10}; DATA=${2:-}
T=$(mktemp -d); trap 'kill $XPID 2>/dev/null; rm -rf "$T"' EXIT
Xvfb :76 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!; sleep 1
export DISPLAY=:76 XDG_RUNTIME_DIR=$T
data_args=(); [ -n "$DATA" ] && data_args=(--data "$DATA")
builds=(A); [ -n "$B" ] && builds=(A B)
viewer() { if [ "$1" = A ]; then echo "$A"; else echo "$B"; fi; }
shoot() {  # shoot NAME [command prefix...]: one run of build NAME with its own warm cache
  local x=$1; shift
  XDG_CONFIG_HOME=$T/config.$x XDG_CACHE_HOME=$T/cache.$x "$@" "$(viewer $x)" "${data_args[@]}" --screenshot "$T/shot.png" >/dev/null 2>&1
}

for x in "${builds[@]}"; do
  shoot $x  # fills the warm cache
  echo "== $x: $(viewer $x)"
  LD_DEBUG=scopes,bindings LD_DEBUG_OUTPUT=$T/ld shoot $x
  cat $T/ld.* | awk '
    /scope 0:/ && !order { for (i = 4; i <= NF; i++) pos[$i] = i - 3; order = NF - 3 }
    /binding file/ { for (i = 1; i <= NF; i++) if ($i == "to") n[$(i + 1)]++; total++ }
    END {
      printf "%d symbol lookups, %d libraries in the search order; busiest:\n", total, order
      for (lib in n) printf "%8d  %-4s %s\n", n[lib], (lib in pos ? pos[lib] : "late"), lib | "sort -rn | head -12"
    }'
  rm -f $T/ld.*
done

command -v perf >/dev/null || { echo "perf not found (Debian package linux-perf): no timings"; exit 0; }
for i in $(seq 1 "$RUNS"); do
  for x in "${builds[@]}"; do
    shoot $x perf record -q -F 5000 -o "$T/perf.data"
    perf script -i "$T/perf.data" -F ip,dso 2>/dev/null |
      awk '/ld-linux/ { l++ } { n++ } END { print l / 5, n / 5 }' >> "$T/times.$x"
  done
done
for x in "${builds[@]}"; do
  for col in 1 2; do
    sort -n -k$col "$T/times.$x" | awk -v c=$col -v x=$x '{ v[NR] = $c } END {
      printf "%s %-13s p50 %5.0f ms  p90 %5.0f ms  (%d runs)\n", x, (c == 1 ? "loader CPU" : "whole run CPU"),
        v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.999)], NR }'
  done
done
