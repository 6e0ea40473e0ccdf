package se.vp.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Objects in git's pack files (version 2 pack indexes, deltas against an offset or an id), read
 * for the commit and the few trees on the way to plan-source: after a clone or a pull every
 * object is packed, and starting JGit to read them cost an unchanged render more than it saves.
 * Packs come with a checkout a pull request made: every read is bounded (an object's size, the
 * bytes a delta chain may inflate, its depth), and the caller checks the result against its id.
 */
final class PackFiles {

  /** git writes chains of at most 50 deltas unless told otherwise. */
  private static final int MAX_DEPTH = 64;
  /** What one object's chain of deltas may inflate in all. */
  private static final int MAX_CHAIN_BYTES = 16 << 20;
  private static final int MAX_PACKS = 1000;
  private static final int OBJ_OFS_DELTA = 6;
  private static final int OBJ_REF_DELTA = 7;

  /** An object's type (1 commit, 2 tree, 3 blob, 4 tag) and content. */
  record Found(int type, byte[] content) {}

  private final List<Path> indexes;

  private PackFiles(List<Path> indexes) {
    this.indexes = indexes;
  }

  /** The packs in an objects folder: each .idx beside its .pack, no link among them. */
  static PackFiles in(Path objects) throws IOException {
    Path folder = objects.resolve("pack");
    List<Path> indexes = new ArrayList<>();
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "pack-*.idx")) {
        for (Path file : files) {
          if (indexes.size() == MAX_PACKS) {
            throw new IOException("more packs than vp reads");
          }
          if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            indexes.add(file);
          }
        }
      }
    }
    indexes.sort(null);
    return new PackFiles(indexes);
  }

  /** The object from whichever pack holds it; Elsewhere when none does (an alternate's, say). */
  Found read(String id) throws IOException, GitObjects.Elsewhere {
    byte[] name = HexFormat.of().parseHex(id);
    for (Path index : indexes) {
      long offset = offset(index, name);
      if (offset >= 0) {
        Path pack = index.resolveSibling(index.getFileName().toString().replaceFirst("\\.idx$", ".pack"));
        if (!Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS)) {
          throw new GitObjects.Elsewhere();
        }
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.READ)) {
          return new Reader(channel, index).at(offset, 0);
        }
      }
    }
    throw new GitObjects.Elsewhere();
  }

  /** Where the object starts in the pack of a version 2 index, or -1 when the index does not name it. */
  private static long offset(Path index, byte[] name) throws IOException, GitObjects.Elsewhere {
    try (FileChannel channel = FileChannel.open(index, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer header = read(channel, 0, 8 + 1024);
      if (header.getInt(0) != 0xff744f63 || header.getInt(4) != 2) {
        throw new GitObjects.Elsewhere(); // a version 1 index, from a git of before 2008
      }
      int first = name[0] & 0xff;
      long count = Integer.toUnsignedLong(header.getInt(8 + 255 * 4));
      long low = first == 0 ? 0 : Integer.toUnsignedLong(header.getInt(8 + (first - 1) * 4));
      long high = Integer.toUnsignedLong(header.getInt(8 + first * 4));
      if (count > (size - 1032) / 28 || low > high || high > count) {
        throw new IOException(index + " is not a pack index as git writes it");
      }
      while (low < high) {
        long middle = (low + high) >>> 1;
        ByteBuffer entry = read(channel, 1032 + 20 * middle, 20);
        int compared = Arrays.compareUnsigned(entry.array(), 0, 20, name, 0, 20);
        if (compared == 0) {
          long offset = Integer.toUnsignedLong(read(channel, 1032 + 24 * count + 4 * middle, 4).getInt(0));
          if ((offset & 0x80000000L) != 0) {
            offset = read(channel, 1032 + 28 * count + 8 * (offset & 0x7fffffffL), 8).getLong(0);
          }
          return offset;
        }
        if (compared < 0) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return -1;
    }
  }

  private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (position < 0 || channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("a pack file ends early");
      }
    }
    return buffer.flip();
  }

  /** One object's chain of deltas in one pack, within its budget of inflated bytes. */
  private static final class Reader {
    private final FileChannel pack;
    private final Path index;
    private long budget = MAX_CHAIN_BYTES;

    Reader(FileChannel pack, Path index) {
      this.pack = pack;
      this.index = index;
    }

    Found at(long offset, int depth) throws IOException, GitObjects.Elsewhere {
      if (depth > MAX_DEPTH) {
        throw new IOException("a chain of deltas deeper than git writes");
      }
      long available = pack.size() - offset;
      ByteBuffer head = read(pack, offset, (int) Math.min(32, Math.max(available, 0)));
      int at = 0;
      int c = head.get(at++) & 0xff;
      int type = (c >> 4) & 7;
      long size = c & 15;
      for (int shift = 4; (c & 0x80) != 0; shift += 7) {
        c = head.get(at++) & 0xff;
        if (shift > 28) {
          throw new IOException("an object larger than vp reads");
        }
        size |= (long) (c & 0x7f) << shift;
      }
      if (type == OBJ_OFS_DELTA) {
        c = head.get(at++) & 0xff;
        long back = c & 0x7f;
        while ((c & 0x80) != 0) {
          c = head.get(at++) & 0xff;
          back = ((back + 1) << 7) | (c & 0x7f);
          if (back > offset) {
            break;
          }
        }
        if (back <= 0 || back > offset) {
          throw new IOException("a delta whose base lies outside its pack");
        }
        byte[] delta = inflate(offset + at, size);
        return apply(at(offset - back, depth + 1), delta);
      }
      if (type == OBJ_REF_DELTA) {
        if (head.limit() < at + 20) {
          throw new IOException("a pack file ends early");
        }
        byte[] base = Arrays.copyOfRange(head.array(), at, at + 20);
        long baseOffset = offset(index, base);
        if (baseOffset < 0) {
          throw new GitObjects.Elsewhere(); // a thin pack's base, which only JGit would look for
        }
        byte[] delta = inflate(offset + at + 20, size);
        return apply(at(baseOffset, depth + 1), delta);
      }
      if (type < 1 || type > 4) {
        throw new IOException("an object of a type git does not write");
      }
      return new Found(type, inflate(offset + at, size));
    }

    private byte[] inflate(long position, long size) throws IOException, GitObjects.Elsewhere {
      if (size > GitFiles.MAX_OBJECT_BYTES || size > budget) {
        throw new GitObjects.Elsewhere();
      }
      budget -= size;
      byte[] out = new byte[(int) size];
      Inflater inflater = new Inflater();
      try {
        int written = 0;
        ByteBuffer input = ByteBuffer.allocate(8192);
        long at = position;
        while (!inflater.finished()) {
          if (inflater.needsInput()) {
            input.clear();
            int n = pack.read(input, at);
            if (n <= 0) {
              throw new IOException("a pack file ends early");
            }
            at += n;
            inflater.setInput(input.array(), 0, n);
          }
          int n = inflater.inflate(out, written, out.length - written);
          written += n;
          if (n == 0 && !inflater.finished() && !inflater.needsInput()) {
            throw new IOException("an object larger than its pack says");
          }
        }
        if (written != out.length) {
          throw new IOException("an object smaller than its pack says");
        }
        return out;
      } catch (DataFormatException e) {
        throw new IOException("an object in a pack is not compressed as git does", e);
      } finally {
        inflater.end();
      }
    }

    /** git's delta: the sizes of base and result, then copies from the base and inserted bytes. */
    private Found apply(Found base, byte[] delta) throws IOException, GitObjects.Elsewhere {
      int[] at = {0};
      long baseSize = varint(delta, at);
      long size = varint(delta, at);
      if (baseSize != base.content().length) {
        throw new IOException("a delta against another base");
      }
      if (size > GitFiles.MAX_OBJECT_BYTES || size > budget) {
        throw new GitObjects.Elsewhere();
      }
      budget -= size;
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
      byte[] from = base.content();
      while (at[0] < delta.length) {
        int op = delta[at[0]++] & 0xff;
        if ((op & 0x80) != 0) {
          long offset = 0;
          long length = 0;
          for (int i = 0; i < 4; i++) {
            if ((op & (1 << i)) != 0) {
              offset |= (long) (byteAt(delta, at) & 0xff) << (8 * i);
            }
          }
          for (int i = 0; i < 3; i++) {
            if ((op & (0x10 << i)) != 0) {
              length |= (long) (byteAt(delta, at) & 0xff) << (8 * i);
            }
          }
          if (length == 0) {
            length = 0x10000;
          }
          if (offset + length > from.length || out.size() + length > size) {
            throw new IOException("a delta copies from outside its base");
          }
          out.write(from, (int) offset, (int) length);
        } else if (op != 0) {
          if (at[0] + op > delta.length || out.size() + op > size) {
            throw new IOException("a delta inserts more than it holds");
          }
          out.write(delta, at[0], op);
          at[0] += op;
        } else {
          throw new IOException("a delta with an instruction git does not write");
        }
      }
      if (out.size() != size) {
        throw new IOException("a delta makes another size than it says");
      }
      return new Found(base.type(), out.toByteArray());
    }

    private static byte byteAt(byte[] bytes, int[] at) throws IOException {
      if (at[0] >= bytes.length) {
        throw new IOException("a delta ends early");
      }
      return bytes[at[0]++];
    }

    private static long varint(byte[] bytes, int[] at) throws IOException {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        if (shift > 35) {
          throw new IOException("a delta's size larger than vp reads");
        }
        int c = byteAt(bytes, at) & 0xff;
        value |= (long) (c & 0x7f) << shift;
        if ((c & 0x80) == 0) {
          return value;
        }
      }
    }
  }
}
