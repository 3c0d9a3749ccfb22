#!/usr/bin/env bash
# Times `lockscope batch` against grep over the same corpus, in the same run.
#
#   bash src/bench/batch-benchmark.sh [WORKDIR]
#
# Builds (once, kept in WORKDIR, default /tmp/lockscope-bench) a corpus of FILES files
# (default 100000) by replicating the report files of ../shared/corpus round-robin, at least
# 500 MB in all; warms the page cache; then runs, ROUNDS times each (default 3, best kept):
#   grep:      find | xargs -0 -P <cores> grep -c -F -e 'WARNING:' -e 'INFO:' -e 'BUG:'
#   lockscope: target/lockscope batch -q --format FORMAT (default text) CORPUS > /dev/null
# (target/lockscope is the launcher `mvn package` installs: the jar with its class-data archive).
# and prints the ratio of wall times, reports/s, MB/s and lockscope's peak RSS.
# Last, it times `lockscope check` on the seed, JVM start to exit (best of ROUNDS).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/lockscope-bench}
files=${FILES:-100000}
rounds=${ROUNDS:-3}
format=${FORMAT:-text}
shared=${LOCKSCOPE_SHARED:-../shared}
cores=$(nproc)

[ -x target/lockscope ] || mvn -B -q package -DskipTests
launcher=target/lockscope

corpus="$work/corpus-$files"
if [ ! -f "$corpus.complete" ]; then
  rm -rf "$corpus"
  mkdir -p "$corpus"
  mapfile -t sources < <(find "$shared/corpus" -type f -name '*.txt' | sort)
  echo "building $corpus: $files files from ${#sources[@]} corpus reports" >&2
  for ((i = 0; i < files; i++)); do
    dir="$corpus/$((i / 1000))"
    [ -d "$dir" ] || mkdir "$dir"
    cp "${sources[$((i % ${#sources[@]}))]}" "$dir/$i.log"
  done
  touch "$corpus.complete"
fi
bytes=$(find "$corpus" -type f -name '*.log' -printf '%s\n' | awk '{s += $1} END {print s}')
if [ "$bytes" -lt 500000000 ]; then
  echo "warning: the corpus holds only $bytes bytes (< 500 MB)" >&2
fi
find "$corpus" -type f -name '*.log' -print0 | xargs -0 cat > /dev/null

now() { date +%s.%N; }
best() { sort -g | head -1; }
calc() { awk "BEGIN {printf \"%.3f\\n\", $1}"; }

grep_once() {
  local start end
  start=$(now)
  find "$corpus" -type f -name '*.log' -print0 \
    | xargs -0 -P "$cores" grep -c -F -e 'WARNING:' -e 'INFO:' -e 'BUG:' > /dev/null || true
  end=$(now)
  calc "$end - $start"
}

lockscope_once() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$launcher" batch -q --format "$format" "$corpus" > "$work/out.txt" || true
  tail -1 "$work/time.txt"
}

grep_time=$(for ((r = 0; r < rounds; r++)); do grep_once; done | best)
lockscope_runs=$(for ((r = 0; r < rounds; r++)); do lockscope_once; done)
lockscope_time=$(echo "$lockscope_runs" | awk '{print $1}' | best)
rss_kb=$(echo "$lockscope_runs" | awk '{print $2}' | sort -g | tail -1)
reports=$(grep -o '[0-9]* reports' "$work/out.txt" | tail -1 | awk '{print $1}')
if [ "$format" = jsonl ]; then
  reports=$(grep -c '"index":' "$work/out.txt" || true)
fi

seed_runs=$(for ((r = 0; r < rounds; r++)); do
  /usr/bin/time -f '%e' -o "$work/seed.txt" "$launcher" check samples/seed-rxrpc-bisection.log > /dev/null || true
  tail -1 "$work/seed.txt"
done)
seed_time=$(echo "$seed_runs" | best)

echo "machine:        $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "corpus:         $files files, $((bytes / 1000000)) MB, $reports reports (format $format)"
echo "grep:           ${grep_time} s"
echo "lockscope:      ${lockscope_time} s"
echo "ratio:          $(calc "$lockscope_time / $grep_time") (target <= 2.0)"
echo "reports/s:      $(calc "$reports / $lockscope_time")"
echo "MB/s:           $(calc "$bytes / 1000000 / $lockscope_time")"
echo "peak RSS:       $(calc "$rss_kb / 1024") MiB (target <= 512)"
echo "check on seed:  ${seed_time} s wall, JVM start to exit (target <= 0.3)"
