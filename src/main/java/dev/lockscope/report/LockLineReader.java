package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads LOCK lines (spec section 2.6): the lock a report is about, a held lock, a chain entry's
 * lock, with the continuation lines that give more {@code at:} sites of the same lock.
 */
final class LockLineReader {

  static final Pattern LOCK =
      Pattern.compile(
          "^(?:(?:([0-9a-f]{8,16})|\\(_*ptrval_*\\)) +)?\\((.+)\\)\\{([.+?\\-]{4}|[.+?\\-]{6})\\}"
              + "(?:-\\{(\\d{1,2}):(\\d{1,2})\\})?(?: ops: \\d+)?(?:, at: (.*))?$");

  private LockLineReader() {}

  /** Reads one LOCK line at the cursor plus the continuation lines of the same lock. */
  static Optional<LockLine> readLock(LineCursor cursor, boolean legacyEra) {
    if (cursor.atEnd()) {
      return Optional.empty();
    }
    Optional<LockLine> first = parseLock(cursor.peek(), legacyEra);
    Optional<LockLine> wrapped = withoutSite(first) ? joinWrapped(cursor, cursor.peek().text(), legacyEra) : Optional.empty();
    if (wrapped.isPresent()) {
      cursor.next();
      first = wrapped;
    }
    if (first.isEmpty()) {
      return Optional.empty();
    }
    cursor.next();
    LockLine lock = first.get();
    while (!cursor.atEnd()) {
      Optional<LockLine> more = parseLock(cursor.peek(), legacyEra);
      if (more.isEmpty() || !sameLock(lock, more.get()) || more.get().sites().isEmpty()) {
        break;
      }
      cursor.next();
      lock = lock.withSite(more.get().sites().get(0));
    }
    return Optional.of(lock);
  }

  static boolean withoutSite(Optional<LockLine> lock) {
    return lock.map(l -> l.sites().isEmpty()).orElse(true);
  }

  /**
   * A LOCK line that a mail client wrapped ({@code ..., at:} / {@code sym+0x0/0x10}): the text at
   * the cursor joined with the next line, when only the two together make a LOCK line with a site.
   */
  static Optional<LockLine> joinWrapped(LineCursor cursor, String text, boolean legacyEra) {
    Optional<ConsoleLine> next = cursor.peekAhead(1);
    if (next.isEmpty() || next.get().isBlank() || HeldLocksReader.HELD_ENTRY.matcher(next.get().text().trim()).matches()) {
      return Optional.empty();
    }
    String joined = text.trim() + " " + next.get().text().trim();
    return parseLockText(joined, cursor.peek().number(), legacyEra).filter(l -> !l.sites().isEmpty());
  }

  static boolean sameLock(LockLine a, LockLine b) {
    return a.name().equals(b.name()) && a.address().equals(b.address());
  }

  static Optional<LockLine> parseLock(ConsoleLine line, boolean legacyEra) {
    return parseLockText(line.text().trim(), line.number(), legacyEra);
  }

  static Optional<LockLine> parseLockText(String text, int number, boolean legacyEra) {
    Matcher m = LOCK.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<WaitTypes> wait =
        m.group(4) == null
            ? Optional.empty()
            : Optional.of(new WaitTypes(Numbers.saturatedInt(m.group(4)), Numbers.saturatedInt(m.group(5))));
    List<Frame> sites = new ArrayList<>();
    if (m.group(6) != null) {
      FrameParser.parseSite(m.group(6).trim(), number).ifPresent(sites::add);
    }
    return Optional.of(
        new LockLine(
            Optional.ofNullable(m.group(1)),
            new LockClassName(m.group(2)),
            Optional.of(UsageString.of(m.group(3), legacyEra)),
            wait,
            sites,
            number));
  }

  /** {@code lock} with the site of a continuation line of the same lock, if it has one. */
  static LockLine mergeSites(LockLine lock, LockLine continuation) {
    return continuation.sites().isEmpty() ? lock : lock.withSite(continuation.sites().get(0));
  }
}
