package dev.cluster.load;

import dev.cluster.model.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Characters no partnership file may hold: control characters other than tab and newline (an ESC or
 * NUL would reach the terminal, Markdown and the {@code .ics}), lone UTF-16 surrogates (no file can
 * be written with them) and the noncharacters U+FFFE and U+FFFF (which YAML refuses too). Also
 * where the first byte that is not UTF-8 lies.
 */
final class TextChecks {
  private TextChecks() {}

  /**
   * The index of the first refused character in {@code s}, or -1. Carriage returns count as line
   * ends.
   */
  static int refused(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (Character.isISOControl(c) || isNoncharacter(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** U+FFFE and U+FFFF, which Unicode keeps out of text (and YAML refuses). */
  private static boolean isNoncharacter(char c) {
    return c == '\uFFFE' || c == '\uFFFF';
  }

  /**
   * {@code text} with tabs as spaces and every other refused character as {@code ?}, safe to print.
   */
  static String printable(String text) {
    int bad = refused(text);
    if (bad < 0 && text.indexOf('\t') < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else {
        sb.append(
            c == '\t'
                ? ' '
                : Character.isISOControl(c) && c != '\n'
                        || Character.isSurrogate(c)
                        || isNoncharacter(c)
                    ? '?'
                    : c);
      }
    }
    return sb.toString();
  }

  /** {@code U+001B (a control character)}, for a message. */
  static String describe(char c) {
    String code = "U+" + String.format(Locale.ROOT, "%04X", (int) c);
    return code
        + (Character.isSurrogate(c)
            ? " (half of a UTF-16 pair, which is not a character)"
            : isNoncharacter(c)
                ? " (a noncharacter, which is not text)"
                : " (a control character)");
  }

  /** The message for a refused character found in a value. */
  static String message(char c, String where) {
    return where
        + " contains "
        + describe(c)
        + "; only printable text, tabs and line breaks are allowed: "
        + "delete it (it is often pasted in by accident)";
  }

  /** The offset of the first byte of {@code bytes} that is not UTF-8, or -1 when all of it is. */
  static int firstBadUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    return decoder.decode(in, out, true).isError() ? in.position() : -1;
  }

  /**
   * Line and column (in characters, counting from 1) of byte {@code offset} of UTF-8 {@code bytes}.
   */
  static Location at(String file, byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Location(file, line, column);
  }

  /** Line and column of character {@code offset} of {@code text}. */
  static Location at(String file, CharSequence text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new Location(file, line, column);
  }
}
