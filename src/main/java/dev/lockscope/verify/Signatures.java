package dev.lockscope.verify;

import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.UsageBit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable deduplication keys built from what the bug is, not where it was hit: the kind, the
 * canonical lock classes (without {@code #version} and old spinlock wrappers) and: for an
 * inconsistent lock state the two conflicting usages in a fixed order (which one lockdep saw first
 * does not change the bug); for a circular dependency the cycle's edges rotated to start at the
 * smallest class (the same cycle entered anywhere gives one key); for recursive locking the class;
 * for the irq reports the irq state with the safe and the unsafe class. The signature is the first 16 hex digits of
 * the SHA-256 of that key.
 */
public final class Signatures {

  private Signatures() {}

  /** The human-readable key the signature is a hash of. */
  public static String key(LockdepReport report) {
    String kind = report.extent().kind().id();
    return kind + "|" + bug(report).orElse(report.extent().header());
  }

  private static Optional<String> bug(LockdepReport report) {
    if (report instanceof InconsistentLockState ils && ils.lock().isPresent()) {
      String usages =
          Stream.of(ils.oldBit(), ils.newBit())
              .flatMap(Optional::stream)
              .sorted()
              .map(UsageBit::printedName)
              .collect(Collectors.joining("+"));
      return Optional.of(ils.lock().get().name().canonical() + "|" + usages);
    }
    if (report instanceof CircularDependency circular && !circular.chain().isEmpty()) {
      return Optional.of(cycle(CircularChecks.cycle(circular).stream().map(LockClassName::canonical).toList()));
    }
    if (report instanceof RecursiveLocking recursive && recursive.next().isPresent()) {
      return Optional.of(recursive.next().get().name().canonical());
    }
    if (report instanceof IrqSafeUnsafeOrder order) {
      return IrqRoles.of(order).map(Signatures::irq);
    }
    if (report instanceof IrqInversion inversion) {
      return IrqRoles.of(inversion).map(Signatures::irq);
    }
    return Optional.empty();
  }

  /** The cycle's edges, rotated to start at its smallest class, so any entry point gives one key. */
  private static String cycle(List<String> classes) {
    int start = classes.indexOf(classes.stream().min(String::compareTo).orElseThrow());
    List<String> rotated = new ArrayList<>(classes.subList(start, classes.size()));
    rotated.addAll(classes.subList(0, start));
    rotated.add(rotated.get(0));
    return String.join(" -> ", rotated);
  }

  /** The irq state and the safe and unsafe classes: the pair the chain connects. */
  private static String irq(IrqRoles roles) {
    return roles.irqClass().state().name() + "|" + roles.safe().name().canonical() + " ~> " + roles.unsafe().name().canonical();
  }

  /**
   * The key of a verified report: single-event kinds use what the rules derived (the limit a
   * wait-context bug broke, the function a non-static key was used in); other kinds their report.
   */
  public static String key(ReportEvidence evidence) {
    if (evidence instanceof FindingEvidence finding) {
      return String.join("|", FindingSignatures.parts(finding));
    }
    return key(evidence.report());
  }

  public static String signature(LockdepReport report) {
    return hash(key(report));
  }

  public static String signature(ReportEvidence evidence) {
    return hash(key(evidence));
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
