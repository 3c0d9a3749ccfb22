package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockscope.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The batch output over the shared corpus is byte for byte the one committed in
 * {@code src/test/resources/golden}, so that making the batch faster cannot change what it says.
 * The files are regenerated only when the output changes on purpose:
 * {@code mvn test -Dtest=BatchGoldenTest -Dlockscope.golden.update=true}, then the diff reviewed.
 */
class BatchGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "batch --format {0} --summary")
  @CsvSource({"jsonl, corpus-batch.jsonl", "text, corpus-batch.txt"})
  void theCorpusGivesTheCommittedOutput(String format, String golden) throws IOException {
    CliRun run = BatchRuns.batch("--format", format, "--summary", BatchRuns.corpus().toString());
    String out = run.out().replace(BatchRuns.corpus() + "/", "corpus/");
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("lockscope.golden.update")) {
      Files.writeString(file, out, StandardCharsets.UTF_8);
    }
    assertEquals(4, run.code(), "the corpus has incomplete reports and none contradicted\n" + run.err());
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), out, "the batch output differs from " + file);
  }
}
