package dev.lockscope.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Writes random traces that are well formed (every release of a held lock, interrupts only where
 * they can arrive, handlers that release what they take) but otherwise free to break every
 * locking rule: any lock type in any context, any order, nesting annotations, trylocks, irq and
 * bottom-half changes with locks held, frees, exits, RCU accesses. For property tests.
 */
final class RandomTraces {

  private static final String[] TYPES = {"spinlock_t", "raw_spinlock_t", "rwlock_t", "mutex", "rw_semaphore", "lockdep_map"};

  private final Random random;
  private final StringBuilder out = new StringBuilder();
  private final List<String> names = new ArrayList<>();
  private final List<String> types = new ArrayList<>();

  /** What one task is doing: its held locks (with their release calls) and its open contexts. */
  private static final class TaskState {
    final Deque<String[]> held = new ArrayDeque<>();
    final Deque<String> contexts = new ArrayDeque<>();
    boolean irqsOff;
    int bh;
  }

  private RandomTraces(long seed) {
    this.random = new Random(seed);
  }

  static String generate(long seed) {
    return new RandomTraces(seed).trace();
  }

  private String trace() {
    if (random.nextInt(3) == 0) {
      out.append("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n");
    }
    int locks = 3 + random.nextInt(6);
    for (int i = 0; i < locks; i++) {
      String type = TYPES[random.nextInt(TYPES.length)];
      String name = "l" + i;
      names.add(name);
      types.add(type);
      boolean shared = i > 0 && random.nextInt(4) == 0 && types.get(i - 1).equals(type);
      out.append("lock ").append(name).append(' ').append(type)
          .append(shared ? " class c" + (i - 1) : " class c" + i).append('\n');
    }
    int tasks = 1 + random.nextInt(3);
    TaskState[] states = new TaskState[tasks];
    for (int t = 0; t < tasks; t++) {
      states[t] = new TaskState();
    }
    int steps = 20 + random.nextInt(60);
    int current = -1;
    for (int s = 0; s < steps; s++) {
      int next = random.nextInt(tasks);
      if (next != current && states[next].contexts.isEmpty() && (current < 0 || states[current].contexts.isEmpty())) {
        out.append("task t").append(next).append('\n');
        current = next;
      }
      step(states[current < 0 ? 0 : current], s);
    }
    if (current >= 0) {
      TaskState state = states[current];
      while (!state.contexts.isEmpty()) {
        endContext(state);
      }
    }
    return out.toString();
  }

  private void step(TaskState state, int site) {
    int choice = random.nextInt(20);
    if (choice < 8) {
      acquire(state, site);
    } else if (choice < 13) {
      release(state, site);
    } else if (choice < 15) {
      context(state);
    } else if (choice < 17) {
      irqOrBh(state, site);
    } else if (choice == 17) {
      rcu(state, site);
    } else if (choice == 18 && random.nextInt(4) == 0) {
      call("kfree(" + names.get(random.nextInt(names.size())) + ")", site);
    } else {
      call("might_sleep()", site);
    }
  }

  private void acquire(TaskState state, int site) {
    int index = random.nextInt(names.size());
    String name = names.get(index);
    boolean sleeps = types.get(index).equals("mutex") || types.get(index).equals("rw_semaphore");
    if (sleeps && !state.contexts.isEmpty()) {
      return;
    }
    String[] pair = switch (types.get(index)) {
      case "spinlock_t" -> pick(new String[][] {
          {"spin_lock", "spin_unlock"}, {"spin_lock_bh", "spin_unlock_bh"}, {"spin_lock_irq", "spin_unlock_irq"},
          {"spin_lock_irqsave", "spin_unlock_irqrestore"}, {"spin_trylock", "spin_unlock"}, {"spin_lock_nested", "spin_unlock"}});
      case "raw_spinlock_t" -> pick(new String[][] {
          {"raw_spin_lock", "raw_spin_unlock"}, {"raw_spin_lock_irqsave", "raw_spin_unlock_irqrestore"},
          {"raw_spin_lock_bh", "raw_spin_unlock_bh"}});
      case "rwlock_t" -> pick(new String[][] {
          {"read_lock", "read_unlock"}, {"write_lock", "write_unlock"}, {"read_lock_bh", "read_unlock_bh"},
          {"write_lock_irq", "write_unlock_irq"}, {"read_trylock", "read_unlock"}});
      case "mutex" -> pick(new String[][] {{"mutex_lock", "mutex_unlock"}, {"mutex_lock_nested", "mutex_unlock"},
          {"mutex_trylock", "mutex_unlock"}});
      case "rw_semaphore" -> pick(new String[][] {{"down_read", "up_read"}, {"down_write", "up_write"},
          {"down_read_trylock", "up_read"}});
      default -> pick(new String[][] {{"lock_map_acquire", "lock_map_release"}, {"lock_map_acquire_read", "lock_map_release"}});
    };
    boolean enablesOnRelease = pair[1].endsWith("_irq") || pair[1].endsWith("_bh");
    if (enablesOnRelease && (!state.contexts.isEmpty() || state.irqsOff)) {
      pair = new String[] {strip(pair[0]), strip(pair[1])};
    }
    String args = pair[0].endsWith("_nested") ? name + ", " + random.nextInt(3) : name;
    call(pair[0] + "(" + args + ")", site);
    state.held.push(new String[] {pair[1] + "(" + name + ")", Integer.toString(state.contexts.size())});
  }

