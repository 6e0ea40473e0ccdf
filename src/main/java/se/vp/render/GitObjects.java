package se.vp.render;

import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;

/** What naming plan-source's commit needs of a repository: HEAD, and objects by their id. */
interface GitObjects {

  /** Beyond what this reader reads: the caller asks another. */
  final class Elsewhere extends Exception {
    Elsewhere() {
      super(null, null, false, false);
    }
  }

  /** The commit HEAD names; empty on a branch without a commit yet. */
  Optional<String> head() throws IOException, Elsewhere;

  /** An object's content without git's header, checked to be of the type. */
  byte[] object(String id, String type) throws IOException, Elsewhere;

  /** The id git gives bytes that start with their header ("blob 12\0…"). */
  static String id(byte[] withHeader) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(withHeader));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
  }

  /** The id of an object of a type with the content. */
  static String id(String type, byte[] content) {
    byte[] header = (type + " " + content.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] whole = java.util.Arrays.copyOf(header, header.length + content.length);
    System.arraycopy(content, 0, whole, header.length, content.length);
    return id(whole);
  }
}
