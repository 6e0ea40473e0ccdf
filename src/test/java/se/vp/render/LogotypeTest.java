package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.PdfConformance;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;

/**
 * The region's logotype: templates/logotyp.png on every slide, as page furniture; a file that is
 * no picture, or a picture too large to decode safely, stops the render with its name.
 */
class LogotypeTest {

  @TempDir Path folder;
  RenderProject project;

  @BeforeEach
  void createProject() throws IOException {
    project = RenderProject.create(folder);
  }

  @Test
  void standsOnEverySlideAsFurnitureAndKeepsTheDeckAccessible() throws Exception {
    BufferedImage logo = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D graphics = logo.createGraphics();
    graphics.setColor(new Color(0x0b3d5c));
    graphics.fillRect(0, 20, 80, 60);
    graphics.dispose();
    ImageIO.write(logo, "png", project.templates.resolve("logotyp.png").toFile());
    project.render();
    byte[] pdf = Files.readAllBytes(project.output.resolve("bildspel.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        assertTrue(hasImage(page.getResources()), "a slide without the logotype");
      }
    }
    PdfConformance.assertConforms(pdf, "bildspel.pdf");
  }

  @Test
  void refusesAPictureOfMorePixelsThanItCanSafelyDecode() throws IOException {
    ImageIO.write(new BufferedImage(5000, 10, BufferedImage.TYPE_BYTE_BINARY), "png",
        project.templates.resolve("logotyp.png").toFile());
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals("templates/logotyp.png: fel: bilden är 5000 × 10 bildpunkter; högst 4000 × 4000 går"
        + " – spara bilden mindre, i den storlek den visas [VP306]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void refusesAFileThatIsNoPicture() throws IOException {
    Files.writeString(project.templates.resolve("logotyp.png"), "<svg onload=alert(1)>");
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals(Code.VP306, e.diagnostic().code());
    assertEquals("filen är ingen bild som PDF:en kan visa", e.diagnostic().message());
    project.assertOutputUntouched();
  }

  /** The page's own images, or those of the forms it draws. */
  private static boolean hasImage(PDResources resources) throws IOException {
    for (COSName name : resources.getXObjectNames()) {
      Object object = resources.getXObject(name);
      if (object instanceof PDImageXObject
          || object instanceof PDFormXObject form && form.getResources() != null && hasImage(form.getResources())) {
        return true;
      }
    }
    return false;
  }
}
