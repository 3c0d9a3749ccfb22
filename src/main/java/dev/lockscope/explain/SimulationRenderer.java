package dev.lockscope.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.trace.SimulationResult;
import dev.lockscope.verify.SimulatedReport;
import java.util.List;

/**
 * Writes what {@code lockscope simulate} found: per violation, where in the trace, the report the
 * kernel would print, and (JSON) the report object {@code check} gives for that text.
 */
public final class SimulationRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final OutputFormat format;
  private final ExplanationBuilder explainer;

  public SimulationRenderer(OutputFormat format, ExplanationBuilder explainer) {
    this.format = format;
    this.explainer = explainer;
  }

  public String render(SimulationResult result, List<SimulatedReport> reports) {
    return switch (format) {
      case TEXT -> text(result, reports);
      case MARKDOWN -> markdown(result, reports);
      case JSON -> json(result, reports);
    };
  }

  private static String text(SimulationResult result, List<SimulatedReport> reports) {
    StringBuilder out = new StringBuilder();
    for (SimulatedReport report : reports) {
      out.append(location(result, report)).append(": ").append(report.violation().kindId()).append(": ")
          .append(report.violation().summary()).append('\n');
      out.append(report.kernelText()).append('\n');
    }
    out.append(totals(result, reports)).append('\n');
    result.limits().forEach(limit -> out.append("note: ").append(limit).append('\n'));
    return out.toString();
  }

  private String markdown(SimulationResult result, List<SimulatedReport> reports) {
    StringBuilder out = new StringBuilder("# lockscope simulate `" + result.source() + "`\n\n" + totals(result, reports) + "\n\n");
    for (SimulatedReport report : reports) {
      out.append("## ").append(report.violation().kindId()).append(" at `").append(location(result, report)).append("`\n\n");
      out.append(report.violation().summary()).append("\n\n");
      report.checked().stream().findFirst().ifPresent(v ->
          out.append("```\n").append(ExplanationText.text(explainer.explain(v))).append("\n```\n\n"));
      out.append("<details><summary>What the kernel would print</summary>\n\n```\n")
          .append(report.kernelText().strip()).append("\n```\n\n</details>\n\n");
    }
    result.limits().forEach(limit -> out.append("> ").append(limit).append("\n"));
    return out.toString();
  }

  private String json(SimulationResult result, List<SimulatedReport> reports) {
    JsonRenderer renderer = new JsonRenderer(explainer);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", result.source());
    ArrayNode violations = root.putArray("violations");
    for (SimulatedReport report : reports) {
      ObjectNode node = report.checked().isEmpty()
          ? unreadable(report)
          : renderer.report(report.checked().get(0));
      node.put("trace_line", report.violation().traceLine());
      node.put("summary", report.violation().summary());
      node.put("kernel_report", report.kernelText());
      violations.add(node);
    }
    root.put("events", result.events());
    root.put("classes", result.classes());
    root.put("dependencies", result.dependencies());
    ArrayNode limits = root.putArray("limits");
    result.limits().forEach(limits::add);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  /** A violation whose printed report lockscope could not read back (a defect; kept visible). */
  private static ObjectNode unreadable(SimulatedReport report) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kind", report.violation().kindId());
    node.put("verdict", "INCOMPLETE");
    node.put("verdict_reason", "lockscope could not read back the report it printed for this violation");
    return node;
  }

  private static String location(SimulationResult result, SimulatedReport report) {
    int line = report.violation().traceLine();
    return line > 0 ? result.source() + ":" + line : result.source();
  }

  private static String totals(SimulationResult result, List<SimulatedReport> reports) {
    return "%s: %s (%s, %s, %s)".formatted(result.source(),
        reports.isEmpty() ? "no violation" : count(reports.size(), "violation", "violations"),
        count(result.events(), "event", "events"), count(result.classes(), "lock class", "lock classes"),
        count(result.dependencies(), "dependency", "dependencies"));
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
