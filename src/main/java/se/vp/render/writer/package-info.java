/**
 * The seam between running a template and writing a format: a {@link se.vp.render.writer.DocumentWriter}
 * is given the {@link se.vp.render.writer.TemplateOutput} of one handling and gives back its files.
 * A new output format is a writer and its registration in the renderer's registry of writers.
 */
package se.vp.render.writer;
