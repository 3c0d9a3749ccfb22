package dev.lockscope.engine;

/**
 * A dependency {@code from -> to} of the lock-class graph: {@code to} was acquired while
 * {@code from} was held, in one irq context. It carries lockdep's dependency types (which of
 * -(SR)->, -(ER)->, -(SN)->, -(EN)-> were seen: S/E whether {@code from} was held shared or
 * exclusive, R/N whether {@code to} was taken as a recursive reader or not), the evidence of its
 * first recording (lockdep's trace) and the first evidence of each type.
 */
public final class Dependency {

  static final int SR = 0;
  static final int ER = 1;
  static final int SN = 2;
  static final int EN = 3;
  static final int SR_MASK = 1 << SR;
  static final int ER_MASK = 1 << ER;
  static final int SN_MASK = 1 << SN;
  static final int EN_MASK = 1 << EN;

  final LockClass from;
  final LockClass to;
  int types;
  int distance;
  final SavedTrace trace;
  final SavedTrace[] typeEvidence = new SavedTrace[4];

  Dependency(LockClass from, LockClass to, int distance, SavedTrace trace) {
    this.from = from;
    this.to = to;
    this.distance = distance;
    this.trace = trace;
  }

  /** The type of a dependency from a lock held with {@code prevRead} to one taken with {@code nextRead} ({@code calc_dep}). */
  static int type(int prevRead, int nextRead) {
    return (prevRead == 0 ? 1 : 0) + ((nextRead != 2 ? 1 : 0) << 1);
  }

  void add(int type, SavedTrace evidence) {
    types |= 1 << type;
    if (typeEvidence[type] == null) {
      typeEvidence[type] = evidence;
    }
  }

  /**
   * The types as a backward search sees them ({@code calc_depb}): whether {@code to} is not a
   * recursive reader in bit 0 and whether {@code from} is exclusive in bit 1.
   */
  int backwardTypes() {
    return (types & (SR_MASK | EN_MASK)) | ((types & ER_MASK) << 1) | ((types & SN_MASK) >>> 1);
  }

  public LockClass from() {
    return from;
  }

  public LockClass to() {
    return to;
  }

  /** The dependency types seen, as lockdep names them: {@code EN}, {@code SR}, ... */
  public java.util.List<String> typeNames() {
    String[] names = {"SR", "ER", "SN", "EN"};
    java.util.List<String> seen = new java.util.ArrayList<>();
    for (int t = EN; t >= SR; t--) {
      if ((types & (1 << t)) != 0) {
        seen.add(names[t]);
      }
    }
    return seen;
  }

  @Override
  public String toString() {
    return from + " -> " + to + " " + typeNames();
  }
}
