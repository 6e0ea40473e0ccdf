package se.vp.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** SHA-256 of bytes, files and folders: what tells a render that its input did not change. */
final class Hashes {

  private static volatile String codeHash;

  private Hashes() {}

  /** One per thread, reused: looking a digest up in the security providers costs more than a small file's hash. */
  private static final ThreadLocal<MessageDigest> REUSED = ThreadLocal.withInitial(Hashes::sha256);

  /** The SHA-256 of bytes, with this thread's digest. */
  static byte[] digest(byte[] bytes) {
    return REUSED.get().digest(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  static Optional<String> ofFile(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return Optional.of(hex(digest));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  /** Adds a name and its bytes, so that moving bytes from one file to another changes the hash. */
  static void add(MessageDigest digest, String name, byte[] bytes) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    digest.update(longBytes(nameBytes.length));
    digest.update(nameBytes);
    digest.update(longBytes(bytes.length));
    digest.update(bytes);
  }

  /** Every file below a folder, by its relative path and its bytes; a missing folder adds nothing. */
  static void addFolder(MessageDigest digest, Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    for (Path file : files) {
      add(digest, folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
  }

  /** vp's own code: its jar, or its classes folder when run from a build. A new vp renders anew. */
  static String code() {
    if (codeHash == null) {
      try {
        Path location = Path.of(Hashes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        MessageDigest digest = sha256();
        if (Files.isDirectory(location)) {
          addFolder(digest, location);
        } else {
          add(digest, "vp", Files.readAllBytes(location));
        }
        codeHash = hex(digest);
      } catch (IOException | URISyntaxException | RuntimeException e) {
        // Without a place to hash, no render is ever taken as up to date.
        codeHash = "okänd-" + System.nanoTime();
      }
    }
    return codeHash;
  }

  private static byte[] longBytes(long value) {
    return java.nio.ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }
}
