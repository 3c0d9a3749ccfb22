package dev.lockscope.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.cli.CliRun;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code samples/NAME.log} explained, every {@code samples/NAME.trace}
 * or {@code samples/NAME.ftrace} (a recording of ftrace lock events) simulated, and every
 * {@code samples/NAME.whatif} (a question about a sample report: {@code # report:} and
 * {@code # args:} header lines) answered by {@code lockscope whatif}, with its exit code, must
 * equal {@code samples/NAME.expected}. {@code -Dlockscope.regenerate=true} rewrites the expected
 * files.
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
        assertTrue(name.matches(".*\\.(log|trace|ftrace|whatif|expected)"), "unexpected file " + name);
        if (name.endsWith(".expected")) {
          String base = name.substring(0, name.length() - ".expected".length());
          assertTrue(Stream.of(".log", ".trace", ".ftrace", ".whatif").anyMatch(e -> Files.exists(file.resolveSibling(base + e))),
              name + " has no .log, .trace, .ftrace or .whatif");
        } else {
          assertTrue(Files.exists(partner), name + " has no " + partner.getFileName());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void explanationMatchesGolden(Path input) throws IOException {
    String name = input.toString();
    String actual = name.endsWith(".log") ? explain(input) : name.endsWith(".whatif") ? whatIf(input) : simulate(input);
    Path expected = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.(log|trace|ftrace|whatif)$", ".expected"));
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

  /** What {@code lockscope whatif REPORT ARGS} prints for a question, then its exit code. */
  static String whatIf(Path question) throws IOException {
    Map<String, String> header = new HashMap<>();
    Files.readAllLines(question).stream().filter(l -> l.startsWith("# ") && l.contains(": "))
        .forEach(l -> header.put(l.substring(2, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2)));
    List<String> args = new ArrayList<>(List.of("whatif", question.resolveSibling(header.get("report")).toString()));
    args.addAll(List.of(header.get("args").split("\\s+")));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals("", run.err(), question.toString());
    return run.out().replace(question.getParent() + java.io.File.separator, "samples/") + "exit " + run.code() + "\n";
  }

  static String explain(Path input) throws IOException {
    Renderer renderer = Renderer.of(OutputFormat.TEXT, new ExplanationBuilder(RULES), false);
    return renderer.render(
        new Pipeline(RULES).run(input.getFileName().toString(), Files.readAllBytes(input)), true);
  }
}
