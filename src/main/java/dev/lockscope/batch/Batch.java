package dev.lockscope.batch;

import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.ingest.IoErrors;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.verify.ExitCodes;
import dev.lockscope.verify.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code lockscope batch}: every lockdep report of a corpus found, verified and grouped by
 * signature. Inputs are read by a fixed pool of workers, each input streamed (only the lines of
 * the reports being read are held), and the records are written strictly in input order; the
 * output, the summary and the exit code are the same whatever the number of threads.
 */
public final class Batch {

  /** Open chunks of inputs per thread at most: the look-ahead of the reordering. */
  private static final int WINDOW_PER_THREAD = 4;
  /** Characters a later input may hold before its worker waits for its turn. */
  private static final long SLOT_LIMIT = 2L << 20;

  private final RuleSet rules;

  public Batch(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * Runs the batch and returns its exit code: {@link ExitCodes#CONTRADICTED} if any report is
   * contradicted, else {@link ExitCodes#INCOMPLETE} if any is incomplete, else
   * {@link ExitCodes#ALL_CONFIRMED}. An input that cannot be read is a record, never an exception;
   * an {@link UncheckedIOException} means the command itself failed (output or path list).
   */
  public int run(BatchOptions options, InputStream stdin, Writer stdout, PrintStream stderr) {
    Summary summary = new Summary();
    Optional<HtmlPage> html = options.html().map(HtmlPage::new);
    try (BatchOutput out = BatchOutput.open(options.out(), stdout);
        Progress progress = progress(options, stderr);
        Interruption interruption = new Interruption(out, options.format())) {
      OrderedSink sink = new OrderedSink(rendered -> {
        out.write(rendered);
        summary.add(rendered.record());
        html.ifPresent(page -> page.add(rendered));
      }, WINDOW_PER_THREAD * options.threads(), SLOT_LIMIT);
      readAll(options, stdin, sink, progress, out::failed);
      out.write(trailer(options, summary));
      html.ifPresent(page -> page.write(summary));
    } finally {
      html.ifPresent(HtmlPage::close);
    }
    return summary.internalErrors() > 0 ? ExitCodes.INTERNAL_ERROR : ExitCodes.ofVerdicts(summary.verdicts());
  }

  /** Reads every input into {@code sink}; stops early once {@code stop} says the output is gone. */
  private void readAll(BatchOptions options, InputStream stdin, OrderedSink sink, Progress progress, BooleanSupplier stop) {
    RecordRenderer renderer = new RecordRenderer(options.format(), options.html().isPresent(), new ExplanationBuilder(rules));
    SourceTask task = new SourceTask(new Pipeline(rules), renderer, progress, stop);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
      Thread thread = new Thread(runnable, "lockscope-batch");
      thread.setDaemon(true);
      return thread;
    });
    Chunker chunker = new Chunker(chunk -> {
      if (stop.getAsBoolean()) {
        throw new OutputGone();
      }
      OrderedSink.Slot slot = sink.open();
      pool.execute(() -> task.run(chunk, slot));
    });
    Optional<IOException> listFailure = Optional.empty();
    try {
      new Inputs(stdin).walk(options.paths(), chunker);
      chunker.flush();
    } catch (IOException e) {
      listFailure = Optional.of(e);
    } catch (OutputGone e) {
      // the output failed: BatchOutput.close says so; reading on would be for nobody
    } finally {
      pool.shutdown();
    }
    sink.drain();
    listFailure.ifPresent(e -> {
      throw new UncheckedIOException("cannot read the list of paths on standard input: " + IoErrors.describe(e), e);
    });
  }

  /** Thrown out of the walk over the inputs once the output has failed. */
  private static final class OutputGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputGone() {
      super(null, null, false, false);
    }
  }

  private static String trailer(BatchOptions options, Summary summary) {
    if (options.format() == BatchFormat.JSONL) {
      return options.summary() ? SummaryRenderer.json(summary) : "";
    }
    return SummaryRenderer.brief(summary) + (options.summary() ? SummaryRenderer.detailed(summary) : "");
  }

  private static Progress progress(BatchOptions options, PrintStream stderr) {
    if (!Progress.wanted(options.quiet(), System.getenv(), Progress.stderrIsTerminal())) {
      return new Progress.Silent();
    }
    Progress progress = new TerminalProgress(stderr);
    List<String> sized = options.paths().stream().filter(p -> !p.equals(Inputs.STDIN)).toList();
    if (sized.size() == options.paths().size()) {
      Thread sizer = new Thread(() -> measure(sized, progress), "lockscope-batch-size");
      sizer.setDaemon(true);
      sizer.start();
    }
    return progress;
  }

  /** Walks the inputs once more, only to know their total size for the ETA. */
  private static void measure(List<String> paths, Progress progress) {
    long[] total = {0, 0};
    try {
      new Inputs(InputStream.nullInputStream()).walk(paths, input -> {
        if (input instanceof Input.File file) {
          total[0]++;
          total[1] += sizeOf(file.path());
        }
      });
      progress.expect(total[0], total[1]);
    } catch (IOException e) {
      progress.expect(-1, -1);
    }
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

}
