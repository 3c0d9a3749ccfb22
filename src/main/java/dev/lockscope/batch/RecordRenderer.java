package dev.lockscope.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.explain.JsonRenderer;
import dev.lockscope.explain.TextRenderer;
import dev.lockscope.verify.Verification;

/**
 * Renders records in the worker that produced them: the output line in the chosen format and,
 * for the HTML page, the report's section. Thread-safe.
 */
final class RecordRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BatchFormat format;
  private final boolean html;
  private final JsonRenderer json;

  RecordRenderer(BatchFormat format, boolean html, ExplanationBuilder explainer) {
    this.format = format;
    this.html = html;
    this.json = new JsonRenderer(explainer);
  }

  Rendered report(String source, int index, Verification v) {
    FileRecord.Report record =
        new FileRecord.Report(source, index, v.kind(), v.verdict(), v.signature(), v.title(), v.locks());
    if (format == BatchFormat.TEXT && !html) {
      return new Rendered(record, TextRenderer.headline(source, v) + "\n", "");
    }
    ObjectNode object = json.report(v);
    String output = format == BatchFormat.TEXT ? TextRenderer.headline(source, v) + "\n" : line(source, index, object);
    return new Rendered(record, output, html ? HtmlSection.of(record, object, v.evidence().graph()) : "");
  }

  Rendered noReport(String source) {
    FileRecord.NoReport record = new FileRecord.NoReport(source);
    if (format == BatchFormat.TEXT) {
      return new Rendered(record, TextRenderer.noReport(source) + "\n", "");
    }
    ObjectNode object = MAPPER.createObjectNode();
    object.put("source", source);
    object.put("kind", "none");
    return new Rendered(record, write(object), "");
  }

  Rendered error(String source, String message) {
    FileRecord.ReadError record = new FileRecord.ReadError(source, message);
    if (format == BatchFormat.TEXT) {
      return new Rendered(record, source + ": error: " + message + "\n", "");
    }
    ObjectNode object = MAPPER.createObjectNode();
    object.put("source", source);
    object.put("error", message);
    return new Rendered(record, write(object), "");
  }

  static Rendered end(String source, long bytes) {
    return new Rendered(new FileRecord.End(source, bytes), "", "");
  }

  /** The report's object with {@code source} and {@code index} first. */
  private static String line(String source, int index, ObjectNode report) {
    ObjectNode object = MAPPER.createObjectNode();
    object.put("source", source);
    object.put("index", index);
    object.setAll(report);
    return write(object);
  }

  static String write(ObjectNode object) {
    try {
      return MAPPER.writeValueAsString(object) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }
}
