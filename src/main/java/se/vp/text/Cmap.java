package se.vp.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * A TrueType font's Unicode cmap subtable, as PDFBox chooses it: the glyph of each character. For
 * the characters a font has, only the file up to the end of that table is read, at most 55 kB of
 * the bundled fonts' 0.3–0.8 MB: reading them whole took a quarter of a second on every
 * vp:validate, parsing them with fontbox half a second. Formats 4 and 12, those the bundled fonts
 * use; FontsTest compares the result with fontbox's for each of them.
 */
final class Cmap {

  /** Platform and encoding ids in PDFBox's order: Unicode full, Windows UCS-4, Unicode BMP, Windows BMP, symbol. */
  private static final int[][] UNICODE = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}};

  /** A character and its glyph, as the cmap maps them. */
  interface Mapping {
    void map(int character, int glyph);
  }

  private Cmap() {}

  static BitSet characters(InputStream font) throws IOException {
    ByteBuffer header = append(ByteBuffer.allocate(0), font, 12);
    ByteBuffer directory = append(header, font, 16 * u16(header, 4));
    int record = record(directory, "cmap");
    ByteBuffer data = append(directory, font, directory.getInt(record + 8) + directory.getInt(record + 12)
        - directory.capacity());
    BitSet characters = new BitSet();
    glyphs(data, (character, glyph) -> characters.set(character));
    return characters;
  }

  /** Each character that has a glyph, with it, from a font file read up to the end of its cmap. */
  static void glyphs(ByteBuffer font, Mapping mapping) {
    int cmap = table(font, "cmap");
    int subtables = u16(font, cmap + 2);
    for (int[] wanted : UNICODE) {
      for (int i = 0; i < subtables; i++) {
        int encoding = cmap + 4 + 8 * i;
        if (u16(font, encoding) == wanted[0] && u16(font, encoding + 2) == wanted[1]) {
          subtable(font, cmap + font.getInt(encoding + 4), mapping);
          return;
        }
      }
    }
    throw new IllegalArgumentException("the font has no Unicode cmap");
  }

  /** Where a table of the font begins. */
  static int table(ByteBuffer font, String tag) {
    return font.getInt(record(font, tag) + 8);
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

  private static void subtable(ByteBuffer data, int at, Mapping mapping) {
    switch (u16(data, at)) {
      case 4 -> format4(data, at, mapping);
      case 12 -> format12(data, at, mapping);
      default -> throw new IllegalArgumentException("cmap format " + u16(data, at) + " is not read");
    }
  }

  /** Segments of character codes, each mapped by a delta or through an array of glyph ids. */
  private static void format4(ByteBuffer data, int at, Mapping mapping) {
    int segments = u16(data, at + 6) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int offsets = deltas + 2 * segments;
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
          mapping.map(c, glyph & 0xFFFF);
        }
      }
    }
  }

  /** Groups of consecutive character codes mapped to consecutive glyphs. */
  private static void format12(ByteBuffer data, int at, Mapping mapping) {
    long groups = Integer.toUnsignedLong(data.getInt(at + 12));
    for (int i = 0; i < groups; i++) {
      int group = at + 16 + 12 * i;
      int first = data.getInt(group);
      int last = data.getInt(group + 4);
      int glyph = data.getInt(group + 8);
      for (int c = first; c <= last && c >= 0; c++) {
        if (glyph + (c - first) != 0) {
          mapping.map(c, glyph + (c - first));
        }
      }
    }
  }

  private static int u16(ByteBuffer data, int at) {
    return Short.toUnsignedInt(data.getShort(at));
  }
}
