package dev.lockscope.batch;

/**
 * What a batch leaves when a signal (Ctrl-C's SIGINT, a SIGTERM) stops the process: the records
 * written so far, each whole, and a last line saying that the batch was interrupted and after how
 * many inputs, in the batch's format ({@code {"interrupted": true, ...}} in JSONL). The process
 * then exits as the signal says (130 for SIGINT, 143 for SIGTERM). Active from its creation to
 * {@link #close}.
 */
final class Interruption implements AutoCloseable {

  private final Thread hook;

  Interruption(BatchOutput out, BatchFormat format) {
    this.hook = new Thread(() -> out.interrupt(files -> line(format, files)), "lockscope-batch-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static String line(BatchFormat format, long files) {
    return format == BatchFormat.JSONL
        ? "{\"interrupted\": true, \"files\": " + files + "}\n"
        : "interrupted: the batch was stopped after " + files + (files == 1 ? " input" : " inputs")
            + "; the records above are whole, the inputs after them were not read\n";
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it ends the output
    }
  }
}
