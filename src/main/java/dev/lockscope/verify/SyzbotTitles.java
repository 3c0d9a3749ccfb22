package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The title syzbot gives a report (spec section 14): for an inconsistent lock state, the function
 * of the first {@code at:} site after {@code takes:} that is a real (not inlined) function.
 */
public final class SyzbotTitles {

  private SyzbotTitles() {}

  public static String title(LockdepReport report) {
    if (report instanceof InconsistentLockState ils) {
      return firstSiteFunction(ils)
          .map(f -> "inconsistent lock state in " + f)
          .orElse("WARNING: inconsistent lock state");
    }
    return report.extent().header();
  }

  private static Optional<String> firstSiteFunction(InconsistentLockState ils) {
    Stream<LockLine> locks =
        Stream.concat(
            ils.lock().stream(),
            ils.heldLocks().stream().flatMap(h -> h.locks().stream()).map(h -> h.lock()));
    return locks
        .flatMap(lock -> lock.sites().stream())
        .filter(site -> site.offset().isPresent())
        .map(Frame::baseFunction)
        .findFirst();
  }
}
