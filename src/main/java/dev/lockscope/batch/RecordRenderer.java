package dev.lockscope.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.explain.JsonRenderer;
import dev.lockscope.explain.TextRenderer;
import dev.lockscope.report.LockClassName;
import dev.lockscope.verify.Verification;
import java.util.Optional;

/**
 * Renders records in the worker that produced them: the output line in the chosen format (a JSONL
 * record written by Jackson) and, for the HTML page, the report's section. Thread-safe.
 */
final class RecordRenderer {

  /** Made on first use: plain text output never pays for starting Jackson. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final BatchFormat format;
  private final boolean html;
  private final Optional<JsonRenderer> json;

  RecordRenderer(BatchFormat format, boolean html, ExplanationBuilder explainer) {
    this.format = format;
    this.html = html;
    this.json = format == BatchFormat.JSONL || html ? Optional.of(new JsonRenderer(explainer)) : Optional.empty();
  }

  /** The record of report {@code index} of {@code source}. */
  Rendered report(String source, int index, Verification v) {
    Optional<ObjectNode> object = json.map(renderer -> renderer.report(v));
    String output = format == BatchFormat.TEXT
        ? source + TextRenderer.headlineAfterSource(v) + "\n"
        : write(Json.MAPPER.createObjectNode().put("source", source).put("index", index).setAll(object.orElseThrow()));
    ReportOutcome outcome = new ReportOutcome(
        index,
        v.kind(),
        v.verdict(),
        v.signature(),
        v.title(),
        v.locks(),
        v.locks().stream().map(lock -> new LockClassName(lock).canonical()).distinct().toList(),
        v.internalError());
    String section = html ? HtmlSection.of(source, v.verdict(), v.title(), object.orElseThrow(), v.evidence().graph(), v.locks()) : "";
    return new Rendered(new FileRecord.Report(source, outcome), output, section);
  }

  Rendered noReport(String source) {
    FileRecord.NoReport record = new FileRecord.NoReport(source);
    if (format == BatchFormat.TEXT) {
      return new Rendered(record, TextRenderer.noReport(source) + "\n", "");
    }
    ObjectNode object = Json.MAPPER.createObjectNode();
    object.put("source", source);
    object.put("kind", "none");
    return new Rendered(record, write(object), "");
  }

  Rendered error(String source, String message) {
    return error(new FileRecord.ReadError(source, message, false));
  }

  /** The record of an input lockscope failed on: never lost, and counted as an internal error. */
  Rendered internalError(String source, Throwable failure) {
    return error(new FileRecord.ReadError(source, "internal error in lockscope: " + failure, true));
  }

  private Rendered error(FileRecord.ReadError record) {
    String source = record.source();
    String message = record.message();
    if (format == BatchFormat.TEXT) {
      return new Rendered(record, source + ": error: " + message + "\n", "");
    }
    ObjectNode object = Json.MAPPER.createObjectNode();
    object.put("source", source);
    object.put("error", message);
    return new Rendered(record, write(object), "");
  }

  static Rendered end(String source, long bytes) {
    return new Rendered(new FileRecord.End(source, bytes), "", "");
  }

  static String write(ObjectNode object) {
    try {
      return Json.MAPPER.writeValueAsString(object) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }
}
