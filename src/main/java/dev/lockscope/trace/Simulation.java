package dev.lockscope.trace;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.engine.Lockdep;
import dev.lockscope.rules.EngineRules;
import java.io.BufferedReader;
import java.util.List;

/** Runs a trace (the trace language, or a recorded ftrace) through the engine, streaming. */
public final class Simulation {

  private Simulation() {}

  /** Reads {@code in} in the trace language and runs it. */
  public static SimulationResult ofTrace(String source, BufferedReader in, EngineRules rules, EngineConfig config) {
    TraceRunner runner = new TraceRunner(source, rules, config, v -> { });
    new TraceParser(source).parse(in, runner::run);
    return result(source, runner, List.of());
  }

  static SimulationResult result(String source, TraceRunner runner, List<String> limits) {
    Lockdep engine = runner.finish();
    return new SimulationResult(source, runner.violations(), engine.events(), engine.graph().classes().size(),
        engine.graph().view().edgeSet().size(), limits);
  }
}
