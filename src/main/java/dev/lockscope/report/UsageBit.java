package dev.lockscope.report;

import java.util.Locale;
import java.util.Optional;

/**
 * A lockdep usage bit (spec section 3.1): "used in" an irq state (the class is irq-safe), or
 * "enabled" (acquired with that irq state enabled: irq-unsafe), for writers or readers; plus the
 * initial-use bits and the NMI pseudo bit.
 */
public enum UsageBit {
  IN_HARDIRQ_W(IrqState.HARDIRQ, true, false),
  IN_HARDIRQ_R(IrqState.HARDIRQ, true, true),
  HARDIRQ_ON_W(IrqState.HARDIRQ, false, false),
  HARDIRQ_ON_R(IrqState.HARDIRQ, false, true),
  IN_SOFTIRQ_W(IrqState.SOFTIRQ, true, false),
  IN_SOFTIRQ_R(IrqState.SOFTIRQ, true, true),
  SOFTIRQ_ON_W(IrqState.SOFTIRQ, false, false),
  SOFTIRQ_ON_R(IrqState.SOFTIRQ, false, true),
  IN_RECLAIM_FS_W(IrqState.RECLAIM_FS, true, false),
  IN_RECLAIM_FS_R(IrqState.RECLAIM_FS, true, true),
  RECLAIM_FS_ON_W(IrqState.RECLAIM_FS, false, false),
  RECLAIM_FS_ON_R(IrqState.RECLAIM_FS, false, true),
  INITIAL_USE(null, false, false),
  INITIAL_READ_USE(null, false, true),
  IN_NMI(null, true, false);

  private final IrqState state;
  private final boolean usedIn;
  private final boolean read;

  UsageBit(IrqState state, boolean usedIn, boolean read) {
    this.state = state;
    this.usedIn = usedIn;
    this.read = read;
  }

  /** The irq state of a state bit; empty for the initial-use and NMI bits. */
  public Optional<IrqState> state() {
    return Optional.ofNullable(state);
  }

  /** True for IN-X bits (the class is X-safe), false for X-ON bits (X-unsafe). */
  public boolean usedIn() {
    return usedIn;
  }

  public boolean read() {
    return read;
  }

  /** Whether this is one of the four bits per irq state, as opposed to INITIAL USE or IN-NMI. */
  public boolean isStateBit() {
    return state != null;
  }

  /** The bit of the same state and read kind with the other direction. */
  public UsageBit opposite() {
    return of(state, !usedIn, read);
  }

  /** The bit of the same state and direction for writers. */
  public UsageBit writeVariant() {
    return of(state, usedIn, false);
  }

  public static UsageBit of(IrqState state, boolean usedIn, boolean read) {
    for (UsageBit bit : values()) {
      if (bit.state == state && bit.usedIn == usedIn && bit.read == read && state != null) {
        return bit;
      }
    }
    throw new IllegalArgumentException("no usage bit for " + state);
  }

  /** The name lockdep prints in current kernels, e.g. {@code IN-SOFTIRQ-W}. */
  public String printedName() {
    return switch (this) {
      case INITIAL_USE -> "INITIAL USE";
      case INITIAL_READ_USE -> "INITIAL READ USE";
      case IN_NMI -> "IN-NMI";
      default -> (usedIn ? "IN-" + state.name() : state.name() + "-ON") + (read ? "-R" : "-W");
    };
  }

  /**
   * Parses a printed usage name of any era: {@code IN-SOFTIRQ-W}, {@code RECLAIM_FS-ON-R},
   * lowercase {@code in-hardirq-W} and {@code initial-use} of kernels before 2.6.30.
   */
  public static Optional<UsageBit> parse(String printed) {
    String name = printed.trim().toUpperCase(Locale.ROOT).replace("INITIAL-USE", "INITIAL USE");
    for (UsageBit bit : values()) {
      if (bit.printedName().equals(name)) {
        return Optional.of(bit);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code printed} uses the lowercase names of kernels before 2.6.30. */
  public static boolean isLegacyName(String printed) {
    String name = printed.trim();
    return !name.isEmpty() && Character.isLowerCase(name.charAt(0));
  }
}
