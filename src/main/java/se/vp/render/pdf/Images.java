package se.vp.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/**
 * A picture a template shows, such as the region's logotype, checked before the PDF writer
 * decodes it: a small file can hold a picture of billions of pixels, which decoded would exhaust
 * the build's memory. Its size in pixels is read from its header only.
 */
final class Images {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_SIDE = 4000;

  private Images() {}

  /** What is wrong with the picture, if anything: too large a file, too many pixels, or no picture. */
  static Optional<Diagnostic> check(Path image, Path templates, String displayFolder) {
    String name = displayFolder + "/" + templates.relativize(image.toAbsolutePath().normalize()).toString().replace('\\', '/');
    try {
      if (!Files.isRegularFile(image)) {
        return Optional.empty();
      }
      if (Files.size(image) > MAX_BYTES) {
        return problem(name, "bilden är " + Files.size(image) / 1024 / 1024 + " MB; högst " + MAX_BYTES / 1024 / 1024
            + " MB går", "spara bilden mindre, till exempel som PNG i den storlek den visas");
      }
      try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
          return problem(name, "filen är ingen bild som PDF:en kan visa", "spara bilden som PNG eller JPEG");
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(in, true, true);
          int width = reader.getWidth(0);
          int height = reader.getHeight(0);
          if (width > MAX_SIDE || height > MAX_SIDE) {
            return problem(name, "bilden är " + width + " × " + height + " bildpunkter; högst " + MAX_SIDE + " × "
                + MAX_SIDE + " går", "spara bilden mindre, i den storlek den visas");
          }
        } finally {
          reader.dispose();
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return problem(name, "bilden kan inte läsas", "spara bilden på nytt som PNG eller JPEG");
    }
  }

  private static Optional<Diagnostic> problem(String name, String message, String suggestion) {
    return Optional.of(new Diagnostic(Location.ofFile(name), Severity.FEL, Code.VP306, message, Optional.of(suggestion)));
  }
}
