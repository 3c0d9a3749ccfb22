package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;
import java.util.function.Function;

/**
 * The site lockdep recorded for the operation ({@code at: <sym>} of the lock being taken, the
 * {@code [<addr>] <sym>} of a release) is a frame of the dump of that same operation. Heuristic:
 * the recorded caller can be inlined away in the dump.
 */
final class SiteInBacktraceCheck<R> implements FindingCheck<R> {

  private final Function<R, Optional<Frame>> site;

  SiteInBacktraceCheck(Function<R, Optional<Frame>> site) {
    this.site = site;
  }

  @Override
  public String id() {
    return "site-in-backtrace";
  }

  @Override
  public CheckResult check(R report, FindingEvidence evidence) {
    Optional<Frame> recorded = site.apply(report);
    Optional<TraceAnalysis> dump = evidence.backtrace();
    if (recorded.isEmpty() || dump.isEmpty()) {
      return CheckResult.unknown(id(), "the recorded site is in the dump", "no site or no dump");
    }
    String name = recorded.get().baseFunction();
    String claim = "at: " + recorded.get().function() + recorded.get().offset().map(o -> "+" + o).orElse("");
    Optional<Frame> frame =
        dump.get().trace().reliableFrames().stream().filter(f -> f.baseFunction().equals(name)).findFirst();
    if (frame.isPresent()) {
      return CheckResult.of(id(), true, claim, "the dump shows " + name, frame.get().inputLine());
    }
    if (!dump.get().complete()) {
      return CheckResult.unknown(id(), claim, "the dump is cut");
    }
    return new CheckResult(id(), Status.WARN, claim, "no frame of " + name + " in the dump", recorded.get().inputLine());
  }
}
