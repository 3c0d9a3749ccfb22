package dev.lockscope.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.replay.Acquisition;
import dev.lockscope.replay.ReplayPlan;
import dev.lockscope.replay.WhatIf;
import dev.lockscope.verify.Verification;
import dev.lockscope.verify.WhatIfAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a what-if answer: the report, each change and the acquisitions it touched, whether the
 * report's violation is gone, remains or gives way to another, the replayed trace and the limits
 * of the answer. Text, Markdown, or JSON ({@code {"source", "first_line", "last_line", "kind",
 * "title", "result": gone|remains|replaced|unanswerable, ...}}; fields are only ever added).
 */
public final class WhatIfRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final OutputFormat format;

  public WhatIfRenderer(OutputFormat format) {
    this.format = format;
  }

  public String render(String source, WhatIfAnswer answer) {
    return switch (format) {
      case TEXT -> String.join("\n", lines(source, answer, "")) + "\n";
      case MARKDOWN -> markdown(source, answer);
      case JSON -> json(source, answer);
    };
  }

  private static List<String> lines(String source, WhatIfAnswer answer, String bullet) {
    List<String> out = new ArrayList<>();
    out.add(source + TextRenderer.headlineAfterSource(answer.report()));
    if (answer instanceof WhatIfAnswer.Unanswerable unanswerable) {
      out.add("Cannot answer: " + unanswerable.why() + ".");
      return out;
    }
    WhatIfAnswer.Answered answered = (WhatIfAnswer.Answered) answer;
    ReplayPlan before = answered.report().replay().flatMap(r -> r.run()).orElseThrow().plan();
    for (WhatIf.Applied applied : answered.changes().applied()) {
      out.add("What if " + applied.change().written() + ": it changes " + touched(applied.changed().size()) + (applied.changed().isEmpty() ? "" : ":"));
      applied.changed().forEach(a -> out.add("  " + bullet + ReplayWords.acquisition(before, a)));
    }
    out.add(headline(answered));
    out.add("Replayed with the change:");
    out.addAll(ReplayWords.events(answered.changes().plan()));
    out.add("Limits:");
    answered.limits().forEach(l -> out.add("  - " + l));
    return out;
  }

  private static String touched(int count) {
    return count == 0 ? "no acquisition (the step at that site is dropped)" : count == 1 ? "1 acquisition" : count + " acquisitions";
  }

  private static String headline(WhatIfAnswer.Answered answered) {
    String expected = answered.changes().plan().expected().describe();
    return switch (answered.result()) {
      case GONE -> "GONE: replayed with the change, the engine reports no violation (the report's was " + expected + ").";
      case REMAINS -> "REMAINS: replayed with the change, the engine still reports " + expected + ".";
      case REPLACED -> "REPLACED: the report's " + expected + " is gone, but the engine reports "
          + ViolationKey.describe(answered.found()) + ".";
    };
  }

  private static String markdown(String source, WhatIfAnswer answer) {
    List<String> lines = lines(source, answer, "");
    StringBuilder out = new StringBuilder("## What if: ").append(lines.get(0)).append("\n\n");
    if (answer instanceof WhatIfAnswer.Answered answered) {
      out.append("**").append(answered.result()).append("**\n\n");
    }
    out.append("```\n").append(String.join("\n", lines.subList(1, lines.size()))).append("\n```\n");
    return out.toString();
  }

  private static String json(String source, WhatIfAnswer answer) {
    Verification report = answer.report();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", source);
    node.put("first_line", report.evidence().report().extent().firstLine());
    node.put("last_line", report.evidence().report().extent().lastLine());
    node.put("kind", report.kind());
    node.put("title", report.title());
    if (answer instanceof WhatIfAnswer.Unanswerable unanswerable) {
      node.put("result", "unanswerable").put("reason", unanswerable.why());
    } else {
      answered(node, (WhatIfAnswer.Answered) answer);
    }
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  private static void answered(ObjectNode node, WhatIfAnswer.Answered answered) {
    ReplayPlan before = answered.report().replay().flatMap(r -> r.run()).orElseThrow().plan();
    node.put("result", answered.result().name().toLowerCase(java.util.Locale.ROOT));
    node.put("expected", answered.changes().plan().expected().describe());
    ArrayNode changes = node.putArray("changes");
    for (WhatIf.Applied applied : answered.changes().applied()) {
      ObjectNode change = changes.addObject().put("change", applied.change().written());
      ArrayNode acquisitions = change.putArray("acquisitions");
      for (Acquisition a : applied.changed()) {
        acquisitions.add(ReplayWords.acquisition(before, a));
      }
    }
    ArrayNode found = node.putArray("found");
    answered.found().forEach(v -> found.add(ViolationKey.of(v).describe()));
    node.put("trace", answered.changes().plan().text());
    ArrayNode limits = node.putArray("limits");
    answered.limits().forEach(limits::add);
  }
}
