package se.vp.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The characters a TrueType font has a glyph for, read from its Unicode cmap subtable as PDFBox
 * chooses it. Only the file up to the end of that table is read, at most 55 kB of the bundled
 * fonts' 0.3–0.8 MB: reading them whole took a quarter of a second on every vp:validate, parsing
 * them with fontbox half a second. Formats 4 and 12, those the bundled fonts use; FontsTest compares
 * the result with fontbox's for each of them.
 */
final class Cmap {

  /** Platform and encoding ids in PDFBox's order: Unicode full, Windows UCS-4, Unicode BMP, Windows BMP, symbol. */
  private static final int[][] UNICODE = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}};

  private Cmap() {}

  static BitSet characters(InputStream font) throws IOException {
    ByteBuffer header = append(ByteBuffer.allocate(0), font, 12);
    ByteBuffer directory = append(header, font, 16 * u16(header, 4));
    int record = record(directory, "cmap");
    int cmap = directory.getInt(record + 8);
    ByteBuffer data = append(directory, font, cmap + directory.getInt(record + 12) - directory.capacity());
    int subtables = u16(data, cmap + 2);
    for (int[] wanted : UNICODE) {
      for (int i = 0; i < subtables; i++) {
        int encoding = cmap + 4 + 8 * i;
        if (u16(data, encoding) == wanted[0] && u16(data, encoding + 2) == wanted[1]) {
          return subtable(data, cmap + data.getInt(encoding + 4));
        }
      }
    }
    throw new IllegalArgumentException("the font has no Unicode cmap");
  }

  private static ByteBuffer append(ByteBuffer start, InputStream font, int length) throws IOException {
    byte[] more = font.readNBytes(length);
    if (more.length < length) {
      throw new IOException("the font file ends early");
    }
    return ByteBuffer.allocate(start.capacity() + length).put(start.array()).put(more);
  }

  /** Where the table directory names the table: its tag, checksum, offset and length follow there. */
  private static int record(ByteBuffer directory, String tag) {
    int wanted = ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
    int tables = u16(directory, 4);
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (directory.getInt(record) == wanted) {
        return record;
      }
    }
    throw new IllegalArgumentException("the font has no " + tag + " table");
  }

  private static BitSet subtable(ByteBuffer data, int at) {
    return switch (u16(data, at)) {
      case 4 -> format4(data, at);
      case 12 -> format12(data, at);
      default -> throw new IllegalArgumentException("cmap format " + u16(data, at) + " is not read");
    };
  }

  /** Segments of character codes, each mapped by a delta or through an array of glyph ids. */
  private static BitSet format4(ByteBuffer data, int at) {
    int segments = u16(data, at + 6) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int offsets = deltas + 2 * segments;
    BitSet characters = new BitSet();
    for (int i = 0; i < segments; i++) {
      int start = u16(data, starts + 2 * i);
      int end = u16(data, ends + 2 * i);
      int delta = u16(data, deltas + 2 * i);
      int offset = u16(data, offsets + 2 * i);
      if (start == 0xFFFF || end == 0xFFFF) {
        continue;
      }
      for (int c = start; c <= end; c++) {
        int glyph = offset == 0 ? c + delta : u16(data, offsets + 2 * i + offset + 2 * (c - start));
        if (offset != 0 && glyph != 0) {
          glyph += delta;
        }
        if ((glyph & 0xFFFF) != 0) {
          characters.set(c);
        }
      }
    }
    return characters;
  }

  /** Groups of consecutive character codes mapped to consecutive glyphs. */
  private static BitSet format12(ByteBuffer data, int at) {
    long groups = Integer.toUnsignedLong(data.getInt(at + 12));
    BitSet characters = new BitSet();
    for (int i = 0; i < groups; i++) {
      int group = at + 16 + 12 * i;
      int first = data.getInt(group);
      int last = data.getInt(group + 4);
      int glyph = data.getInt(group + 8);
      characters.set(glyph == 0 ? first + 1 : first, last + 1);
    }
    return characters;
  }

  private static int u16(ByteBuffer data, int at) {
    return Short.toUnsignedInt(data.getShort(at));
  }
}
