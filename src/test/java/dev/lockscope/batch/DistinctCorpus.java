package dev.lockscope.batch;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.StreamingLocator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The benchmark's corpora, made from the shared logs so that no two files and no two reports are
 * alike, as in a real corpus: every copy of a log has its console times shifted and its addresses
 * and PIDs changed, each the same way throughout the copy (an address or a PID that occurs twice
 * in the original occurs twice in the copy, two that differ still differ), so that every copy is
 * analyzed as its original is. Two shapes:
 *
 * <ul>
 *   <li>{@code copies}: file {@code i} is copy {@code i / n} of log {@code i % n};
 *   <li>{@code joined}: each file is copies of several logs joined, their times following on, up to
 *       a size.
 * </ul>
 *
 * <p>Files go into subdirectories of 1,000. Writing fails if two files are identical or two reports
 * are, once their console envelope is stripped (compared by SHA-256). Run by
 * {@code src/bench/batch-benchmark.sh}:
 * {@code DistinctCorpus copies|joined CORPUS_DIR OUT_DIR FILES [BYTES_PER_FILE]}.
 */
final class DistinctCorpus {

  private static final int FILES_PER_DIRECTORY = 1000;
  private static final Pattern TIME = Pattern.compile("(?m)^\\[( *)(\\d+)\\.(\\d{6})\\]");
  /** What stands before a printk caller id's number. */
  private static final Pattern CALLER = Pattern.compile("\\[ *T$");
  /** Seconds between two logs joined in one file. */
  private static final long GAP_MICROS = 7_000_000L;

  private final List<String> logs;
  private final Set<ByteBuffer> digests = new HashSet<>();
  private final Set<ByteBuffer> reports = new HashSet<>();
  private long bytes;

  /** The logs to copy, each a whole text. */
  DistinctCorpus(List<String> logs) {
    if (logs.isEmpty()) {
      throw new IllegalArgumentException("no log to copy");
    }
    this.logs = List.copyOf(logs);
  }

  /** The logs of {@code corpus}: its {@code *.txt} files, in name order. */
  static List<Path> logFiles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /**
   * The texts of {@link #logFiles} whose copies differ in every report: a log is left out when one
   * of its reports has no address or PID to change (a report cut after its header), since every
   * copy of it would repeat that report.
   */
  static List<String> logsOf(Path corpus) throws IOException {
    return logFiles(corpus).stream().map(DistinctCorpus::read).filter(DistinctCorpus::copiesDiffer).toList();
  }

  private static boolean copiesDiffer(String log) {
    List<String> first = normalizedReports(vary(log, 0, 0).text());
    List<String> second = normalizedReports(vary(log, 1, 0).text());
    return first.size() == second.size() && IntStream.range(0, first.size()).noneMatch(i -> first.get(i).equals(second.get(i)));
  }

  /** The text of every report found in {@code log}, console envelopes stripped. */
  static List<String> normalizedReports(String log) {
    List<String> reports = new ArrayList<>();
    try {
      StreamingLocator.locate(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
          report -> reports.add(report.lines().stream().map(ConsoleLine::text).collect(Collectors.joining("\n"))));
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to read", e);
    }
    return reports;
  }

  /** Copy {@code copy} of {@code log}, its first console time {@code startMicros}, and where its times end. */
  static Varied vary(String log, int copy, long startMicros) {
    Matcher first = TIME.matcher(log);
    long shift = first.find() ? startMicros - micros(first) : 0;
    Map<String, String> changed = new HashMap<>();
    long[] last = {startMicros};
    String timed = TIME.matcher(log).replaceAll(m -> {
      last[0] = micros(m) + shift;
      return "[" + pad(m, last[0]) + last[0] / 1_000_000 + "." + String.valueOf(1_000_000 + last[0] % 1_000_000).substring(1) + "]";
    });
    StringBuilder text = new StringBuilder(timed.length() + 64);
    int i = 0;
    while (i < timed.length()) {
      int end = wordEnd(timed, i);
      if (end == i) {
        text.append(timed.charAt(i++));
        continue;
      }
      String word = timed.substring(i, end);
      if (isAddress(word)) {
        text.append(changed.computeIfAbsent(word, a -> address(a, copy)));
      } else if (isPid(timed, i, word)) {
        text.append(changed.computeIfAbsent("pid " + word, p -> pid(word, copy)));
      } else {
        text.append(word);
      }
      i = end;
    }
    return new Varied(text.toString(), last[0]);
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    return end;
  }

