#!/usr/bin/env python3
"""Writes a large console log: kernel-like noise with lockdep reports spread through it.

    generate-console-log.py SIZE_MB OUT

Each report is one of four real reports of samples/ (circular dependency, inconsistent lock
state, irq inversion, recursive locking), with its lock class renamed to a unique name so that no
two are the same splat replayed (which lockscope reports once). Lines carry dmesg timestamps.
Prints the number of reports written; nothing is random but the seed, so a size gives one file.
"""
import os
import random
import sys

SAMPLES = {
    "circular-oracle-abba-mutex.log": "lds_mutex_a",
    "ils-oracle-softirq-on-at-bh-enable.log": "lds_lock_a",
    "irq-inversion-oracle-softirq.log": "lds_safe_lock",
    "recursive-oracle-rwsem-read-twice.log": "lds_rwsem_a",
}
NOISE = [
    "usb 1-1: new high-speed USB device number %d using xhci_hcd",
    "EXT4-fs (sda%d): mounted filesystem with ordered data mode. Opts: (null)",
    "audit: type=1400 audit(1690000000.%d:42): apparmor=\"STATUS\" operation=\"profile_load\"",
    "IPv6: ADDRCONF(NETDEV_CHANGE): eth%d: link becomes ready",
    "systemd[1]: Started Journal Service (%d).",
    "loop%d: detected capacity change from 0 to 8",
    "netdevsim netdevsim0 netdevsim1: set [1, 0] type 2 family 0 port %d - 0",
    "sd 0:0:0:0: [sda] Write cache: enabled, read cache: enabled, sector %d",
    "WARNING: CPU: 1 PID: %d at net/core/dev.c:1234 not_a_lockdep_warning+0x12/0x34",
    "INFO: task kworker/0:%d blocked for more than 143 seconds.",
]
NOISE_BETWEEN_REPORTS = 200 * 1024


def main():
    size = int(sys.argv[1]) << 20
    out_path = sys.argv[2]
    samples_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples")
    reports = []
    for name, lock in SAMPLES.items():
        with open(os.path.join(samples_dir, name), encoding="utf-8") as f:
            reports.append((f.read().splitlines(), lock))
    rng = random.Random(1)
    written = 0
    count = 0
    clock = 0.0
    with open(out_path, "w", encoding="utf-8", buffering=1 << 20) as out:
        while written < size:
            chunk = []
            noise = 0
            while noise < NOISE_BETWEEN_REPORTS:
                clock += 0.000137
                line = "[%12.6f] %s\n" % (clock, rng.choice(NOISE) % rng.randrange(100000))
                chunk.append(line)
                noise += len(line)
            lines, lock = reports[count % len(reports)]
            unique = "%s_%d" % (lock, count)
            for line in lines:
                clock += 0.000001
                chunk.append("[%12.6f] %s\n" % (clock, line.replace(lock, unique)))
            count += 1
            text = "".join(chunk)
            out.write(text)
            written += len(text)
    print(count)


if __name__ == "__main__":
    main()
