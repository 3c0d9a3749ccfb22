package dev.lockscope.rules;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The bundled rules, loaded once per process and, when {@link #preload} was called, on a thread of
 * their own while the command line is read: reading the tables is about a third of a short
 * {@code check}'s start, and a machine has a second core to do it on. A {@code --rules} directory
 * loads its own set through {@link RulesLoader#load}; this one is then left unused.
 */
public final class BundledRules {

  private static final class Holder {
    private static final CompletableFuture<RuleSet> LOADING = CompletableFuture.supplyAsync(RulesLoader::bundled, runnable -> {
      Thread thread = new Thread(runnable, "lockscope-rules");
      thread.setDaemon(true);
      thread.start();
    });
  }

  private BundledRules() {}

  /** Starts loading the bundled rules in the background, if not started yet. */
  public static void preload() {
    Holder.LOADING.isDone();
  }

  /** The bundled rules; a {@link RulesException} if they are broken, as {@link RulesLoader#bundled} throws it. */
  public static RuleSet get() {
    try {
      return Holder.LOADING.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }
}
