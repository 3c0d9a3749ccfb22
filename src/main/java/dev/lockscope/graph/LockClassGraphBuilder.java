package dev.lockscope.graph;

import dev.lockscope.report.Backtrace;
import dev.lockscope.report.BitValue;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.StackTrace;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageString;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;

/** Builds the lock-class graph of one parsed report. */
public final class LockClassGraphBuilder {

  private LockClassGraphBuilder() {}

  public static LockClassGraph build(LockdepReport report) {
    Graph<LockClassName, DependencyEdge> graph = LockClassGraph.emptyGraph();
    Map<LockClassName, LockClassVertex> classes = new LinkedHashMap<>();
    if (report instanceof InconsistentLockState ils) {
      ils.lock().ifPresent(lock -> addInconsistent(ils, lock, graph, classes));
    }
    return new LockClassGraph(graph, classes);
  }

  private static void addInconsistent(
      InconsistentLockState ils,
      LockLine lock,
      Graph<LockClassName, DependencyEdge> graph,
      Map<LockClassName, LockClassVertex> classes) {
    Map<UsageBit, UsageEvidence> bits = usageStringBits(lock);
    ils.oldBit()
        .ifPresent(bit -> bits.put(bit, traceEvidence(bit, "{" + bit.printedName() + "} state was registered at", ils.oldTrace(), ils.usageLine())));
    Optional<StackTrace> backtrace = ils.backtrace().map(Backtrace::trace);
    int backtraceLine = ils.backtrace().map(Backtrace::inputLine).orElse(ils.usageLine());
    ils.newBit().ifPresent(bit -> bits.put(bit, traceEvidence(bit, "stack backtrace", backtrace, backtraceLine)));
    graph.addVertex(lock.name());
    classes.put(lock.name(), new LockClassVertex(lock.name(), lock.usage(), bits));
  }

  private static Map<UsageBit, UsageEvidence> usageStringBits(LockLine lock) {
    Map<UsageBit, UsageEvidence> bits = new EnumMap<>(UsageBit.class);
    if (lock.usage().isEmpty()) {
      return bits;
    }
    UsageString usage = lock.usage().get();
    for (UsageBit bit : UsageBit.values()) {
      if (usage.covers(bit)) {
        bits.put(
            bit,
            new UsageEvidence(
                bit,
                usage.value(bit),
                "usage string {" + usage.raw() + "}",
                Optional.empty(),
                lock.inputLine()));
      }
    }
    return bits;
  }

  private static UsageEvidence traceEvidence(
      UsageBit bit, String source, Optional<StackTrace> trace, int line) {
    return new UsageEvidence(bit, BitValue.SET, source, trace, line);
  }
}
