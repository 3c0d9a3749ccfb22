#!/usr/bin/env bash
# Times the lockdep engine: `lockscope simulate` over generated traces, on one core.
#
#   bash src/bench/engine-benchmark.sh [WORKDIR]
#
# Generates (once, kept in WORKDIR, default /tmp/lockscope-engine-bench) traces with
# src/bench/generate-trace.py: CLASSES lock classes (default 10000), a repertoire of PATHS code
# paths (default 20000, so the distinct held-lock chains are bounded as in a running kernel and
# lockdep's chain cache works as it does there), 64 tasks, softirqs, and no violation, so the
# engine validates every event to the end. Sizes: 1, 10 (and BIG, default 0: none) million events.
# Each trace is replayed ROUNDS times (default 3, best kept) by `java -jar target/lockscope.jar
# simulate` with a heap of HEAP (default 128m) and the serial collector, twice: as it runs (the
# engine is one thread, so it uses one core; the JIT compiler and the collector may use the
# other), then with the whole JVM pinned to one core (taskset -c 0: the JIT and GC share it). It
# prints engine events/s, trace lines/s and peak RSS. Memory stays flat as the trace grows ten
# times: it depends on classes, dependencies and chains, not on events.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/lockscope-engine-bench}
classes=${CLASSES:-10000}
paths=${PATHS:-20000}
rounds=${ROUNDS:-3}
heap=${HEAP:-128m}
big=${BIG:-0}

[ -f target/lockscope.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work"
sizes=(1000000 10000000)
[ "$big" -gt 0 ] && sizes+=("$big")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), java $(java -version 2>&1 | head -1)"
for events in "${sizes[@]}"; do
  trace="$work/trace-$events-$classes-$paths.trace"
  if [ ! -f "$trace" ]; then
    echo "generating $trace" >&2
    python3 src/bench/generate-trace.py "$events" "$classes" "$paths" 1 >"$trace.tmp"
    mv "$trace.tmp" "$trace"
  fi
  lines=$(wc -l <"$trace")
  for pin in "" "taskset -c 0"; do
    best=""
    for ((r = 0; r < rounds; r++)); do
      cat "$trace" >/dev/null
      # shellcheck disable=SC2086
      summary=$(/usr/bin/time -o "$work/time" -f '%e %M' $pin java -Xmx"$heap" -XX:+UseSerialGC -jar target/lockscope.jar \
        simulate "$trace" | tail -1 | grep -o '([0-9]* events.*)')
      read -r seconds rss <"$work/time"
      if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then
        best=$seconds
        best_rss=$rss
        best_summary=$summary
      fi
    done
    engine_events=$(echo "$best_summary" | grep -o '^([0-9]*' | tr -d '(')
    awk -v e="$engine_events" -v l="$lines" -v s="$best" -v m="$best_rss" -v sum="$best_summary" -v how="${pin:-unpinned}" 'BEGIN {
      printf "%s, %d trace lines %s: %.2f s, %.2f M events/s, %.2f M lines/s, peak RSS %d MiB\n", how, l, sum, s, e / s / 1e6, l / s / 1e6, m / 1024 }'
  done
done
