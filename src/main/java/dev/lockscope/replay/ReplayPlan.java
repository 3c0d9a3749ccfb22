package dev.lockscope.replay;

import dev.lockscope.engine.Interrupt;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.trace.Statement;
import dev.lockscope.trace.TraceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The smallest trace a report's evidence proves, and the violation the report claims it leads to:
 * the lock instances, the scenes in the order they are replayed (each in a task of its own, the
 * report's own event last), and the key of the expected violation. Renders itself as trace
 * statements, so that the engine runs it as it runs any trace and a user can read it.
 *
 * @param rawLockNesting whether the report's wait types use {@code CONFIG_PROVE_RAW_LOCK_NESTING}'s numbering
 */
public record ReplayPlan(List<Lock> locks, List<Scene> scenes, ViolationKey expected, boolean rawLockNesting) {

  /** A lock instance of the replay: its id, trace type and class (with the subclass in the name left out). */
  public record Lock(String id, String type, String className, boolean checked) {}

  public ReplayPlan {
    locks = List.copyOf(locks);
    scenes = List.copyOf(scenes);
  }

  /** The plan with other scenes (a what-if change). */
  public ReplayPlan withScenes(List<Scene> changed) {
    return new ReplayPlan(locks, changed, expected, rawLockNesting);
  }

  /** The plan with one more lock (a class split by a what-if). */
  public ReplayPlan withLock(Lock lock) {
    List<Lock> more = new ArrayList<>(locks);
    more.add(lock);
    return new ReplayPlan(more, scenes, expected, rawLockNesting);
  }

  /** The trace: declarations, then each scene in its own task. */
  public List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    if (rawLockNesting) {
      out.add(new Statement.ConfigOption(0, "CONFIG_PROVE_RAW_LOCK_NESTING", true));
    }
    for (Lock lock : locks) {
      out.add(new Statement.LockDeclaration(0, lock.id(), lock.type(), Optional.of(lock.className())));
    }
    for (int i = 0; i < scenes.size(); i++) {
      new SceneWriter(out, i).write(scenes.get(i));
    }
    return out;
  }

  /** The trace as text, with a comment naming what each scene replays. */
  public String text() {
    StringBuilder text = new StringBuilder();
    if (rawLockNesting) {
      text.append("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n");
    }
    for (Lock lock : locks) {
      text.append("lock ").append(lock.id()).append(' ').append(lock.type()).append(" class ").append(lock.className()).append('\n');
    }
    for (int i = 0; i < scenes.size(); i++) {
      List<Statement> scene = new ArrayList<>();
      new SceneWriter(scene, i).write(scenes.get(i));
      text.append("# ").append(scenes.get(i).purpose()).append('\n');
      scene.forEach(s -> text.append(TraceText.of(s)).append('\n'));
    }
    return text.toString();
  }

  private boolean checked(String lock) {
    return locks.stream().filter(l -> l.id().equals(lock)).findFirst().map(Lock::checked).orElse(true);
  }

  /** Writes one scene: task, interrupts, held locks, the step, then everything undone in reverse. */
  private final class SceneWriter {

    private final List<Statement> out;
    private final int index;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Deque<Boolean> pendingBhEnables = new ArrayDeque<>();
    private int flags;
    private boolean inHardirq;

    SceneWriter(List<Statement> out, int index) {
      this.out = out;
      this.index = index;
    }

    void write(Scene scene) {
      out.add(new Statement.TaskSwitch(0, "replay" + index, OptionalInt.of(1000 + index)));
      for (Interrupt interrupt : scene.context()) {
        out.add(new Statement.InterruptBegin(0, interrupt));
        inHardirq |= interrupt != Interrupt.SOFTIRQ;
      }
      scene.held().forEach(this::take);
      boolean exited = step(scene.step());
      if (!exited) {
        while (!undo.isEmpty()) {
          undo.pop().run();
        }
      }
      for (int i = 0; i < scene.context().size() && !exited; i++) {
        out.add(new Statement.InterruptEnd(0));
      }
    }

    private boolean step(Step step) {
      if (step instanceof Step.Take take) {
        take(take.acquisition());
      } else if (step instanceof Step.Enable enable) {
        enable(enable);
      } else if (step instanceof Step.ReleaseUnheld release) {
        out.add(call("lock_release", Optional.of(release.site()), release.lock()));
      } else if (step instanceof Step.Free free) {
        out.add(call("kfree", Optional.of(free.site()), free.lock()));
      } else if (step instanceof Step.Exit exit) {
        out.add(call("do_exit", Optional.of(exit.site())));
        return true;
      } else if (step instanceof Step.ReturnToUser) {
        out.add(call("return_to_user", Optional.empty()));
      }
      return false;
    }

    private void enable(Step.Enable enable) {
      if (enable.bottomHalves()) {
        out.add(call("local_bh_enable", Optional.of(enable.site())));
        if (!pendingBhEnables.isEmpty()) {
          pendingBhEnables.pop();
          pendingBhEnables.push(false);
        }
      } else {
        out.add(call("local_irq_enable", Optional.of(enable.site())));
      }
    }

    private void take(Acquisition a) {
      IrqHold hold = inHardirq && a.hold() == IrqHold.BH_OFF ? IrqHold.NONE : a.hold();
      if (hold == IrqHold.IRQS_OFF) {
        String name = "f" + flags++;
        out.add(call("local_irq_save", Optional.empty(), name));
        undo.push(() -> out.add(call("local_irq_restore", Optional.empty(), name)));
      } else if (hold == IrqHold.BH_OFF) {
        out.add(call("local_bh_disable", Optional.empty()));
        pendingBhEnables.push(true);
        undo.push(() -> {
          if (pendingBhEnables.pop()) {
            out.add(call("local_bh_enable", Optional.empty()));
          }
        });
      }
      out.add(call("lock_acquire", a.site(), a.lock(), Integer.toString(a.subclass()), a.trylock() ? "1" : "0",
          Integer.toString(a.read()), checked(a.lock()) && a.validated() ? "1" : "0"));
      undo.push(() -> out.add(call("lock_release", Optional.empty(), a.lock())));
    }

    private Statement call(String name, Optional<Acquisition.Site> site, String... args) {
      return new Statement.Call(0, name, List.of(args),
          site.map(s -> new Statement.CallSite(s.function(), s.location())));
    }
  }
}
