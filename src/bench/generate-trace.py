#!/usr/bin/env python3
"""Writes a lockscope trace for the engine benchmark: many tasks running a repertoire of code paths.

A path is a sequence of lock classes taken in one global order (so the trace has no violation and
the engine validates all of it), with the irq discipline real code keeps: classes used in softirq
handlers are taken with spin_lock_bh in process context, the others with spin_lock, mutex_lock,
down_read or read_lock. Tasks pick paths at random; the number of distinct held-lock chains is
bounded by the repertoire, as in a running kernel, so lockdep's chain cache works as it does there.

usage: generate-trace.py EVENTS CLASSES PATHS SEED > trace
"""
import random
import sys

events, classes, paths, seed = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
out = sys.stdout
write = out.write

types = []
for i in range(classes):
    r = rng.random()
    types.append("spinlock_t" if r < 0.55 else "mutex" if r < 0.75 else "rw_semaphore" if r < 0.9 else "rwlock_t")
softirq_class = [t == "spinlock_t" and rng.random() < 0.1 for t in types]
for i, t in enumerate(types):
    write(f"lock l{i} {t}\n")

# A path: 1 to 4 classes in increasing order; sleeping locks only before spinning ones, and a
# class softirq handlers use only innermost (nothing is ever taken under it).
repertoire = []
while len(repertoire) < paths:
    depth = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
    chosen = sorted(rng.sample(range(classes), depth))
    irq_safe = [c for c in chosen if softirq_class[c]][:1]
    sleeping = [c for c in chosen if types[c] in ("mutex", "rw_semaphore")]
    spinning = [c for c in chosen if c not in sleeping and not softirq_class[c]]
    repertoire.append(sleeping + spinning + irq_safe)
irq_paths = [[c] for c in range(classes) if softirq_class[c]]

def take(c, in_softirq):
    t = types[c]
    if t == "spinlock_t":
        return ("spin_lock", "spin_unlock") if in_softirq or not softirq_class[c] else ("spin_lock_bh", "spin_unlock_bh")
    if t == "mutex":
        return ("mutex_lock", "mutex_unlock")
    if t == "rw_semaphore":
        return ("down_read", "up_read") if rng.random() < 0.7 else ("down_write", "up_write")
    return ("read_lock", "read_unlock")

tasks = [f"task{i}" for i in range(64)]
written = 0
while written < events:
    write(f"task {rng.choice(tasks)}\n")
    for _ in range(rng.randint(1, 20)):
        in_softirq = irq_paths and rng.random() < 0.05
        path = rng.choice(irq_paths) if in_softirq else rng.choice(repertoire)
        if in_softirq:
            write("softirq\n")
        calls = [take(c, in_softirq) for c in path]
        site = f"f{path[0] % 997}"
        for c, (lock, _) in zip(path, calls):
            write(f"{lock}(l{c}) @ {site}\n")
        for c, (_, unlock) in reversed(list(zip(path, calls))):
            write(f"{unlock}(l{c}) @ {site}\n")
        if in_softirq:
            write("end\n")
        written += 2 * len(path)
        if written >= events:
            break
