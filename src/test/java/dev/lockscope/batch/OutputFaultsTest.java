package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockscope.SharedFiles;
import dev.lockscope.cli.CliRun;
import dev.lockscope.verify.ExitCodes;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the command's own output and of its process, run as a user meets them: a full disk
 * ({@code /dev/full}), a pipe whose reader goes away ({@code | head -1}) and a signal in the middle
 * of a batch. Each is a real {@code lockscope} process where only a process shows it.
 */
class OutputFaultsTest {

  private static final Path DEV_FULL = Path.of("/dev/full");

  @TempDir static Path corpus;

  /** 1,500 distinct reports (no two files alike, so that each one is analyzed). */
  @BeforeAll
  static void writeCorpus() throws IOException {
    String report = SharedFiles.read(SharedFiles.samples().resolve("circular-oracle-abba-mutex.log"));
    for (int i = 0; i < 1500; i++) {
      TestLogs.write(corpus, "r%04d.log".formatted(i), report.replace("lds_mutex_a", "lds_mutex_" + i));
    }
  }

  @Test
  void aFullDiskUnderOutIsOneLineAndAnIoError() {
    assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full");
    CliRun run = CliRun.of("batch", "--out", DEV_FULL.toString(), corpus.toString());
    assertEquals(ExitCodes.USAGE_OR_IO_ERROR, run.code());
    assertEquals("lockscope: /dev/full: cannot write: No space left on device\n", run.err());
  }

  @Test
  void aFullStandardOutputIsOneLineAndAnIoErrorInEveryCommand() throws Exception {
    assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full");
    String report = corpus.resolve("r0000.log").toString();
    for (List<String> command : List.of(List.of("batch", corpus.toString()), List.of("check", report),
        List.of("explain", "--format", "json", report))) {
      Process process = lockscope(command).redirectOutput(DEV_FULL.toFile()).start();
      assertEquals(ExitCodes.USAGE_OR_IO_ERROR, process.waitFor(), command.toString());
      assertEquals("lockscope: standard output: cannot write: No space left on device\n",
          new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), command.toString());
    }
  }

  /**
   * {@code | head -1}: the batch stops soon after its reader has gone, says nothing and exits 2.
   * The input is the corpus listed 3,000 times (4.5 million inputs, a minute or more to read), so
   * that only a batch that stops can end within the bound.
   */
  @Test
  void aClosedPipeEndsTheBatchQuietlyAndSoon(@TempDir Path temp) throws Exception {
    Path list = temp.resolve("list");
    Files.writeString(list, (corpus + "\n").repeat(3000));
    long started = System.nanoTime();
    Process process = lockscope(List.of("batch", "-")).redirectInput(list.toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertTrue(out.readLine().endsWith("CONFIRMED"));
    }
    assertTrue(process.waitFor(15, TimeUnit.SECONDS), "still running 15 s after its reader went away");
    assertEquals(ExitCodes.USAGE_OR_IO_ERROR, process.exitValue());
    assertEquals("", new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(15));
  }

  /**
   * SIGINT halfway: every line written is a whole JSON record and the last one says the batch was
   * interrupted; the exit code is the signal's (130). The process is started with SIGINT at its
   * default (a shell starts background jobs with it ignored), through python3 when there is one.
   */
  @Test
  void anInterruptedBatchLeavesWholeRecordsAndSaysSo(@TempDir Path temp) throws Exception {
    assumeTrue(new File("/usr/bin/python3").canExecute() || new File("/usr/local/bin/python3").canExecute(), "no python3");
    Path out = temp.resolve("out.jsonl");
    List<String> java = javaCommand(List.of("batch", "--threads", "1", "--format", "jsonl",
        corpus.toString(), corpus.toString(), corpus.toString(), corpus.toString()));
    List<String> command = new ArrayList<>(List.of("python3", "-c",
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"));
    command.addAll(java);
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(temp.resolve("err").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (Files.size(out) < 100_000 && System.nanoTime() < deadline && process.isAlive()) {
      Thread.sleep(20);
    }
    assertTrue(process.isAlive(), "the batch ended before it could be interrupted");
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(130, process.exitValue());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<JsonNode> records = lines.stream().map(BatchRuns::parse).toList();
    JsonNode last = records.get(records.size() - 1);
    assertTrue(last.path("interrupted").asBoolean(), lines.get(lines.size() - 1));
    long reports = records.stream().filter(BatchRuns::isReport).count();
    assertEquals(reports, last.path("files").asLong(), "one report per input, each input whole");
    assertTrue(reports > 0 && reports < 6000, "interrupted after " + reports + " of 6000 inputs");
    assertEquals("", Files.readString(temp.resolve("err")));
  }

  private static ProcessBuilder lockscope(List<String> arguments) {
    return new ProcessBuilder(javaCommand(arguments));
  }

  private static List<String> javaCommand(List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.lockscope.cli.Main"));
    command.addAll(arguments);
    return command;
  }
}
