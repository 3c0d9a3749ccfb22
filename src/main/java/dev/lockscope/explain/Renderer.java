package dev.lockscope.explain;

import dev.lockscope.verify.SourceResult;

/** Writes the results of one input in one output format. */
public interface Renderer {

  /**
   * Renders every report of {@code result}.
   *
   * @param withExplanation whether to include the explanation ({@code explain}) or only verdicts
   *     and checks ({@code check})
   */
  String render(SourceResult result, boolean withExplanation);

  static Renderer of(OutputFormat format, ExplanationBuilder explainer, boolean color) {
    return switch (format) {
      case TEXT -> new TextRenderer(explainer, color);
      case MARKDOWN -> new MarkdownRenderer(explainer);
      case JSON -> new JsonRenderer(explainer);
    };
  }
}
