package dev.lockscope.graph;

import dev.lockscope.report.Backtrace;
import dev.lockscope.report.ChainEntry;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.UsageTrace;
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
import java.util.List;
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
    } else if (report instanceof CircularDependency circular) {
      addCircular(circular, graph, classes);
    } else if (report instanceof RecursiveLocking recursive) {
      addRecursive(recursive, graph, classes);
    } else if (report instanceof IrqInversion inversion) {
      addInversion(inversion, graph, classes);
    } else if (report instanceof IrqSafeUnsafeOrder order) {
      addOrder(order, graph, classes);
    }
    return new LockClassGraph(graph, classes);
  }

  /** The chain L0 -> L1 -> ... -> LK from the entries, and the new edge LK -> L0 from #0. */
  private static void addCircular(
      CircularDependency report,
      Graph<LockClassName, DependencyEdge> graph,
      Map<LockClassName, LockClassVertex> classes) {
    List<ChainEntry> chain = report.chain();
    chain.forEach(entry -> addClass(entry.lock(), graph, classes));
    for (int i = chain.size() - 1; i > 0; i--) {
      ChainEntry from = chain.get(i);
      ChainEntry to = chain.get(i - 1);
      addEdge(graph, from.lock().name(), to.lock().name(), Optional.of(to.trace()), to.lock().inputLine());
    }
    if (report.prev().isPresent() && report.next().isPresent() && !chain.isEmpty()) {
      ChainEntry closing = chain.get(chain.size() - 1);
      addClass(report.prev().get(), graph, classes);
      addClass(report.next().get(), graph, classes);
      addEdge(graph, report.prev().get().name(), report.next().get().name(),
          Optional.of(closing.trace()), closing.lock().inputLine());
    }
  }

  private static void addRecursive(
      RecursiveLocking report,
      Graph<LockClassName, DependencyEdge> graph,
      Map<LockClassName, LockClassVertex> classes) {
    report.prev().ifPresent(prev -> addClass(prev, graph, classes));
    report.next().ifPresent(next -> addClass(next, graph, classes));
    if (report.prev().isPresent() && report.next().isPresent()) {
      addEdge(graph, report.prev().get().name(), report.next().get().name(),
          report.backtrace().map(Backtrace::trace), report.next().get().inputLine());
    }
  }

  /**
   * The printed path, deepest block first: for the forward variant the 1st lock took the 2nd one
   * (edges point from the 1st lock towards the deepest block), for the backward variant the 2nd
   * lock was taken first (edges point from the deepest block towards the 1st lock).
   */
  private static void addInversion(
      IrqInversion report,
      Graph<LockClassName, DependencyEdge> graph,
      Map<LockClassName, LockClassVertex> classes) {
    report.changed().ifPresent(lock -> addClass(lock, graph, classes));
    report.other().ifPresent(lock -> addClass(lock, graph, classes));
    addPath(report.path(), !report.forward(), graph, classes);
  }

  private static void addOrder(
      IrqSafeUnsafeOrder report,
      Graph<LockClassName, DependencyEdge> graph,
      Map<LockClassName, LockClassVertex> classes) {
    report.safe().ifPresent(lock -> addClass(lock, graph, classes));
    report.unsafe().ifPresent(lock -> addClass(lock, graph, classes));
    report.prev().ifPresent(lock -> addClass(lock, graph, classes));
    report.next().ifPresent(lock -> addClass(lock, graph, classes));
    addPath(report.backwardPath(), true, graph, classes);
    addPath(report.forwardPath(), false, graph, classes);
    if (report.prev().isPresent() && report.next().isPresent()) {
      addEdge(graph, report.prev().get().name(), report.next().get().name(),
          report.backtrace().map(Backtrace::trace), report.next().get().inputLine());
    }
  }

  /**
   * Adds the edges of a printed path of class blocks. With {@code deepestFirst} the edges run in
   * printed order (deepest block acquired first); otherwise against it. Each edge's evidence is the
   * {@code ... acquired at:} trace of the block acquired second.
   */
  private static void addPath(
      List<ClassBlock> path,
      boolean deepestFirst,
      Graph<LockClassName, DependencyEdge> graph,
      Map<LockClassName, LockClassVertex> classes) {
    path.forEach(block -> addClass(block, graph, classes));
    for (int i = 0; i + 1 < path.size(); i++) {
      ClassBlock first = deepestFirst ? path.get(i) : path.get(i + 1);
      ClassBlock second = deepestFirst ? path.get(i + 1) : path.get(i);
      addEdge(graph, first.name(), second.name(), second.acquiredAt(), second.lock().inputLine());
    }
  }

  private static void addEdge(
      Graph<LockClassName, DependencyEdge> graph,
      LockClassName from,
      LockClassName to,
      Optional<StackTrace> trace,
      int line) {
    graph.addVertex(from);
    graph.addVertex(to);
    graph.addEdge(from, to, new DependencyEdge(from, to, trace, line));
  }

  private static void addClass(
      LockLine lock, Graph<LockClassName, DependencyEdge> graph, Map<LockClassName, LockClassVertex> classes) {
    graph.addVertex(lock.name());
    classes.putIfAbsent(lock.name(), new LockClassVertex(lock.name(), lock.usage(), usageStringBits(lock)));
  }

  /** A class block carries a trace for every usage bit: the strongest evidence there is. */
  private static void addClass(
      ClassBlock block, Graph<LockClassName, DependencyEdge> graph, Map<LockClassName, LockClassVertex> classes) {
    Map<UsageBit, UsageEvidence> bits = usageStringBits(block.lock());
    for (UsageTrace usage : block.usages()) {
      UsageBit.parse(usage.usage())
          .ifPresent(bit -> bits.put(bit, traceEvidence(bit, usage.usage() + " at", Optional.of(usage.trace()), usage.inputLine())));
    }
    graph.addVertex(block.name());
    classes.put(block.name(), new LockClassVertex(block.name(), block.lock().usage(), bits));
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
