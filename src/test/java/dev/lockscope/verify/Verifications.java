package dev.lockscope.verify;

import dev.lockscope.rules.RulesLoader;
import java.util.List;

/** Runs the pipeline on text, for tests. */
public final class Verifications {

  private static final Pipeline PIPELINE = new Pipeline(RulesLoader.bundled());

  private Verifications() {}

  public static List<Verification> of(String text) {
    return PIPELINE.run("test", text).reports();
  }

  public static Verification single(String text) {
    List<Verification> all = of(text);
    if (all.size() != 1) {
      throw new AssertionError("expected one report, found " + all.size());
    }
    return all.get(0);
  }

  /** A compact fingerprint of a result: title, verdict, every check's id and status. */
  public static String fingerprint(Verification v) {
    StringBuilder out = new StringBuilder(v.kind() + "|" + v.title() + "|" + v.verdict());
    for (CheckResult c : v.checks()) {
      out.append('|').append(c.id()).append('=').append(c.status());
    }
    return out.toString();
  }
}
