#!/usr/bin/env bash
# Fuzzes lockscope's three fuzz targets with Jazzer, one after the other, each for DURATION.
#
#   bash src/bench/fuzz.sh DURATION [TARGET...]
#
# DURATION is Jazzer's: 90s, 20m, 1h. TARGET is PipelineFuzzTest (bytes through the locator,
# parsers, verifier and renderers), RulesFuzzTest (a rules directory with one fuzzed file) or
# TraceFuzzTest (the trace language through the engine); default: all three. The fuzzer runs at a
# low priority (nice 10) on one core, keeps its generated corpus in .cifuzz-corpus/ (reused by the
# next run) and goes on after a finding (up to KEEP_GOING distinct ones, default 20). Each
# finding is written as a crash-* file under src/test/resources/dev/lockscope/fuzz/<Target>Inputs/
# so that 'mvn verify' replays it from then on; fix it and keep the file. The last lines of each
# run (executions, time, findings) go to target/fuzz/<Target>.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:?usage: fuzz.sh DURATION [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(PipelineFuzzTest RulesFuzzTest TraceFuzzTest)
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mkdir -p target/fuzz
for target in "${targets[@]}"; do
  log=target/fuzz/$target.log
  echo "fuzzing $target for $duration (log: $log)"
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION=$duration JAZZER_KEEP_GOING=${KEEP_GOING:-20} \
    nice -n 10 mvn -B -o surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    >"$log" 2>&1 || true
  grep -E '^Done [0-9]+ runs|^#[0-9]+.*DONE|== Java Exception|^(INFO|WARN).*crash|Tests run:' "$log" | tail -8 || true
done
