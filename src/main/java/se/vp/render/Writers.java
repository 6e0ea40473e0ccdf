package se.vp.render;

import jakarta.xml.bind.JAXBException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import se.vp.diagnostic.Diagnostic;
import se.vp.render.pdf.PdfWriter;
import se.vp.render.pptx.PptxWriter;
import se.vp.render.webb.WebWriter;
import se.vp.render.word.DocxWriter;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.xhtml.XhtmlWriter;

/**
 * The registry of document writers: which a render runs, in which order, and which handlingar each
 * takes. A new output format is its writer and one registration here.
 */
final class Writers {

  /** A writer and the handlingar it takes. */
  private record Registration(DocumentWriter writer, Set<Handling> handlingar) {}

  private final List<Registration> registrations;
  private final boolean webb;
  private final boolean documents;

  private Writers(List<Registration> registrations, boolean webb, boolean documents) {
    this.registrations = List.copyOf(registrations);
    this.webb = webb;
    this.documents = documents;
  }

  static Writers of(RenderRequest request, String templatesDisplay) {
    List<Registration> registrations = new ArrayList<>();
    if (request.documents()) {
      registrations.addAll(documents(request, templatesDisplay));
    }
    if (request.webb()) {
      // Pages for a browser, and quick to write: vp:serve's first step writes them too.
      registrations.add(new Registration(new WebWriter(request.templates(), templatesDisplay),
          EnumSet.of(Handling.WEBB)));
    }
    if (request.xhtml()) {
      registrations.add(new Registration(new XhtmlWriter(), request.webb() ? EnumSet.allOf(Handling.class)
          : EnumSet.complementOf(EnumSet.of(Handling.WEBB))));
    }
    return new Writers(registrations, request.webb(), request.documents());
  }

  /** The writers of the documents that are sent: PDF, DOCX and PPTX. */
  private static List<Registration> documents(RenderRequest request, String templatesDisplay) {
    // The web edition is pages for a browser, not a document to print or edit.
    Set<Handling> documents = EnumSet.complementOf(EnumSet.of(Handling.WEBB));
    List<Registration> registrations = new ArrayList<>(List.of(
        new Registration(new PdfWriter(request.templates(), templatesDisplay, request.previews()), documents),
        // The deck is edited as a PowerPoint, not as a Word document.
        new Registration(new DocxWriter(request.templates(), templatesDisplay),
            EnumSet.of(Handling.SAMMANSTALLNING, Handling.BESLUTSUNDERLAG, Handling.ANDRINGAR))));
    if (request.pptx()) {
      // The deck as the förvaltning adjusts it the morning before the meeting.
      registrations.add(new Registration(new PptxWriter(request.templates(), templatesDisplay),
          EnumSet.of(Handling.BILDSPEL)));
    }
    return registrations;
  }

  /**
   * The handlingar of a plan whose templates a render runs: all, so that a template's mistake is
   * found even when no writer writes its handling, but the web edition's when it is left out.
   * Without the documents only those a writer takes: that is vp:serve's first step, which must be
   * quick, and the documents that follow it at once run every template.
   */
  List<Handling> ofPlan() {
    return Handling.OF_PLAN.stream().filter(h -> h != Handling.WEBB || webb)
        .filter(h -> documents || !taking(h).isEmpty()).toList();
  }

  /** The writers that take the handling, in the order they run. */
  List<DocumentWriter> taking(Handling handling) {
    return registrations.stream().filter(r -> r.handlingar().contains(handling)).map(Registration::writer).toList();
  }

  /** What the writers found in templates/ while writing. */
  List<Diagnostic> findings() {
    return registrations.stream().flatMap(r -> r.writer().findings().stream()).toList();
  }

  /** Every writer's name, in the order they run: the stages of the timings. */
  List<String> names() {
    return registrations.stream().map(r -> r.writer().name()).toList();
  }

  private static final AtomicReference<Thread> WARM = new AtomicReference<>();

  /**
   * Starts what takes long to start on a core of its own, before the plan is checked: docx4j's
   * JAXB contexts take seconds the first time. Once per process.
   */
  static void warmUp() {
    if (WARM.get() == null) {
      Thread warm = new Thread(() -> {
        try {
          DocxWriter.start();
          PptxWriter.start();
        } catch (JAXBException | RuntimeException | LinkageError e) {
          // The real write will meet and report whatever went wrong here.
        }
      }, "vp-docx4j-start");
      warm.setDaemon(true);
      if (WARM.compareAndSet(null, warm)) {
        warm.start();
      }
    }
  }

  /**
   * Waits for {@link #warmUp} to end, before a render returns: Maven closes the plugin's jars when
   * the goal ends, and the thread would fail loading its classes in front of the user.
   */
  static void awaitWarmUp() {
    Thread warm = WARM.get();
    if (warm == null) {
      return;
    }
    try {
      warm.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
