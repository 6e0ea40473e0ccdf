package se.vp.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;

/** {@code mvn vp:render}: checks the plan and renders the handlingar into output/. */
@Mojo(name = RenderMojo.GOAL, threadSafe = true, requiresProject = true)
public class RenderMojo extends VpMojo {

  static final String GOAL = "render";

  /** Also writes a PNG of every page into output/förhandsvisning/. */
  @Parameter(property = "vp.previews", defaultValue = "false")
  boolean previews;

  /** Also writes each template's XHTML (output/bildspel.xhtml …), for template authors. */
  @Parameter(property = "vp.xhtml", defaultValue = "false")
  boolean xhtml;

  /** Also writes the deck as PowerPoint (output/bildspel.pptx), from templates/referens.pptx. */
  @Parameter(property = "vp.pptx", defaultValue = "true")
  boolean pptx;

  /** Also writes the web edition, the plan as a website (output/webb/), for the region's own site. */
  @Parameter(property = "vp.webb", defaultValue = "true")
  boolean webb;

  /** Prints where the render spent its time, per stage. */
  @Parameter(property = "vp.timings", defaultValue = "false")
  boolean timings;

  /**
   * A branch, tag or commit with the plan this one started from (the last year's, say): the förslag
   * to change (ändra) in the tables "Förslag till nämnden" show the text they change from there, "Text
   * från VP-2025" beside "Förslag på text VP-2026". Without it they show the proposed text only.
   */
  @Parameter(property = "vp.base")
  String base;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() throws MojoFailureException {
    return Vp.render(new Vp.Render(project(), templates(), output(), previews, xhtml, pptx, webb, timings,
        sourceDate(), Optional.ofNullable(base).filter(b -> !b.isBlank())));
  }
}
