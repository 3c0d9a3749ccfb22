package dev.lockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockscope.SharedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void confirmedSeedExitsZero() {
    CliRun r = run("check", SharedFiles.seed().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("inconsistent lock state in rxrpc_put_client_connection_id"));
    assertTrue(r.out().contains("CONFIRMED"));
  }

  @Test
  void contradictedReportExitsOne() throws IOException {
    String seed = SharedFiles.read(SharedFiles.seed()).replace("SC1[1]", "SC0[0]");
    CliRun r = run("check", write("bad.log", seed).toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("CONTRADICTED"));
    assertTrue(r.out().contains("context-tuple"));
  }

  @Test
  void noReportExitsThree() throws IOException {
    assertEquals(3, run("check", write("empty.log", "").toString()).code());
    assertEquals(3, run("check", write("boot.log", "Linux version 6.12\nbooted\n").toString()).code());
  }

  @Test
  void cutReportExitsFour() throws IOException {
    String seed = SharedFiles.read(SharedFiles.seed());
    String cut = seed.substring(0, seed.indexOf("irq event stamp"));
    CliRun r = run("check", write("cut.log", cut).toString());
    assertEquals(4, r.code());
    assertTrue(r.out().contains("INCOMPLETE"));
  }

  @Test
  void aReportCutAfterItsHeaderIsNamedAndExitsFour() throws IOException {
    String circular = "======\nWARNING: possible circular locking dependency detected\n";
    CliRun r = run("check", write("circ.log", circular).toString());
    assertEquals(4, r.code());
    assertTrue(r.out().contains("circular-dependency"), r.out());
  }

  @Test
  void missingFileIsAOneLineErrorWithExitTwo() {
    CliRun r = run("check", temp.resolve("nope.log").toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("nope.log"));
  }

  @Test
  void badOptionIsAUsageError() {
    CliRun r = run("check", "--format", "xml");
    assertEquals(2, r.code());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void helpDocumentsExitCodes() {
    CliRun r = run("check", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Exit codes:"));
    assertTrue(r.out().contains("CONTRADICTED"));
  }

  @Test
  void binaryJunkNeverThrows() throws IOException {
    byte[] junk = new byte[1 << 20];
    new Random(42).nextBytes(junk);
    Path file = temp.resolve("junk.bin");
    Files.write(file, junk);
    CliRun r = run("check", file.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void jsonFollowsTheContract() throws IOException {
    CliRun r = run("explain", "--format", "json", SharedFiles.seed().toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode report = root.get("reports").get(0);
    for (String field : new String[] {"kind", "title", "verdict", "locks", "signature", "checks", "explanation"}) {
      assertTrue(report.has(field), field);
    }
    assertEquals("inconsistent-lock-state", report.get("kind").asText());
    JsonNode check = report.get("checks").get(0);
    for (String field : new String[] {"id", "status", "claim", "evidence", "line"}) {
      assertTrue(check.has(field), field);
    }
  }

  @Test
  void standardInputIsRead() {
    var in = System.in;
    try {
      System.setIn(new ByteArrayInputStream(SharedFiles.read(SharedFiles.seed()).getBytes(StandardCharsets.UTF_8)));
      CliRun r = run("check", "--format", "markdown");
      assertEquals(0, r.code());
      assertTrue(r.out().contains("| PASS |"));
    } finally {
      System.setIn(in);
    }
  }

  @Test
  void markdownDrawsTheLockGraph() {
    CliRun r = run("explain", "--format", "markdown", SharedFiles.shared().resolve("oracle/logs/abc_cycle.log").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("```mermaid\ngraph LR\n"), r.out());
    assertEquals(3, r.out().lines().filter(l -> l.matches("  L\\d -->\\|EN\\| L\\d")).count(), r.out());
  }

  @Test
  void colourOnlyWhenAsked() {
    assertFalse(run("check", SharedFiles.seed().toString()).out().contains("\u001b["));
    assertTrue(run("check", "--color", "always", SharedFiles.seed().toString()).out().contains("\u001b["));
  }

  @Test
  void whatIfNamesWhatDoesNotApply() {
    String seed = SharedFiles.seed().toString();
    CliRun unknownSite = run("whatif", seed, "--drop", "rxrpc_no_such_function");
    assertEquals(2, unknownSite.code());
    assertTrue(unknownSite.err().contains("at 'rxrpc_no_such_function'"), unknownSite.err());
    CliRun typo = run("whatif", seed, "--set", "conn_client.c:109=spin_lock_hb");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("did you mean spin_lock_bh?"), typo.err());
    assertEquals(2, run("whatif", seed).code());
    assertEquals(2, run("whatif", seed, "--nest", "conn_client.c:109=9").code());
    assertEquals(2, run("whatif", seed, "--report", "2", "--drop", "conn_client.c:109").code());
  }

  @Test
  void whatIfOnTextWithoutAReportOrNotReplayed() {
    CliRun none = CliRun.withStdin("just a console line\n", "whatif", "-", "--drop", "f");
    assertEquals(3, none.code(), none.err());
    CliRun cut = run("whatif", SharedFiles.samples().resolve("ils-3.12-cut.log").toString(), "--drop", "f");
    assertEquals(4, cut.code(), cut.out() + cut.err());
    assertTrue(cut.out().contains("Cannot answer"), cut.out());
  }

  @Test
  void whatIfJsonSaysTheResultAndTheTrace() throws IOException {
    CliRun r = run("whatif", SharedFiles.seed().toString(), "--set", "conn_client.c:109=spin_lock_irqsave", "--format", "JSON");
    assertEquals(0, r.code(), r.err());
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertEquals("gone", json.get("result").asText());
    assertTrue(json.get("trace").asText().contains("local_irq_save"), r.out());
    assertEquals(1, json.get("changes").get(0).get("acquisitions").size());
  }

  @Test
  void malformedRulesFileNamesFileAndLine() throws IOException {
    Path rules = Files.createDirectory(temp.resolve("rules"));
    Files.writeString(rules.resolve("primitives.tsv"), "# comment\n_raw_spin_lock spin_lock spinlock sideways write -\n");
    CliRun r = run("check", "--rules", rules.toString(), SharedFiles.seed().toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("primitives.tsv:2"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void userRulesReplaceBundledOnes() throws IOException {
    Path rules = Files.createDirectory(temp.resolve("rules"));
    Files.writeString(rules.resolve("fix-hints.tsv"), "inconsistent-lock-state SOFTIRQ * Rewrite {lock} entirely.\n");
    CliRun r = run("explain", "--rules", rules.toString(), SharedFiles.seed().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Rewrite rxrpc_conn_id_lock entirely."));
    assertFalse(r.out().contains("spin_lock_bh() at every"));
  }
}
