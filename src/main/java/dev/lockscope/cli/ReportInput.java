package dev.lockscope.cli;

import dev.lockscope.ingest.Compression;
import dev.lockscope.ingest.IoErrors;
import dev.lockscope.verify.Pipeline;
import dev.lockscope.verify.SourceResult;
import dev.lockscope.verify.Verification;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one input of check, explain or whatif through the pipeline: a file or '-' for standard input, either gzipped or not. */
final class ReportInput {

  private ReportInput() {}

  /** Streams one input through the pipeline (only report lines are held), gunzipping gzip bytes. */
  static SourceResult read(Pipeline pipeline, String input) {
    List<Verification> reports = new ArrayList<>();
    try (InputStream in = open(input)) {
      pipeline.run(in, reports::add);
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot read: " + IoErrors.describe(e), e);
    }
    return new SourceResult(input.equals("-") ? "<stdin>" : input, reports);
  }

  private static InputStream open(String input) throws IOException {
    InputStream stored = input.equals("-") ? new BufferedInputStream(System.in) : Files.newInputStream(Path.of(input));
    return Compression.decompressed(stored);
  }
}
