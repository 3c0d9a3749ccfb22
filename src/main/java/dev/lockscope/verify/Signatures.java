package dev.lockscope.verify;

import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.UsageBit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable deduplication keys built from what the bug is, not where it was hit: the kind, the
 * canonical lock classes (without {@code #version} and old spinlock wrappers) and, for an
 * inconsistent lock state, the irq state and the two conflicting usages in a fixed order (which
 * of them lockdep saw first does not change the bug). The signature is the first 16 hex digits of
 * the SHA-256 of that key.
 */
public final class Signatures {

  private Signatures() {}

  /** The human-readable key the signature is a hash of. */
  public static String key(LockdepReport report) {
    String kind = report.extent().kind().id();
    if (report instanceof InconsistentLockState ils && ils.lock().isPresent()) {
      String usages =
          Stream.of(ils.oldBit(), ils.newBit())
              .flatMap(java.util.Optional::stream)
              .sorted()
              .map(UsageBit::printedName)
              .collect(Collectors.joining("+"));
      return kind + "|" + ils.lock().get().name().canonical() + "|" + usages;
    }
    return kind + "|" + report.extent().header();
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
