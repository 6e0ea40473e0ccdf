package se.vp.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;

/** Turns a file's bytes into text: strict UTF-8, a BOM tolerated with a warning. */
final class SourceText {

  private SourceText() {}

  static Optional<String> decode(byte[] bytes, String file, Diagnostics out) {
    if (bytes.length > SourceLimits.MAX_FILE_BYTES) {
      out.report(Code.VP005, Location.ofFile(file),
          "filen är " + bytes.length + " byte; en fil i plan-source får vara högst "
              + SourceLimits.MAX_FILE_BYTES + " byte");
      return Optional.empty();
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      out.report(Code.VP002, new Location(file, 1, 1),
          "filen är sparad som UTF-16", Optional.of("spara den som UTF-8"));
      return Optional.empty();
    }
    int start = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      out.report(Code.VP003, new Location(file, 1, 1),
          "filen börjar med ett BOM-tecken", Optional.of("spara den som UTF-8 utan BOM"));
      start = 3;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer text = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, text, true);
    if (result.isError()) {
      int offset = input.position();
      out.report(Code.VP002, locate(bytes, start, offset, file),
          String.format("byten 0x%02X är inte giltig UTF-8", bytes[offset] & 0xFF),
          Optional.of("spara filen som UTF-8"));
      return Optional.empty();
    }
    try {
      decoder.flush(text);
    } catch (IllegalStateException e) {
      throw new AssertionError(e);
    }
    text.flip();
    return refuseControlCharacters(text.toString(), file, out);
  }

  /**
   * YAML forbids control characters (apart from tab and line breaks); the engine then fails
   * without a position, so they are found here where the line and column are known.
   */
  private static Optional<String> refuseControlCharacters(String text, String file, Diagnostics out) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        if (c < 0x20 && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F && c != 0x85
            || c == 0xFFFE || c == 0xFFFF) {
          out.report(Code.VP006, new Location(file, line, column),
              String.format("otillåtet tecken U+%04X", c), Optional.of("ta bort tecknet"));
          return Optional.empty();
        }
        column++;
      }
      i += Character.charCount(c);
    }
    return Optional.of(text);
  }

  private static Location locate(byte[] bytes, int start, int offset, String file) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    try {
      column = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart))
          .codePoints().toArray().length + 1;
    } catch (CharacterCodingException e) {
      // The bytes before the first bad one decode; if not, the line is still right.
    }
    return new Location(file, line, column);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
