package dev.lockscope.trace;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.engine.Lockdep;
import dev.lockscope.rules.EngineRules;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a trace (the trace language, or a recorded ftrace) through the engine, streaming. */
public final class Simulation {

  private static final int SNIFF_BYTES = 64 * 1024;

  /** What a simulation input is written in. */
  public enum InputKind {
    /** Decide from the first lines: an ftrace recording, else the trace language. */
    AUTO,
    TRACE,
    FTRACE;

    /** As users write it on the command line and picocli lists it: lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private Simulation() {}

  /** Runs {@code in} as {@code kind}, deciding from its first lines when {@code kind} is AUTO. */
  public static SimulationResult of(String source, InputStream input, InputKind kind, EngineRules rules, EngineConfig config)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(input, SNIFF_BYTES);
    InputKind actual = kind == InputKind.AUTO ? sniff(in) : kind;
    return actual == InputKind.FTRACE ? ofFtrace(source, in, rules, config) : ofTrace(source, in, rules, config);
  }

  private static InputKind sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES / 2);
    in.reset();
    return FtraceReader.looksLikeFtrace(new String(head, StandardCharsets.UTF_8)) ? InputKind.FTRACE : InputKind.TRACE;
  }

  /** Reads {@code in} in the trace language and runs it. */
  public static SimulationResult ofTrace(String source, InputStream in, EngineRules rules, EngineConfig config) {
    TraceRunner runner = new TraceRunner(source, rules, config, v -> { });
    new TraceParser(source).parse(in, runner::run);
    return result(source, runner, false, List.of());
  }

  /** Reads {@code in} as an ftrace recording of lock events and runs it. */
  public static SimulationResult ofFtrace(String source, InputStream in, EngineRules rules, EngineConfig config) {
    TraceRunner runner = new TraceRunner(source, rules, config, v -> { });
    FtraceReader reader = new FtraceReader(source, rules);
    reader.read(in, runner::run);
    if (reader.events() == 0) {
      throw new TraceException(source + ": no lock:lock_acquire or lock:lock_release event (enable them with"
          + " 'echo 1 > /sys/kernel/tracing/events/lock/enable' on a kernel with CONFIG_LOCKDEP)");
    }
    return result(source, runner, true, reader.limits());
  }

  static SimulationResult result(String source, TraceRunner runner, boolean recording, List<String> limits) {
    Lockdep engine = runner.finish(recording);
    return new SimulationResult(source, runner.violations(), engine.events(), engine.graph().classes().size(),
        engine.graph().view().edgeSet().size(), limits);
  }
}
