package dev.lockscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a held-locks list (spec section 2.7): its count line and its {@code #i:} entries. */
final class HeldLocksReader {

  static final Pattern HELD_HEADER =
      Pattern.compile("^(?:no locks held by (.+)\\.|(\\d{1,5}) locks? held by (.+):)$");
  static final Pattern HELD_ENTRY = Pattern.compile("^#(\\d{1,5}):\\s*(.*)$");
  /** Another site of the entry above, printed as a fragment of its own: {@code , at: func+0x1/0x2}. */
  private static final Pattern SITE_FRAGMENT = Pattern.compile("^,\\s*at: (.*)$");

  private HeldLocksReader() {}

  /** Reads a held-locks list if its header is at most {@code window} lines ahead. */
  static Optional<HeldLocks> readHeldLocks(LineCursor cursor, int window, boolean legacyEra) {
    Optional<Matcher> header = cursor.seek(HELD_HEADER, window);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = header.get();
    int line = cursor.lineNumber();
    if (m.group(1) != null) {
      return Optional.of(new HeldLocks(TaskRef.parse(m.group(1)), 0, List.of(), true, line));
    }
    int count = Numbers.saturatedInt(m.group(2));
    List<HeldLock> locks = readEntries(cursor, legacyEra);
    boolean complete = locks.size() >= count || !cursor.atEnd();
    return Optional.of(new HeldLocks(TaskRef.parse(m.group(3)), count, locks, complete, line));
  }

  private static void addSite(List<HeldLock> locks, String site, int line) {
    HeldLock last = locks.get(locks.size() - 1);
    FrameParser.parseSite(site.trim(), line)
        .ifPresent(frame -> locks.set(locks.size() - 1, new HeldLock(last.index(), last.lock().withSite(frame))));
  }

  private static List<HeldLock> readEntries(LineCursor cursor, boolean legacyEra) {
    List<HeldLock> locks = new ArrayList<>();
    while (!cursor.atEnd()) {
      Matcher fragment = SITE_FRAGMENT.matcher(cursor.peek().text().trim());
      if (fragment.matches() && !locks.isEmpty()) {
        addSite(locks, fragment.group(1), cursor.next().number());
        continue;
      }
      Matcher entry = HELD_ENTRY.matcher(cursor.peek().text().trim());
      if (!entry.matches()) {
        break;
      }
      int index = Numbers.saturatedInt(entry.group(1));
      Optional<LockLine> lock = LockLineReader.parseLockText(entry.group(2).trim(), cursor.peek().number(), legacyEra);
      Optional<LockLine> wrapped =
          LockLineReader.withoutSite(lock) ? LockLineReader.joinWrapped(cursor, entry.group(2), legacyEra) : Optional.empty();
      if (wrapped.isPresent()) {
        cursor.next();
        lock = wrapped;
      }
      if (lock.isEmpty()) {
        break;
      }
      cursor.next();
      HeldLock previous = locks.isEmpty() ? null : locks.get(locks.size() - 1);
      if (previous != null && previous.index() == index && LockLineReader.sameLock(previous.lock(), lock.get())) {
        locks.set(locks.size() - 1, new HeldLock(index, LockLineReader.mergeSites(previous.lock(), lock.get())));
      } else {
        locks.add(new HeldLock(index, lock.get()));
      }
    }
    return locks;
  }
}
