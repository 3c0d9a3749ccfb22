#!/usr/bin/env bash
# Bounded memory: streams a generated console log of SIZE_MB (default 2048: 2 GiB) with thousands
# of lockdep reports spread through noise through 'lockscope check' and 'lockscope batch' with the
# heap capped at 256 MiB, and checks that every report is found.
#
#   bash src/bench/memory-benchmark.sh [SIZE_MB] [WORKDIR]
#
# Needs target/lockscope.jar (mvn -B -q package -DskipTests), python3 and GNU time. The log is
# written once to WORKDIR (default /tmp/lockscope-memory) and reused. Prints, for each command, the
# reports found against the reports written, the time and the peak resident set size.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-2048}
work=${2:-/tmp/lockscope-memory}
jar=target/lockscope.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$work"
log=$work/console-$size.log
if [ ! -f "$log" ] || [ ! -f "$log.count" ]; then
  python3 src/bench/generate-console-log.py "$size" "$log" > "$log.count"
fi
written=$(cat "$log.count")
echo "$log: $(du -h "$log" | cut -f1), $written reports written"
heap=${HEAP:--Xmx256m}
fail=0
# check: text output, one line per report (the verdict line starts with the file name).
/usr/bin/time -f "%e %M" -o "$work/time" java "$heap" -jar "$jar" check "$log" > "$work/check.out" || true
read -r seconds rss < "$work/time"
found=$(grep -c "^$log:[0-9]*-[0-9]*: " "$work/check.out" || true)
echo "check $heap: $found of $written reports, ${seconds} s, peak RSS $((rss / 1024)) MiB"
[ "$found" -eq "$written" ] || fail=1
# batch: JSONL, one record per report.
/usr/bin/time -f "%e %M" -o "$work/time" java "$heap" -jar "$jar" batch -q --format jsonl "$log" > "$work/batch.out" || true
read -r seconds rss < "$work/time"
found=$(grep -c '"index":' "$work/batch.out" || true)
echo "batch $heap: $found of $written reports, ${seconds} s, peak RSS $((rss / 1024)) MiB"
[ "$found" -eq "$written" ] || fail=1
exit $fail
