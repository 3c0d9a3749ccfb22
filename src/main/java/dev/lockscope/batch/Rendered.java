package dev.lockscope.batch;

/**
 * A record with its output already rendered by the worker that found it, waiting for its turn.
 *
 * @param output the text for the output stream, empty or whole lines
 * @param html the record's section of the HTML page, empty when there is none
 */
record Rendered(FileRecord record, String output, String html) {

  /** Roughly how much memory it holds, in characters. */
  long size() {
    return output.length() + html.length() + 64L;
  }
}
