/**
 * The XHTML a template produced, read once into blocks: paragraphs, lists, tables and divisions
 * made of runs, each with the CSS classes the template gave it, and the document's metadata. A
 * writer that builds its own document (Word now; slides or HTML later) reads these instead of the
 * DOM, so walking XHTML is done, and its whitespace rules are decided, in one place.
 */
package se.vp.render.blocks;
