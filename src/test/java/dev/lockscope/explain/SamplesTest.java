package dev.lockscope.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.engine.EngineConfig;
import dev.lockscope.trace.Simulation;
import dev.lockscope.trace.SimulationResult;
import dev.lockscope.verify.SimulationCheck;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesLoader;
import dev.lockscope.verify.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code samples/NAME.log} explained, and every {@code samples/NAME.trace}
 * or {@code samples/NAME.ftrace} (a recording of ftrace lock events) simulated, must equal
 * {@code samples/NAME.expected}. {@code -Dlockscope.regenerate=true}
 * rewrites the expected files.
 */
class SamplesTest {

  private static final RuleSet RULES = RulesLoader.bundled();

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(SharedFiles.samples())) {
      return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
    }
  }

  @Test
  void everyFileIsPaired() throws IOException {
    try (Stream<Path> files = Files.list(SharedFiles.samples())) {
      List<Path> all = files.toList();
      for (Path file : all) {
        String name = file.getFileName().toString();
        Path partner =
            name.endsWith(".expected")
                ? file.resolveSibling(name.substring(0, name.length() - ".expected".length()) + ".log")
                : file.resolveSibling(name.replaceFirst("\\.[^.]+$", "") + ".expected");
        assertTrue(name.matches(".*\\.(log|trace|ftrace|expected)"), "unexpected file " + name);
        if (name.endsWith(".expected")) {
          String base = name.substring(0, name.length() - ".expected".length());
          assertTrue(Stream.of(".log", ".trace", ".ftrace").anyMatch(e -> Files.exists(file.resolveSibling(base + e))),
              name + " has no .log, .trace or .ftrace");
        } else {
          assertTrue(Files.exists(partner), name + " has no " + partner.getFileName());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void explanationMatchesGolden(Path input) throws IOException {
    String actual = input.toString().endsWith(".log") ? explain(input) : simulate(input);
    Path expected = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.(log|trace|ftrace)$", ".expected"));
    if (Boolean.getBoolean("lockscope.regenerate")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
  }

  /** What {@code lockscope simulate} prints for a trace. */
  static String simulate(Path input) throws IOException {
    String source = input.getFileName().toString();
    try (java.io.InputStream in = Files.newInputStream(input)) {
      SimulationResult result = Simulation.of(source, in, Simulation.InputKind.AUTO, RULES.engine(), EngineConfig.defaults());
      return new SimulationRenderer(OutputFormat.TEXT, new ExplanationBuilder(RULES))
          .render(result, new SimulationCheck(RULES).check(result));
    }
  }

  static String explain(Path input) throws IOException {
    Renderer renderer = Renderer.of(OutputFormat.TEXT, new ExplanationBuilder(RULES), false);
    return renderer.render(
        new Pipeline(RULES).run(input.getFileName().toString(), Files.readAllBytes(input)), true);
  }
}
