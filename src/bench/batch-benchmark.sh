#!/usr/bin/env bash
# Times `lockscope batch --format jsonl` against grep over the same real, distinct logs.
#
#   bash src/bench/batch-benchmark.sh [WORKDIR]
#
# Builds (once, kept in WORKDIR, default /tmp/lockscope-bench) two corpora from the logs of
# ../shared/corpus with DistinctCorpus (src/test/java/dev/lockscope/batch), where every copy of a
# log has its console times shifted and its addresses and PIDs changed, consistently within the
# copy, and no two reports are alike once the console envelope is stripped:
#   copies: FILES files (default 100000), each one copy of one log;
#   joined: JOINED files (default 500) of about JOINED_BYTES bytes (default 1000000), each copies
#           of many logs joined, their times following on.
# Checks with sha256sum that no two files of a corpus are identical and warms the page cache; then,
# for each corpus, ROUNDS times (default 3), alternately:
#   grep:      find | xargs -0 -P <cores> grep -c -F -e 'WARNING:' -e 'INFO:' -e 'BUG:' > FILE
#   lockscope: target/lockscope batch -q --format jsonl CORPUS > FILE
# and prints the ratio of the best wall times, and for each tool its reports/s, MB/s, microseconds
# of CPU (user + system) per report and peak RSS. Then one run of batch under -Xmx128m per corpus
# (it must finish, with the same output), and `lockscope check` on the seed, JVM start to exit
# (best of ROUNDS). LAUNCHER (default target/lockscope) times another build, such as a copy of an
# earlier one's target/lockscope, lockscope.jar and lockscope.jsa.
# Output files go to WORKDIR, never /dev/null: GNU grep stops reading at its first match there.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/lockscope-bench}
files=${FILES:-100000}
joined_files=${JOINED:-500}
joined_bytes=${JOINED_BYTES:-1000000}
rounds=${ROUNDS:-3}
shared=${LOCKSCOPE_SHARED:-../shared}
cores=$(nproc)
launcher=${LAUNCHER:-target/lockscope}
maker=target/test-classes/dev/lockscope/batch/DistinctCorpus.class

[ -x target/lockscope ] && [ -f "$maker" ] || mvn -B -q package -DskipTests
mkdir -p "$work"

# build NAME SHAPE ARGS...: the corpus WORKDIR/NAME, made once.
build() {
  local corpus="$work/$1"
  shift
  if [ ! -f "$corpus.complete" ]; then
    rm -rf "$corpus"
    echo "building $corpus ($*)" >&2
    java -cp target/test-classes:target/lockscope.jar dev.lockscope.batch.DistinctCorpus "$1" "$shared/corpus" "$corpus" "${@:2}" \
      > "$corpus.made"
    touch "$corpus.complete"
  fi
  local repeated
  repeated=$(find "$corpus" -type f -print0 | xargs -0 -P "$cores" sha256sum | awk '{print $1}' | sort | uniq -d | wc -l)
  if [ "$repeated" -ne 0 ]; then
    echo "error: $corpus has $repeated contents held by more than one file" >&2
    exit 1
  fi
  find "$corpus" -type f -print0 | xargs -0 cat > /dev/null
}

calc() { awk "BEGIN {printf \"%.${2:-2}f\", $1}"; }

# timed OUT COMMAND...: runs COMMAND, its output to OUT, and prints "wall user system maxrss_kb".
timed() {
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$out" || true
  tail -1 "$work/time.txt"
}

grep_run() {
  timed "$work/grep.out" sh -c "find '$1' -type f -print0 | xargs -0 -P $cores grep -c -F -e 'WARNING:' -e 'INFO:' -e 'BUG:'"
}

lockscope_run() {
  timed "$work/lockscope.jsonl" "$launcher" batch -q --format jsonl "$1"
}

# line TOOL "wall user sys rss" REPORTS MB
line() {
  read -r wall user sys rss <<< "$2"
  printf '  %-10s %6.2f s  %9s reports/s  %6s MB/s  %6s us CPU/report  %5s MiB peak RSS\n' "$1" "$wall" \
    "$(calc "$3 / $wall" 0)" "$(calc "$4 / $wall" 0)" "$(calc "($user + $sys) * 1000000 / $3" 1)" "$(calc "$rss / 1024" 0)"
}

bench() {
  local name=$1 corpus="$work/$1"
  local bytes grep_runs="" lockscope_runs="" g l
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  for ((r = 0; r < rounds; r++)); do
    g=$(grep_run "$corpus")
    l=$(lockscope_run "$corpus")
    grep_runs+="$g"$'\n'
    lockscope_runs+="$l"$'\n'
    echo "  round $((r + 1)): grep $(echo "$g" | cut -d' ' -f1) s, lockscope $(echo "$l" | cut -d' ' -f1) s," \
      "ratio $(calc "$(echo "$l" | cut -d' ' -f1) / $(echo "$g" | cut -d' ' -f1)")" >&2
  done
  local reports heap
  reports=$(grep -c '"index":' "$work/lockscope.jsonl" || true)
  g=$(echo -n "$grep_runs" | sort -g | head -1)
  l=$(echo -n "$lockscope_runs" | sort -g | head -1)
  heap=$(LOCKSCOPE_JAVA_OPTS=-Xmx128m timed "$work/heap.jsonl" "$launcher" batch -q --format jsonl "$corpus")
  echo "$name: $(find "$corpus" -type f | wc -l) files, $(calc "$bytes / 1000000" 0) MB, $reports reports ($(head -1 "$corpus.made"))"
  echo "  ratio      $(calc "$(echo "$l" | cut -d' ' -f1) / $(echo "$g" | cut -d' ' -f1)") (best of $rounds each, target <= 3.0)"
  line grep "$g" "$reports" "$((bytes / 1000000))"
  line lockscope "$l" "$reports" "$((bytes / 1000000))"
  if cmp -s "$work/heap.jsonl" "$work/lockscope.jsonl"; then
    line "-Xmx128m" "$heap" "$reports" "$((bytes / 1000000))"
  else
    echo "  -Xmx128m   FAILED: its output differs from the run with the default heap" >&2
  fi
}

build copies copies "$files"
build joined joined "$joined_files" "$joined_bytes"

echo "machine: $cores cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
  "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
bench copies
bench joined

seed_time=$(for ((r = 0; r < rounds; r++)); do
  /usr/bin/time -f '%e' -o "$work/seed.txt" "$launcher" check samples/seed-rxrpc-bisection.log > /dev/null || true
  tail -1 "$work/seed.txt"
done | sort -g | head -1)
echo "check on the seed: $seed_time s wall, JVM start to exit (best of $rounds, target < 0.2)"
echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
