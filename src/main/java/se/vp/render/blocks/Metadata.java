package se.vp.render.blocks;

/**
 * What the XHTML says about the document rather than in it: the title, the author, subject,
 * description and marking (meta name="author", "subject", "description" and "vp:markering"; empty
 * when not given), and the text of the running header and footer (the elements with class sidhuvud
 * and sidfot), which a paged format repeats on every page.
 */
public record Metadata(String title, String author, String subject, String description, String marking, String header,
    String footer) {}
