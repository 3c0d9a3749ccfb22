package dev.lockscope.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns any bytes into text: invalid UTF-8 becomes U+FFFD and control characters other than tab
 * and line breaks are dropped, so binary junk can never break the line grammar.
 */
public final class InputDecoder {

  private InputDecoder() {}

  public static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
    return dropControlCharacters(text);
  }

  private static String dropControlCharacters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t';
      if (control && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      } else if (!control && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
