package dev.lockscope.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.report.ReportExtent;
import dev.lockscope.verify.CheckResult;
import dev.lockscope.verify.Signatures;
import dev.lockscope.verify.SourceResult;
import dev.lockscope.verify.Verification;

/**
 * The JSON contract: one object per input, {@code {"source", "reports": [{"kind", "title",
 * "verdict", "locks", "signature", "checks": [{"id", "status", "claim", "evidence", "line"}],
 * "explanation"}]}}, plus fields other tools may use; fields are only ever added. {@link #report}
 * is the object of one report, which {@code lockscope batch} writes one per line.
 */
public final class JsonRenderer implements Renderer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ExplanationBuilder explainer;

  public JsonRenderer(ExplanationBuilder explainer) {
    this.explainer = explainer;
  }

  @Override
  public String render(SourceResult result, boolean withExplanation) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", result.source());
    ArrayNode reports = root.putArray("reports");
    for (Verification v : result.reports()) {
      reports.add(report(v));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  /** The JSON object of one verified report. */
  public ObjectNode report(Verification v) {
    ReportExtent extent = v.evidence().report().extent();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kind", v.kind());
    node.put("title", v.title());
    node.put("verdict", v.verdict().name());
    ArrayNode locks = node.putArray("locks");
    v.locks().forEach(locks::add);
    node.put("signature", v.signature());
    node.put("signature_key", Signatures.key(v.evidence()));
    ArrayNode checks = node.putArray("checks");
    for (CheckResult c : v.checks()) {
      ObjectNode check = checks.addObject();
      check.put("id", c.id());
      check.put("status", c.status().name());
      check.put("claim", c.claim());
      check.put("evidence", c.evidence());
      check.put("line", c.line());
    }
    node.put("explanation", ExplanationText.text(explainer.explain(v)));
    node.put("verdict_reason", v.verdictReason());
    node.put("header", extent.header());
    node.put("first_line", extent.firstLine());
    node.put("last_line", extent.lastLine());
    ArrayNode missing = node.putArray("missing_sections");
    extent.missingSections().forEach(missing::add);
    ArrayNode foreign = node.putArray("foreign_lines");
    extent.foreignLines().forEach(foreign::add);
    ArrayNode envelope = node.putArray("envelope");
    extent.envelope().forEach(e -> envelope.add(e.id()));
    v.replay().ifPresent(replay -> node.set("replay", replay(replay)));
    return node;
  }

  /**
   * {"result": reproduced|different|missing|failed, then "expected", "found" and "trace" (the
   * replayed trace, which {@code lockscope simulate} runs) when it ran, "reason" or "error" when not}.
   */
  private static ObjectNode replay(ReplayOutcome outcome) {
    ObjectNode node = MAPPER.createObjectNode();
    if (outcome instanceof ReplayOutcome.Missing missing) {
      return node.put("result", "missing").put("reason", missing.reason());
    }
    if (outcome instanceof ReplayOutcome.Failed failed) {
      return node.put("result", "failed").put("error", failed.error());
    }
    ReplayOutcome.Run run = outcome.run().orElseThrow();
    node.put("result", outcome instanceof ReplayOutcome.Reproduced ? "reproduced" : "different");
    node.put("expected", run.plan().expected().describe());
    ArrayNode found = node.putArray("found");
    if (outcome instanceof ReplayOutcome.Reproduced reproduced) {
      found.add(ViolationKey.of(reproduced.violation()).describe());
    } else {
      ((ReplayOutcome.Different) outcome).found().forEach(f -> found.add(ViolationKey.of(f).describe()));
    }
    return node.put("trace", run.plan().text());
  }
}
