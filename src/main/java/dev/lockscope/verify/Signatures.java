package dev.lockscope.verify;

import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockClassName;
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

  /** An inconsistent lock state: the class and its two conflicting usages in a fixed order. */
  static Optional<String> usagePair(InconsistentLockState ils) {
    return ils.lock().map(lock -> lock.name().canonical() + "|" + Stream.of(ils.oldBit(), ils.newBit())
        .flatMap(Optional::stream)
        .sorted()
        .map(UsageBit::printedName)
        .collect(Collectors.joining("+")));
  }

  /** A circular dependency: its cycle. */
  static Optional<String> cycle(CircularDependency circular) {
    return circular.chain().isEmpty() ? Optional.empty()
        : Optional.of(cycle(CircularChecks.cycle(circular).stream().map(LockClassName::canonical).toList()));
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
  static String irq(IrqRoles roles) {
    return roles.irqClass().state().name() + "|" + roles.safe().name().canonical() + " ~> " + roles.unsafe().name().canonical();
  }

  /**
   * The key of a verified report, from its kind's descriptor: single-event kinds use what the rules
   * derived (the limit a wait-context bug broke, the function a non-static key was used in); other
   * kinds what their report says.
   */
  public static String key(ReportEvidence evidence) {
    return KindRegistry.of(evidence.report().extent().kind()).key(evidence);
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
