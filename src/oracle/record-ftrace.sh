#!/usr/bin/env bash
# record-ftrace.sh — record real ftrace lock-event traces of the lockdep oracle scenarios.
#
# What it does
#   Builds the lockdep oracle kernel (Linux 6.12 from Debian's linux-source-6.12, tinyconfig plus
#   the oracle's kernel.config) with event tracing added (ftrace/ftrace.config), and with the
#   oracle's scenario file patched (ftrace/lockdep_scenarios-ftrace.patch) so that the
#   tracepoints lock:lock_acquire and lock:lock_release are enabled only while the selected
#   scenario runs. Each scenario then gets one boot under qemu (software emulation; -smp 2 as
#   in the oracle, though this kernel brings up one CPU). The scenario runs from a late
#   initcall, lockdep prints whatever it finds on the serial console, the ring buffer is
#   switched off, and the boot continues into a tiny busybox initramfs whose /init
#   (ftrace/init) copies /sys/kernel/tracing/trace verbatim to a second serial port, which
#   qemu writes to a file. So NAME.trace.txt (gzipped to NAME.trace.txt.gz at the end) is exactly the trace file a user
#   would read (header included), and NAME.console.log.gz is the whole serial console of the
#   same boot (with the lockdep report, if any).
#
# Usage
#   src/oracle/record-ftrace.sh [ORACLE_DIR [WORK_DIR [OUT_DIR]]] [-- SCENARIO...]
#     ORACLE_DIR  the lockdep oracle (needs src/lockdep_scenarios.c and src/kernel.config);
#                 default: ../shared/oracle relative to the repository root
#     WORK_DIR    where the kernel is unpacked and built (about 2 GB);
#                 default: ${XDG_CACHE_HOME:-~/.cache}/lockscope-ftrace-oracle
#     OUT_DIR     where NAME.trace.txt and NAME.console.log.gz go;
#                 default: src/test/resources/ftrace in the repository
#     SCENARIO    scenario names (see the table at the end of lockdep_scenarios.c);
#                 default: every scenario in the file
#   Environment: KERNEL_TARBALL (default /usr/src/linux-source-6.12.tar.xz), JOBS (default nproc),
#   TSC_KHZ (default: "cpu MHz" of /proc/cpuinfo, times 1000), NO_APT=1 to skip the package
#   installation step.
#
# Prerequisites
#   Debian 12 (bookworm), amd64, with apt access to the Debian archive. The script installs, if
#   missing: linux-source-6.12 qemu-system-x86 busybox-static build-essential flex bison
#   libelf-dev libssl-dev bc cpio (needs root for that; otherwise install them first and set NO_APT=1).
#   No KVM needed.
#
# Run time (2 cores)
#   Unpacking and building the kernel: about 5 minutes (once; later runs rebuild incrementally).
#   Each boot takes 5-10 seconds: boot, scenario, seeding the random generator (needed for
#   hashed %p output), copying the trace over the emulated serial port. All 38 scenarios:
#   about 5 minutes.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
oracle=$(cd "${args[0]:-$repo/../shared/oracle}" && pwd)
work=${args[1]:-${XDG_CACHE_HOME:-$HOME/.cache}/lockscope-ftrace-oracle}
out=${args[2]:-$repo/src/test/resources/ftrace}
tarball=${KERNEL_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
jobs=${JOBS:-$(nproc)}
frag=$here/ftrace

# ---- 1. packages ------------------------------------------------------------------------
pkgs=(linux-source-6.12 qemu-system-x86 busybox-static build-essential flex bison libelf-dev libssl-dev bc cpio)
if [ "${NO_APT:-0}" != 1 ]; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
for f in "$tarball" /bin/busybox "$oracle/src/lockdep_scenarios.c" "$oracle/src/kernel.config"; do
  [ -e "$f" ] || { echo "missing: $f" >&2; exit 1; }
done

# ---- 2. kernel source, scenario file and patch --------------------------------------------
mkdir -p "$work" "$out"
src=$work/$(basename "$tarball" .tar.xz)
[ -d "$src" ] || tar -xJf "$tarball" -C "$work"
# Patch a fresh copy of the oracle's file every time (the patch is not idempotent); only touch
# the tree when the result differs, so that make does not rebuild for nothing.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$oracle/src/lockdep_scenarios.c" "$tmp/lockdep_scenarios.c"
chmod u+w "$tmp/lockdep_scenarios.c"
patch -s "$tmp/lockdep_scenarios.c" "$frag/lockdep_scenarios-ftrace.patch"
cmp -s "$tmp/lockdep_scenarios.c" "$src/lib/lockdep_scenarios.c" ||
  cp "$tmp/lockdep_scenarios.c" "$src/lib/lockdep_scenarios.c"
grep -q lockdep_scenarios "$src/lib/Makefile" || echo 'obj-y += lockdep_scenarios.o' >>"$src/lib/Makefile"

# ---- 3. configuration: tinyconfig + oracle kernel.config + ftrace.config ---------------------
if [ ! -f "$src/.config" ]; then
  make -C "$src" -s tinyconfig
  "$src/scripts/kconfig/merge_config.sh" -m -O "$src" "$src/.config" \
    "$oracle/src/kernel.config" "$frag/ftrace.config" >/dev/null
  make -C "$src" -s olddefconfig
fi
# Every option asked for must have survived olddefconfig.
grep -hv '^#' "$oracle/src/kernel.config" "$frag/ftrace.config" | grep . | while read -r line; do
  key=${line%%=*}
  if [ "${line#*=}" = n ]; then
    grep -q "^# $key is not set" "$src/.config" || { echo "config lost: $line" >&2; exit 1; }
  else
    grep -qx "$line" "$src/.config" || { echo "config lost: $line" >&2; exit 1; }
  fi
done
for key in CONFIG_EVENT_TRACING CONFIG_TRACEPOINTS CONFIG_LOCKDEP; do
  grep -qx "$key=y" "$src/.config" || { echo "$key is not set" >&2; exit 1; }
done

# ---- 4. build ---------------------------------------------------------------------------
echo "building $src (this takes a while the first time)"
nice -n 19 make -C "$src" -s -j"$jobs" bzImage
img=$src/arch/x86/boot/bzImage

# ---- 5. initramfs: busybox-static + /init ------------------------------------------------
cc -O2 -o "$work/gen_init_cpio" "$src/usr/gen_init_cpio.c"
sed "s|@INIT@|$frag/init|" "$frag/initramfs.list" >"$work/initramfs.list"
"$work/gen_init_cpio" "$work/initramfs.list" | gzip -9n >"$work/initramfs.cpio.gz"

# ---- 6. one boot per scenario --------------------------------------------------------------
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] ||
  mapfile -t scenarios < <(sed -n 's/^\t{ "\([a-z_0-9]*\)", sc_.*/\1/p' "$oracle/src/lockdep_scenarios.c")
