package dev.lockscope.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the lockdep engine and the trace language know as data: lock types, the calls of the trace
 * language, lockdep's built-in maps and the frames of simulated stack traces. Loaded from
 * {@code rules/} as part of the {@link RuleSet}; the references between the tables are checked at
 * load, so a trace never meets a call whose lock type is unknown.
 */
public final class EngineRules {

  private final Map<String, LockTypeRule> lockTypes = new java.util.LinkedHashMap<>();
  private final Map<String, TraceCall> calls = new HashMap<>();
  private final Map<String, BuiltinLock> builtins = new HashMap<>();
  private final Map<String, SimulatedFrames> frames = new HashMap<>();
  private final List<WaitType> waitTypes;
  private final List<SleepCheck> sleepChecks;
  private final Origins origins;

  EngineRules(
      List<LockTypeRule> lockTypes,
      List<TraceCall> calls,
      List<BuiltinLock> builtins,
      List<SimulatedFrames> frames,
      List<SleepCheck> sleepChecks,
      List<WaitType> waitTypes,
      Origins origins) {
    this.waitTypes = List.copyOf(waitTypes);
    this.sleepChecks = List.copyOf(sleepChecks);
    this.origins = origins;
    lockTypes.forEach(t -> putOnce(this.lockTypes, t.name(), t, "lock type"));
    builtins.forEach(b -> putOnce(this.builtins, b.name(), b, "built-in lock"));
    frames.forEach(f -> putOnce(this.frames, f.context(), f, "context"));
    calls.forEach(c -> putOnce(this.calls, c.call(), c, "call"));
    lockTypes.forEach(this::checkWaitTypes);
    builtins.forEach(b -> requireLockType(b.type(), b, "built-in lock " + b.name()));
    calls.forEach(this::checkCall);
    sleepChecks.forEach(c -> {
      if (!this.builtins.containsKey(c.reader())) {
        throw new RulesException(origins.of(c) + ": sleep check names unknown built-in lock '" + c.reader() + "'");
      }
    });
  }

  /** The RCU readers a call that may sleep must not be inside, in the order lockdep checks them. */
  public List<SleepCheck> sleepChecks() {
    return sleepChecks;
  }

  private <T> void putOnce(Map<String, T> map, String key, T value, String what) {
    if (map.putIfAbsent(key, value) != null) {
      throw new RulesException(origins.of(value) + ": " + what + " '" + key + "' is defined twice");
    }
  }

  private void checkWaitTypes(LockTypeRule type) {
    for (String name : type.outer().map(outer -> List.of(type.inner(), outer)).orElse(List.of(type.inner()))) {
      if (waitTypes.stream().noneMatch(w -> w.name().equals(name))) {
        throw new RulesException(origins.of(type) + ": lock type " + type.name() + " names unknown wait type '" + name + "'");
      }
    }
  }

  private void requireLockType(String name, Object row, String user) {
    if (!lockTypes.containsKey(name)) {
      throw new RulesException(origins.of(row) + ": " + user + " names unknown lock type '" + name + "'");
    }
  }

  private void checkCall(TraceCall call) {
    if (call.op() == TraceCall.Op.RCU_CHECK || call.types().equals(List.of("-")) || call.types().equals(List.of("*"))) {
      return;
    }
    if (call.builtinMap().isPresent()) {
      if (!builtins.containsKey(call.builtinMap().get())) {
        throw new RulesException(origins.of(call) + ": call " + call.call() + " names unknown built-in lock '" + call.builtinMap().get() + "'");
      }
      return;
    }
    call.types().forEach(t -> requireLockType(t, call, "call " + call.call()));
  }

  /** Every lock type, in the order of {@code lock-types.tsv}. */
  public List<LockTypeRule> lockTypes() {
    return List.copyOf(lockTypes.values());
  }

  public Optional<LockTypeRule> lockType(String name) {
    return Optional.ofNullable(lockTypes.get(name));
  }

  public Optional<TraceCall> call(String name) {
    return Optional.ofNullable(calls.get(name));
  }

  public Optional<BuiltinLock> builtin(String name) {
    return Optional.ofNullable(builtins.get(name));
  }

  public List<BuiltinLock> builtins() {
    return List.copyOf(builtins.values());
  }

  /** The simulated frames of a context, empty when the rules give none. */
  public List<String> frames(String context) {
    SimulatedFrames row = frames.get(context);
    return row == null ? List.of() : row.frames();
  }

  /** The wait type of this name, which must exist in {@code wait-types.tsv}. */
  public WaitType waitType(String name) {
    return waitTypes.stream()
        .filter(w -> w.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new RulesException("rules: unknown wait type '" + name + "'"));
  }

  /** Every call of the trace language. */
  public java.util.Set<String> callNames() {
    return java.util.Collections.unmodifiableSet(calls.keySet());
  }
}
