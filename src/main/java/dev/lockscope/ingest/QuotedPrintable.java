package dev.lockscope.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Undoes quoted-printable transfer encoding (RFC 2045) line by line, once the input shows it: a
 * run of {@code =3D} (an encoded {@code ====} line), a line ending in an encoded blank, or a soft
 * break at the encoding's width with escapes on the line. From then on a line ending in a single
 * {@code =} is joined with the next one (numbered as its first part) and {@code =XX} escapes are
 * decoded. Plain text never shows these marks: an encoded text has no bare {@code =}.
 */
final class QuotedPrintable {

  private static final int MAX_ENCODED_WIDTH = 76;
  /** Encoders break a long line a few characters before the limit at most. */
  private static final int MIN_BROKEN_WIDTH = 70;
  private static final int MAX_JOINED = 1 << 16;

  /** A decoded line and the input line number it starts at. */
  record Decoded(int number, String text, boolean changed) {}

  private boolean active;
  private int pendingNumber;
  private StringBuilder pending;

  /** Whether a soft-broken line waits for its rest. */
  boolean holdsPart() {
    return pending != null;
  }

  /** The decoded line that {@code raw} completes, or empty while a soft-broken line goes on. */
  Optional<Decoded> accept(int number, String raw) {
    active = active || shows(raw);
    if (!active) {
      return Optional.of(new Decoded(number, raw, false));
    }
    String joined = pending == null ? raw : pending + raw;
    int start = pending == null ? number : pendingNumber;
    if (softBreak(raw) && joined.length() < MAX_JOINED) {
      pendingNumber = start;
      pending = new StringBuilder(joined.substring(0, joined.length() - 1));
      return Optional.empty();
    }
    pending = null;
    String decoded = decode(joined);
    return Optional.of(new Decoded(start, decoded, start != number || !decoded.equals(joined)));
  }

  private static boolean shows(String raw) {
    if (raw.indexOf('=') < 0) {
      return false;
    }
    return raw.contains("=3D")
        || endsWithEncodedBlank(raw)
        || (softBreak(raw) && raw.length() >= MIN_BROKEN_WIDTH && raw.length() <= MAX_ENCODED_WIDTH);
  }

  /** A line ending in a blank that the encoding had to escape; a value like {@code count=20} is not one. */
  private static boolean endsWithEncodedBlank(String raw) {
    boolean blank = raw.endsWith("=20") || raw.endsWith("=09");
    return blank && (raw.length() == 3 || !Character.isLetterOrDigit(raw.charAt(raw.length() - 4)));
  }

  private static boolean softBreak(String raw) {
    return raw.endsWith("=") && !raw.endsWith("==");
  }

  /**
   * The text with every {@code =XX} escape decoded: as UTF-8 bytes, or as Latin-1 when they are
   * not UTF-8 (a mail in ISO-8859-1).
   */
  static String decode(String encoded) {
    if (encoded.indexOf('=') < 0) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      int hex = c == '=' ? hexPair(encoded, i + 1) : -1;
      if (hex >= 0) {
        bytes.write(hex);
        i += 2;
      } else {
        byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
      }
    }
    byte[] decoded = bytes.toByteArray();
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(decoded)).toString();
    } catch (CharacterCodingException e) {
      return new String(decoded, StandardCharsets.ISO_8859_1);
    }
  }

  private static int hexPair(String text, int at) {
    if (at + 1 >= text.length()) {
      return -1;
    }
    int high = Character.digit(text.charAt(at), 16);
    int low = Character.digit(text.charAt(at + 1), 16);
    boolean upper = !Character.isLowerCase(text.charAt(at)) && !Character.isLowerCase(text.charAt(at + 1));
    return high >= 0 && low >= 0 && upper ? high * 16 + low : -1;
  }
}
