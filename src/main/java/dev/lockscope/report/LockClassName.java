package dev.lockscope.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lock class name as printed (spec section 2.3): a base, an optional {@code #version} (another
 * key with the same name) and an optional {@code /subclass} (nesting annotation). Two names denote
 * the same class within one report iff the printed strings are equal.
 */
public record LockClassName(String printed) {

  private static final Pattern SUFFIXES = Pattern.compile("^(.*?)(?:#(\\d+))?(?:/(\\d+))?$");
  private static final Pattern OLD_SPINLOCK_WRAPPER = Pattern.compile("^&\\(&(.+)\\)->rlock$");

  public LockClassName {
    if (printed == null || printed.isBlank()) {
      throw new IllegalArgumentException("a lock class has a name");
    }
  }

  /** The name without {@code #version} and {@code /subclass}. */
  public String base() {
    Matcher m = SUFFIXES.matcher(printed);
    return m.matches() ? m.group(1) : printed;
  }

  /** The {@code /subclass} number, 0 when none is printed. */
  public int subclass() {
    Matcher m = SUFFIXES.matcher(printed);
    return m.matches() && m.group(3) != null ? Numbers.saturatedInt(m.group(3)) : 0;
  }

  /**
   * The name with instance details removed so that one class compares equal across boots and
   * eras: the {@code #version} (it depends on key registration order) is dropped and the pre-4.13
   * spinlock wrapper {@code &(&x)->rlock} is unwrapped to {@code x}; the subclass is kept.
   */
  public String canonical() {
    String base = base();
    Matcher wrapper = OLD_SPINLOCK_WRAPPER.matcher(base);
    if (wrapper.matches()) {
      base = wrapper.group(1);
    }
    int subclass = subclass();
    return subclass > 0 ? base + "/" + subclass : base;
  }

  @Override
  public String toString() {
    return printed;
  }
}
