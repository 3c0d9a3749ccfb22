package dev.lockscope.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code <CLS>} of the irq reports: an irq state and whether it is the {@code -READ} variant
 * ({@code HARDIRQ}, {@code SOFTIRQ-READ}, old {@code hard}, {@code soft-read}).
 */
public record IrqClass(IrqState state, boolean read, String printed) {

  public static Optional<IrqClass> parse(String printed) {
    String name = printed.toUpperCase(Locale.ROOT);
    boolean read = name.endsWith("-READ");
    String base = read ? name.substring(0, name.length() - 5) : name;
    IrqState state =
        switch (base) {
          case "HARDIRQ", "HARD" -> IrqState.HARDIRQ;
          case "SOFTIRQ", "SOFT" -> IrqState.SOFTIRQ;
          case "RECLAIM_FS" -> IrqState.RECLAIM_FS;
          default -> null;
        };
    return Optional.ofNullable(state).map(s -> new IrqClass(s, read, printed));
  }

  /** The usage bit of the safe side this class names. */
  public UsageBit safeBit() {
    return UsageBit.of(state, true, read);
  }
}
