package dev.lockscope.batch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian package {@code chromium}) run as a subprocess on a local page, with a
 * fresh profile and a time limit, its output and log kept.
 */
final class HeadlessChromium {

  /** The first {@code chromium} on the PATH (where CI's install puts it), else Debian's. */
  static final Path BINARY = onPath("chromium").orElse(Path.of("/usr/bin/chromium"));
  private static final long TIMEOUT_SECONDS = 60;
  /**
   * How Chromium logs a page's console messages and uncaught exceptions to stderr with
   * {@code --enable-logging=stderr}: {@code ...:INFO:CONSOLE:3] "Uncaught ReferenceError: ..."} in
   * recent versions, {@code ...:INFO:CONSOLE(3)] "..."} in older ones.
   */
  private static final Pattern CONSOLE_LINE = Pattern.compile(":CONSOLE[(:]|Uncaught");

  /** What one run printed. */
  record Result(int exitCode, String stdout, String stderr) {

    /** The console messages and uncaught errors of the page. */
    List<String> consoleMessages() {
      return stderr.lines().filter(line -> CONSOLE_LINE.matcher(line).find()).toList();
    }
  }

  private final Path workDirectory;

  /** Runs use a profile and output files in {@code workDirectory}. */
  HeadlessChromium(Path workDirectory) {
    this.workDirectory = workDirectory;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /** {@code --dump-dom}: the page's DOM once loaded, on stdout. */
  Result dumpDom(Path page) throws IOException, InterruptedException {
    return run("--dump-dom", page.toUri().toString());
  }

  /** {@code --screenshot} of a {@code width} x {@code height} window into {@code png}. */
  Result screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
  }

  private Result run(String... args) throws IOException, InterruptedException {
    Path run = Files.createTempDirectory(workDirectory, "chromium");
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + run.resolve("profile")));
    command.addAll(List.of(args));
    Path stdout = run.resolve("stdout");
    Path stderr = run.resolve("stderr");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroyForcibly);
      process.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + String.join(" ", command)
          + "\n" + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static Optional<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