  /** The variant of a call that leaves the irq and bottom-half state alone. */
  private static String strip(String call) {
    return call.endsWith("_irq") ? call.substring(0, call.length() - 4)
        : call.endsWith("_bh") ? call.substring(0, call.length() - 3) : call;
  }

  private void release(TaskState state, int site) {
    if (state.held.isEmpty()) {
      if (random.nextInt(8) == 0) {
        call("lock_release(" + names.get(random.nextInt(names.size())) + ")", site);
      }
      return;
    }
    String[] top = state.held.peek();
    if (Integer.parseInt(top[1]) != state.contexts.size()) {
      return;
    }
    state.held.pop();
    call(top[0], site);
  }

  private void context(TaskState state) {
    boolean inHardirq = state.contexts.contains("hardirq") || state.contexts.contains("hardirq nothread");
    if (!state.contexts.isEmpty() && random.nextBoolean()) {
      endContext(state);
      return;
    }
    boolean irqsOff = state.irqsOff || state.held.stream().anyMatch(h -> h[0].contains("_irq(") || h[0].contains("_irqrestore("));
    boolean bhOff = state.bh > 0 || state.held.stream().anyMatch(h -> h[0].contains("_bh("));
    if (irqsOff || inHardirq || state.contexts.contains("nmi")) {
      return;
    }
    String kind = !bhOff && !state.contexts.contains("softirq") && random.nextBoolean() ? "softirq"
        : random.nextBoolean() ? "hardirq" : "hardirq nothread";
    out.append(kind).append('\n');
    state.contexts.push(kind);
  }

  private void endContext(TaskState state) {
    int depth = state.contexts.size();
    while (!state.held.isEmpty() && Integer.parseInt(state.held.peek()[1]) == depth) {
      call(state.held.pop()[0], 0);
    }
    out.append("end\n");
    state.contexts.pop();
  }

  private void irqOrBh(TaskState state, int site) {
    if (!state.contexts.isEmpty() || state.held.stream().anyMatch(h -> h[0].contains("_irq(") || h[0].contains("_irqrestore("))) {
      return;
    }
    if (state.irqsOff) {
      call("local_irq_enable()", site);
      state.irqsOff = false;
    } else if (state.bh > 0) {
      call("local_bh_enable()", site);
      state.bh--;
    } else if (random.nextBoolean()) {
      call("local_irq_disable()", site);
      state.irqsOff = true;
    } else {
      call("local_bh_disable()", site);
      state.bh++;
    }
  }

  private void rcu(TaskState state, int site) {
    if (random.nextBoolean()) {
      call("rcu_read_lock()", site);
      state.held.push(new String[] {"rcu_read_unlock()", Integer.toString(state.contexts.size())});
    } else {
      call("rcu_dereference(p) @ f" + site + " net/x.c:" + (site + 1), -1);
    }
  }

  private String[] pick(String[][] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private void call(String text, int site) {
    out.append(text);
    if (site >= 0 && !text.contains("@")) {
      out.append(" @ f").append(site % 7);
    }
    out.append('\n');
  }
}