# Under TCG the guest TSC runs at the host's TSC rate; a wrong value only rescales timestamps.
tsc_khz=${TSC_KHZ:-$(awk -F: '/^cpu MHz/ { printf "%d", $2 * 1000; exit }' /proc/cpuinfo)}
status=0
for s in "${scenarios[@]}"; do
  start=$(date +%s)
  console=$work/$s.console.log
  raw=$work/$s.ttyS1
  rm -f "$console" "$raw"
  # ttyS0 (stdio) is the kernel console; ttyS1 (a file) receives nothing but the trace file.
  # ftrace=nop makes the kernel allocate the ring buffer at full size at boot (events enabled
  # from kernel code do not expand it). trace_clock=local pins the clock: otherwise, when the
  # emulated TSC is judged unstable, a late_initcall_sync switches the trace clock to "global"
  # after the scenario has run, and switching the clock empties the ring buffer.
  # tsc_early_khz skips the TSC calibration against the emulated PIT, which under software
  # emulation fails in about one boot out of four; the kernel then does not use the TSC at all,
  # sched_clock counts jiffies, and every event of the window gets one and the same timestamp.
  # (The clocksource watchdog may still declare the TSC unstable later in some boots; that
  # does not coarsen the trace timestamps.) panic=-1 and -no-reboot end qemu on a crash too.
  timeout 600 qemu-system-x86_64 -m 256 -smp 2 -nographic -no-reboot \
    -kernel "$img" -initrd "$work/initramfs.cpio.gz" \
    -append "console=ttyS0 lockdep_scenario=$s panic=-1 loglevel=7 ftrace=nop trace_clock=local tsc_early_khz=$tsc_khz" \
    -serial mon:stdio -serial "file:$raw" </dev/null >"$console" 2>&1 || true
  # The port is in raw mode, so there should be no CR; strip any anyway.
  tr -d '\r' <"$raw" >"$out/$s.trace.txt"
  gzip -9n <"$console" >"$out/$s.console.log.gz"
  header=$(tr -d '\r' <"$console" | grep -m1 -E 'WARNING: |\[ BUG: |BUG: ' || echo none)
  lines=$(grep -vc '^#' "$out/$s.trace.txt" || true)
  lds=$(grep -cE ': [0-9a-f]+ (try )?(read )?(lds_|&o->)' "$out/$s.trace.txt" || true)
  # An empty trace is legitimate for a scenario that takes no lock ("none"); a missing header
  # is not.
  ok=ok
  grep -q "TRACE-DUMP-DONE" "$console" || ok="NO-TRACE-DUMP"
  head -1 "$out/$s.trace.txt" | grep -q '^# tracer: ' || ok="NO-TRACE-HEADER"
  grep -q 'Unstable clock detected' "$console" && ok="CLOCK-SWITCHED"
  # Timestamps stuck at jiffies resolution (see tsc_early_khz above) make most lines repeat
  # the previous line's timestamp.
  same=$(awk '/^#/ { next } $4 == prev { n++ } { prev = $4 } END { print n + 0 }' "$out/$s.trace.txt")
  [ $(( same * 2 )) -le "$lines" ] || ok="$ok,COARSE-TIMESTAMPS"
  if [ "$ok" != ok ]; then status=1; fi
  echo "$s $(( $(date +%s) - start ))s events=$lines scenario-lock-events=$lds $ok | $header"
  gzip -9nf "$out/$s.trace.txt"
done
exit $status
