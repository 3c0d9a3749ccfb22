package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every printed fact of every CONFIRMED report of the five dependency kinds in samples/ and the
 * shared corpus changed, one at a time ({@link FactMutations}): each change that the text can
 * reveal must make the report CONTRADICTED, by a failing check. The catch rate per kind is written
 * to {@code target/mutation-rates.txt} and must be at least 99%; the changes that cannot be told
 * from the text are counted by reason.
 */
class FactMutationTest {

  private static final List<String> KINDS = List.of(
      "inconsistent-lock-state", "circular-dependency", "irq-safe-unsafe-order", "irq-inversion", "recursive-locking");

  /** Per kind: mutations, caught, undetectable by reason, and the first misses. */
  private static final class Tally {
    int detectable;
    int caught;
    final Map<String, Integer> undetectable = new TreeMap<>();
    final List<String> missed = new ArrayList<>();
  }

  @Test
  void everyDetectableChangeIsContradicted() throws IOException {
    Map<String, Tally> tallies = new TreeMap<>();
    for (Path file : subjects()) {
      String text = SharedFiles.read(file).replace("\r", "");
      if (file.toString().endsWith(".txt")) {
        text = SharedFiles.corpus(file).body();
      }
      List<String> inputLines = Arrays.asList(text.split("\n", -1));
      for (Verification original : Verifications.of(text)) {
        if (!KINDS.contains(original.kind()) || original.verdict() != Verdict.CONFIRMED) {
          continue;
        }
        var extent = original.evidence().report().extent();
        List<String> lines = inputLines.subList(extent.firstLine() - 1, extent.lastLine());
        if (Verifications.of(String.join("\n", lines)).stream().noneMatch(v -> v.verdict() == Verdict.CONFIRMED)) {
          continue;
        }
        Tally tally = tallies.computeIfAbsent(original.kind(), k -> new Tally());
        for (FactMutations.Mutation mutation : FactMutations.of(original.kind(), lines, claims(original, extent.firstLine()))) {
          if (mutation.undetectable().isPresent()) {
            tally.undetectable.merge(mutation.undetectable().get().name(), 1, Integer::sum);
            continue;
          }
          tally.detectable++;
          List<Verification> found = Verifications.of(mutation.text());
          boolean caught = found.stream().anyMatch(v -> v.verdict() == Verdict.CONTRADICTED
              && v.checks().stream().anyMatch(c -> c.status() == Status.FAIL));
          if (caught) {
            tally.caught++;
          } else if (tally.missed.size() < 400) {
            tally.missed.add(file.getFileName() + " " + mutation.family() + " " + mutation.where() + " => "
                + found.stream().map(v -> v.verdict().toString()).toList());
          }
        }
      }
    }
    StringBuilder report = new StringBuilder();
    tallies.forEach((kind, t) -> report.append("%-24s %5d of %5d detectable changes contradicted (%.1f%%); undetectable: %s%n"
        .formatted(kind, t.caught, t.detectable, 100.0 * t.caught / Math.max(1, t.detectable), t.undetectable)));
    tallies.forEach((kind, t) -> t.missed.forEach(m -> report.append(kind).append(" MISSED ").append(m).append('\n')));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/mutation-rates.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report.substring(0, Math.min(report.length(), 4000)));
    tallies.forEach((kind, t) -> assertTrue(t.caught >= 0.99 * t.detectable,
        kind + ": " + t.caught + " of " + t.detectable + " (see target/mutation-rates.txt)"));
  }

  /** The usage bits a report's finding is about, as positions in its lines. */
  private static FactMutations.Claims claims(Verification verification, int firstLine) {
    Map<String, Boolean> positions = new HashMap<>();
    Set<Integer> tupleFields = new HashSet<>();
    Optional<String> conflicting = Optional.empty();
    LockdepReport report = verification.evidence().report();
    if (report instanceof InconsistentLockState inconsistent && inconsistent.newBit().isPresent()) {
      tupleFields.addAll(tupleFields(inconsistent.newBit().get()));
    }
    if (report instanceof IrqSafeUnsafeOrder) {
      tupleFields.addAll(List.of(1, 3));
    }
    if (report instanceof InconsistentLockState inconsistent && inconsistent.lock().isPresent()) {
      LockLine lock = inconsistent.lock().get();
      conflicting = Optional.of(lock.name().toString());
      for (Optional<UsageBit> bit : List.of(inconsistent.oldBit(), inconsistent.newBit())) {
        bit.ifPresent(b -> claim(positions, lock, b, true, firstLine));
      }
    }
    Optional<IrqRoles> roles = report instanceof IrqSafeUnsafeOrder order ? IrqRoles.of(order)
        : report instanceof IrqInversion inversion ? IrqRoles.of(inversion) : Optional.empty();
    roles.ifPresent(r -> {
      claim(positions, r.safe(), r.safeBit(), true, firstLine);
      if (r.safeBit().read()) {
        claim(positions, r.safe(), r.safeBit().writeVariant(), false, firstLine);
      }
      claim(positions, r.unsafe(), r.unsafeBit(), true, firstLine);
    });
    boolean legacy = PrintedLocks.of(report).lines().stream()
        .anyMatch(l -> l.usage().map(u -> u.encoding() == UsageEncoding.LEGACY).orElse(false));
    return new FactMutations.Claims(positions, conflicting, legacy, tupleFields);
  }

  /**
   * The context-tuple fields that lockdep's rule for setting {@code bit} depends on: an IN bit
   * needs that irq's context flag. An ON bit needs none: it is set either by taking the lock with
   * the irq enabled or by enabling the irq with the lock held, when the tuple still says disabled.
   */
  private static Set<Integer> tupleFields(UsageBit bit) {
    if (bit.state().isEmpty() || bit.state().get() == IrqState.RECLAIM_FS || !bit.usedIn()) {
      return Set.of();
    }
    return Set.of(bit.state().get() == IrqState.HARDIRQ ? 1 : 3);
  }

  private static void claim(Map<String, Boolean> positions, LockLine lock, UsageBit bit, boolean set, int firstLine) {
    lock.usage().filter(u -> u.covers(bit)).ifPresent(u -> positions.put(
        FactMutations.Claims.position(lock.inputLine() - firstLine, u.position(bit), bit.usedIn()), set));
  }

  private static List<Path> subjects() {
    List<Path> files = new ArrayList<>(SharedFiles.corpusFiles());
    try (Stream<Path> samples = Files.list(SharedFiles.samples())) {
      samples.filter(p -> p.toString().endsWith(".log")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
