package dev.lockscope.rules;

import java.util.List;

/**
 * One row of {@code simulated-frames.tsv}: the frames a simulated stack trace shows for an
 * execution context, innermost first.
 *
 * @param context {@code process}, {@code hardirq}, {@code hardirq-nothread}, {@code softirq} or {@code nmi}
 */
public record SimulatedFrames(String context, List<String> frames) {

  public SimulatedFrames {
    frames = List.copyOf(frames);
  }

  static SimulatedFrames parse(String[] c) {
    return new SimulatedFrames(c[0], List.of(c[1].split(",")));
  }
}
