package se.vp.render.pdf;

import se.vp.diagnostic.VpException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/** PNG pictures of a PDF's pages, small enough to glance at in a pull request or in vp:serve's page. */
public final class Previews {

  static final float DPI = 50;

  private Previews() {}

  static List<byte[]> pages(byte[] pdf) throws VpException {
    List<byte[]> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        pages.add(picture(renderer, page, DPI));
      }
      return pages;
    } catch (IOException e) {
      throw new VpException(new Diagnostic(Location.ofFile("output"), Severity.FEL, Code.VP303,
          "förhandsvisningen kan inte skapas", Optional.empty()), e);
    }
  }

  /** One page, from 0, as PNG at the resolution given. */
  public static byte[] picture(PDFRenderer renderer, int page, float dpi) throws IOException {
    BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }
}
