package se.vp.render.writer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;

/**
 * A file of templates/ that a writer copies or unpacks as it is (referens.docx, referens.pptx,
 * webb.css), read as a pull request may have left it: a link is refused, since the file it points
 * to would be published or unpacked (VP302), and so is anything but a regular file of at most
 * {@code maxBytes} (VP303). Nothing is followed on the way.
 */
public final class TemplateFile {

  private TemplateFile() {}

  /**
   * The file's bytes, or nothing when templates/ has no such file; {@code definite} names it in a
   * finding ("webbutgåvans stilmall"), {@code itself} in the hint ("stilmallen själv"). A file that
   * passes and still cannot be read is the IOException, for the caller to word.
   */
  public static Optional<byte[]> read(Path templates, String displayFolder, String file, String definite,
      String itself, int maxBytes) throws VpException, IOException {
    Path path = templates.resolve(file);
    Location at = Location.ofFile(displayFolder + "/" + file);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (attributes.isSymbolicLink()) {
      throw new VpException(new Diagnostic(at, Severity.FEL, Code.VP302, definite + " är en symbolisk länk, och länkar"
          + " i templates/ följs inte", Optional.of("lägg " + itself + " i templates/")), null);
    }
    if (!attributes.isRegularFile() || attributes.size() > maxBytes) {
      throw new VpException(new Diagnostic(at, Severity.FEL, Code.VP303, definite + (attributes.isRegularFile()
          ? " är större än " + (maxBytes >> 20) + " MiB" : " är ingen vanlig fil"), Optional.empty()), null);
    }
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(in.readNBytes(maxBytes));
    }
  }
}
