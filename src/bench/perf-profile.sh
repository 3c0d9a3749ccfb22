#!/usr/bin/env bash
# Profiles `lockscope batch --format jsonl` with Linux perf and prints the top lockscope methods.
#
#   bash src/bench/perf-profile.sh CORPUS [TOP]
#
# One worker thread, frame pointers kept and the JIT's symbols written at exit
# (-XX:+DumpPerfMapAtExit), so that perf sees every sample: JFR's sampler (src/bench/JfrTop.java)
# only samples threads running Java code, and missed most of the time when it went into native
# code (reflection) or the VM. Prints the shares of the samples spent in each library (the JIT's
# code, libjvm, the kernel) and the TOP (default 30) lockscope methods by the share of samples
# under them (inclusive). Needs perf (Debian: linux-perf) and a built target/lockscope.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$1
top=${2:-30}
data=${PERF_DATA:-/tmp/lockscope-perf.data}
[ -x target/lockscope ] || mvn -B -q package -DskipTests
LOCKSCOPE_JAVA_OPTS="-XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit" \
  perf record -F 499 -g -o "$data" -- target/lockscope batch -q --format jsonl --threads 1 "$corpus" > /dev/null 2> "$data.err" || true
echo "samples by library:"
perf report -i "$data" --no-children --sort dso -g none --stdio 2> /dev/null | grep -v '^#' | grep -v '^$' | head -4
echo "lockscope methods, share of the samples under them:"
perf report -i "$data" --children --sort sym -g none --stdio 2> /dev/null | grep -v '^#' | grep 'dev\.lockscope' \
  | grep -v 'Lambda\$' | sed -E 's/^ *([0-9.]+%) +[0-9.]+% +\[\.\] [^ ]+ (dev\.lockscope\.[^(]+).*/  \1  \2/' | head -"$top"