  private static boolean isAddress(String word) {
    return (word.length() == 16 || word.length() == 8) && word.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  /** A PID of two digits or more: a caller id, after {@code PID:}, {@code Pid:} or {@code pid=}, after a task name and '/'. */
  private static boolean isPid(String text, int start, String word) {
    if (word.length() < 2 || !word.chars().allMatch(Character::isDigit)) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 8), start);
    boolean afterTask = before.endsWith("/") && before.length() >= 2 && " /".indexOf(before.charAt(before.length() - 2)) < 0;
    String lower = before.toLowerCase(Locale.ROOT);
    return afterTask || lower.endsWith("pid: ") || lower.endsWith("pid=") || CALLER.matcher(before).find();
  }

  /** A varied copy and the last console time it prints. */
  record Varied(String text, long endMicros) {}

  /**
   * Writes {@code files} copies, file {@code i} being a copy of log {@code i % n}; copy {@code i}
   * changes every address and PID by its own step, so that two logs holding the same report still
   * give different copies of it.
   */
  void copies(Path out, int files) throws IOException {
    for (int i = 0; i < files; i++) {
      long start = ((i / logs.size()) * 3_600L + 5) * 1_000_000L + (i % logs.size()) * 1_000L;
      write(out, i, copy(i, start).text());
    }
  }

  /** Writes {@code files} files of at least {@code size} bytes, each copies of logs joined in turn. */
  void joined(Path out, int files, int size) throws IOException {
    int next = 0;
    for (int i = 0; i < files; i++) {
      StringBuilder file = new StringBuilder(size + (size >> 3));
      long time = 5_000_000L;
      while (file.length() < size) {
        Varied copy = copy(next++, time);
        file.append(copy.text());
        if (!copy.text().endsWith("\n")) {
          file.append('\n');
        }
        time = copy.endMicros() + GAP_MICROS;
      }
      write(out, i, file.toString());
    }
  }

  /**
   * Copy {@code copy} of log {@code copy % n}, whose reports must differ from every earlier copy's
   * (a log may print one report twice, as a replayed dump does).
   */
  private Varied copy(int copy, long startMicros) {
    Varied varied = vary(logs.get(copy % logs.size()), copy, startMicros);
    Set<ByteBuffer> own = new HashSet<>();
    for (String report : normalizedReports(varied.text())) {
      ByteBuffer digest = ByteBuffer.wrap(sha256(report.getBytes(StandardCharsets.UTF_8)));
      if (own.add(digest) && reports.contains(digest)) {
        throw new IllegalStateException("copy " + copy + " repeats a report of an earlier copy:\n" + report);
      }
    }
    reports.addAll(own);
    return varied;
  }

  /** Bytes written so far. */
  long bytes() {
    return bytes;
  }

  private void write(Path out, int index, String text) throws IOException {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    if (!digests.add(ByteBuffer.wrap(sha256(content)))) {
      throw new IllegalStateException("file " + index + " is identical to an earlier one");
    }
    Path directory = out.resolve(Integer.toString(index / FILES_PER_DIRECTORY));
    Files.createDirectories(directory);
    Files.write(directory.resolve(String.format(Locale.ROOT, "%06d.log", index)), content);
    bytes += content.length;
  }

  private static long micros(MatchResult time) {
    return Long.parseLong(time.group(2)) * 1_000_000L + Long.parseLong(time.group(3));
  }

  /** The padding that keeps the time's field as wide as the original's where it fits. */
  private static String pad(MatchResult time, long micros) {
    int width = time.group(1).length() + time.group(2).length();
    return " ".repeat(Math.max(0, width - Long.toString(micros / 1_000_000).length()));
  }

  /** {@code address} moved by a step that differs for every copy, same width, case and wrap-around. */
  private static String address(String address, int copy) {
    int digits = address.length();
    long step = (copy + 1L) * 0x1040L;
    long moved = Long.parseUnsignedLong(address, 16) + step;
    String hex = Long.toHexString(digits == 16 ? moved : moved & 0xFFFF_FFFFL);
    return "0".repeat(digits - hex.length()) + hex;
  }

  /** {@code pid} moved by the copy's step among the PIDs of as many digits. */
  private static String pid(String pid, int copy) {
    long low = (long) Math.pow(10, pid.length() - 1);
    long range = low * 9;
    return Long.toString(low + Math.floorMod(Long.parseLong(pid) - low + copy + 1, range));
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: DistinctCorpus copies|joined CORPUS_DIR OUT_DIR FILES [BYTES_PER_FILE]");
      System.exit(2);
    }
    List<String> logs = logsOf(Path.of(args[1]));
    DistinctCorpus corpus = new DistinctCorpus(logs);
    Path out = Path.of(args[2]);
    int files = Integer.parseInt(args[3]);
    switch (args[0]) {
      case "copies" -> corpus.copies(out, files);
      case "joined" -> corpus.joined(out, files, Integer.parseInt(args.length > 4 ? args[4] : "1000000"));
      default -> throw new IllegalArgumentException("copies or joined, not " + args[0]);
    }
    System.out.printf(Locale.ROOT, "%d files, %d bytes, no two identical, from %d of the %d logs (the others have a report"
        + " with no address or PID to change)%n", files, corpus.bytes(), logs.size(), logFiles(Path.of(args[1])).size());
  }
}
