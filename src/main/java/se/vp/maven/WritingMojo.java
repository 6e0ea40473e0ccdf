package se.vp.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that writes into output/ through the templates: vp:render and vp:diff. */
abstract class WritingMojo extends VpMojo {

  @Parameter(property = "vp.templates", defaultValue = "${project.basedir}/templates")
  protected File templates;

  @Parameter(property = "vp.output", defaultValue = "${project.basedir}/output")
  protected File output;
}
