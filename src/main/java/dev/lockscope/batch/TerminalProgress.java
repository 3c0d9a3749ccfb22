package dev.lockscope.batch;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (the {@code progressbar} library): megabytes read with their rate,
 * files and reports done, and the ETA once the total size is known.
 */
final class TerminalProgress implements Progress {

  private static final int MEGABYTE = 1_000_000;
  private static final int REFRESH_MILLIS = 250;

  private final ProgressBar bar;
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong reports = new AtomicLong();
  private volatile long expectedFiles = -1;

  TerminalProgress(PrintStream stderr) {
    this.bar = new ProgressBarBuilder()
        .setTaskName("lockscope batch")
        .setInitialMax(-1)
        .setUnit(" MB", MEGABYTE)
        .showSpeed()
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setUpdateIntervalMillis(REFRESH_MILLIS)
        .setConsumer(new ConsoleProgressBarConsumer(stderr))
        .build();
  }

  @Override
  public void bytesRead(long bytes) {
    bar.stepBy(bytes);
  }

  @Override
  public void reportFound() {
    reports.incrementAndGet();
  }

  @Override
  public void fileDone() {
    long done = files.incrementAndGet();
    long expected = expectedFiles;
    bar.setExtraMessage(" " + done + (expected >= 0 ? "/" + expected : "") + " files, " + reports.get() + " reports");
  }

  @Override
  public void expect(long fileCount, long bytes) {
    expectedFiles = fileCount;
    bar.maxHint(bytes);
  }

  @Override
  public void close() {
    bar.close();
  }
}
