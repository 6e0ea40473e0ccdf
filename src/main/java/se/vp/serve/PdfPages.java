package se.vp.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import se.vp.render.pdf.Previews;

/**
 * Small pictures of the pages of the PDFs vp wrote, made when the browser asks for one and kept
 * while the PDF is the same: a save re-renders the documents, and only the pages in view are drawn.
 */
final class PdfPages {

  /** Wide enough to read a slide's heading at thumbnail size. */
  private static final float DPI = 40;
  /** The pictures kept: a deck and two documents of a few nämnder. */
  private static final int KEPT = 400;

  private record Key(Path pdf, long modified, long size, int page) {}

  private final Map<Key, byte[]> pictures = leastRecentlyUsedOut(KEPT);
  private final Map<Key, Integer> counts = leastRecentlyUsedOut(KEPT);

  private static <K, V> Map<K, V> leastRecentlyUsedOut(int kept) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > kept;
      }
    };
  }

  /** The number of pages of the PDF, 0 when it cannot be read. */
  synchronized int count(Path pdf, long modified, long size) {
    return counts.computeIfAbsent(new Key(pdf, modified, size, 0), k -> {
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        return document.getNumberOfPages();
      } catch (IOException e) {
        return 0;
      }
    });
  }

  /** Page {@code page} (from 1) as PNG, when the PDF has it. */
  Optional<byte[]> picture(Path pdf, long modified, long size, int page) {
    Key key = new Key(pdf, modified, size, page);
    synchronized (this) {
      byte[] kept = pictures.get(key);
      if (kept != null) {
        return Optional.of(kept);
      }
    }
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      if (page < 1 || page > document.getNumberOfPages()) {
        return Optional.empty();
      }
      byte[] bytes = Previews.picture(new PDFRenderer(document), page - 1, DPI);
      synchronized (this) {
        pictures.put(key, bytes);
      }
      return Optional.of(bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
