package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;

/**
 * Issue 14: a PNG of 30 000 × 30 000 pixels, under a megabyte as a file, ended in
 * OutOfMemoryError. A picture's size in pixels is read from its header before anything decodes
 * it, wherever a template names it.
 */
class ImageLimitsTest {

  private static final Duration SOON = Duration.ofSeconds(120);

  @TempDir Path folder;
  RenderProject project;

  @BeforeEach
  void createProject() throws IOException {
    project = RenderProject.create(folder);
  }

  private VpException failure() {
    return assertTimeoutPreemptively(SOON, () -> assertThrows(VpException.class, project::render));
  }

  @Test
  void refusesAHugeLogotypeBeforeDecodingIt() throws IOException {
    Files.write(project.templates.resolve("logotyp.png"), blankPng(30_000, 30_000));
    VpException e = failure();
    assertEquals("templates/logotyp.png: fel: bilden är 30000 × 30000 bildpunkter; högst 4000 × 4000 går"
        + " – spara bilden mindre, i den storlek den visas [VP306]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void refusesAHugePictureInATemplate() throws IOException {
    Files.write(project.templates.resolve("stor.png"), blankPng(30_000, 30_000));
    project.edit("templates/sammanstallning.ftlx", "<h1>Sammanställning", "<img src=\"stor.png\" alt=\"\"/><h1>Sammanställning");
    VpException e = failure();
    assertEquals(Code.VP306, e.diagnostic().code());
    project.assertOutputUntouched();
  }

  /** A picture written into the template is refused as any resource from outside templates/, undecoded. */
  @Test
  void refusesAHugePictureWrittenIntoATemplateAsData() throws IOException {
    String data = Base64.getEncoder().encodeToString(blankPng(30_000, 30_000));
    project.edit("templates/sammanstallning.ftlx", "<h1>Sammanställning",
        "<img src=\"data:image/png;base64," + data + "\" alt=\"\"/><h1>Sammanställning");
    VpException e = failure();
    assertEquals(Code.VP302, e.diagnostic().code());
    assertTrue(e.diagnostic().format().startsWith("templates/sammanstallning.ftlx: fel: mallen hämtar data:image/png;"),
        e.diagnostic().format());
    assertTrue(e.diagnostic().format().length() < 400, "the finding names the resource, not its megabyte");
    project.assertOutputUntouched();
  }

  /** A grey PNG of any size, written without holding its pixels: each row compresses to a few bytes. */
  static byte[] blankPng(int width, int height) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(file);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {8, 0, 0, 0, 0});
    chunk(out, "IHDR", header.toByteArray());
    ByteArrayOutputStream pixels = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(9))) {
      byte[] row = new byte[width + 1];
      for (int y = 0; y < height; y++) {
        deflate.write(row);
      }
    }
    chunk(out, "IDAT", pixels.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return file.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
