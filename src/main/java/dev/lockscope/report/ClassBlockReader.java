package dev.lockscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads class blocks (spec section 2.11): a class's usage traces, key and acquisition trace. */
final class ClassBlockReader {

  private static final Pattern BLOCK_HEADER = Pattern.compile("^->\\s*(\\(.*)\\s\\{$");
  private static final Pattern USAGE_AT = Pattern.compile("^([A-Za-z_][A-Za-z_ \\-]*?) at:$");
  private static final Pattern KEY_AT = Pattern.compile("^\\.\\.\\. key\\s+at: (.*)$");
  private static final Pattern ACQUIRED_AT = Pattern.compile("^\\.\\.\\. acquired at:$");

  private ClassBlockReader() {}

  /**
   * Reads consecutive class blocks at the cursor, skipping blank lines between them; stops at the
   * first line that starts no block.
   */
  static List<ClassBlock> readClassBlocks(LineCursor cursor, boolean legacyEra) {
    List<ClassBlock> blocks = new ArrayList<>();
    while (!cursor.atEnd()) {
      if (cursor.peek().isBlank()) {
        cursor.skip();
        continue;
      }
      Matcher header = BLOCK_HEADER.matcher(cursor.peek().text().trim());
      if (!header.matches()) {
        break;
      }
      Optional<LockLine> lock = LockLineReader.parseLockText(header.group(1).trim(), cursor.peek().number(), legacyEra);
      if (lock.isEmpty()) {
        break;
      }
      cursor.next();
      blocks.add(readBody(cursor, lock.get()));
    }
    return blocks;
  }

  private static ClassBlock readBody(LineCursor cursor, LockLine lock) {
    List<UsageTrace> usages = new ArrayList<>();
    while (!cursor.atEnd()) {
      ForeignLines.skip(cursor);
      String text = cursor.peek().text().trim();
      Matcher usage = USAGE_AT.matcher(text);
      if (!usage.matches()) {
        break;
      }
      int line = cursor.next().number();
      usages.add(new UsageTrace(usage.group(1).trim(), TraceReader.readTrace(cursor), line));
    }
    ForeignLines.skip(cursor);
    if (!cursor.atEnd() && cursor.peek().text().trim().equals("}")) {
      cursor.next();
    }
    Optional<Frame> key = Optional.empty();
    if (!cursor.atEnd()) {
      Matcher keyAt = KEY_AT.matcher(cursor.peek().text().trim());
      if (keyAt.matches()) {
        key = FrameParser.parseSite(keyAt.group(1), cursor.next().number());
      }
    }
    Optional<StackTrace> acquired = Optional.empty();
    if (!cursor.atEnd() && ACQUIRED_AT.matcher(cursor.peek().text().trim()).matches()) {
      cursor.next();
      acquired = Optional.of(TraceReader.readTrace(cursor));
    }
    return new ClassBlock(lock, usages, key, acquired);
  }
}
