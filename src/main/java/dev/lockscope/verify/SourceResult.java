package dev.lockscope.verify;

import java.util.List;

/** Every report found in one input, verified, in input order. */
public record SourceResult(String source, List<Verification> reports) {

  public SourceResult {
    reports = List.copyOf(reports);
  }
}
