package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOCX depends on its inputs only: no JVM, operating system or docx4j version in its properties,
 * and two renders side by side give the same bytes (docx4j's static version lookup once raced and
 * wrote "Modified by docx4j null").
 */
class ReproducibleDocxTest {

  private static final List<String> DOCX = List.of("beslutsunderlag.docx", "sammanstallning.docx");

  @TempDir Path first;
  @TempDir Path second;

  @Test
  void writesTheSamePropertiesAndBytesFromTwoRendersInParallel() throws Exception {
    RenderProject one = RenderProject.create(first);
    RenderProject two = RenderProject.create(second);
    CompletableFuture<RenderResult> left = CompletableFuture.supplyAsync(() -> render(one));
    CompletableFuture<RenderResult> right = CompletableFuture.supplyAsync(() -> render(two));
    left.join();
    right.join();
    for (String name : DOCX) {
      byte[] docx = Files.readAllBytes(one.output.resolve(name));
      assertArrayEquals(docx, Files.readAllBytes(two.output.resolve(name)), name);
      String core = entry(docx, "docProps/core.xml");
      String app = entry(docx, "docProps/app.xml");
      for (String machine : List.of("docx4j", "Java", "java", System.getProperty("os.name"), "null")) {
        assertFalse(core.contains(machine), name + " core.xml names '" + machine + "': " + core);
        assertFalse(app.contains(machine), name + " app.xml names '" + machine + "': " + app);
      }
      String between = core.replaceAll("(?s).*<dc:creator>(.*)</dc:creator>.*", "$1")
          + " | " + core.replaceAll("(?s).*<cp:lastModifiedBy>(.*)</cp:lastModifiedBy>.*", "$1");
      assertEquals("Regional tillväxtnämnd | vp", between, core);
      assertTrue(core.contains("<dc:subject>" + (name.startsWith("beslut") ? "Beslutsunderlag: " : "Uppdrag, styrtal och"
          + " förslag i ") + "Verksamhetsplan med budget 2026"), core);
      assertTrue(core.contains("<dc:description>" + (name.startsWith("beslut") ? "Tjänsteskrivelse med förslag till"
          + " beslut om verksamhetsplan med budget 2026 för Regionala tillväxtnämnden." : "Förteckning över uppdrag från"
          + " fullmäktige, förvaltningens uppdrag, styrtal och förslag i verksamhetsplan med budget 2026")), core);
      assertEquals("""
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
          <Application>vp</Application><DocSecurity>0</DocSecurity></Properties>""", app, name);
    }
  }

  private static RenderResult render(RenderProject project) {
    try {
      return project.render();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in the document");
  }
}
