package se.vp.render.webb;

import java.util.Set;

/**
 * HTML5 text written by hand, for deterministic bytes: elements with explicit end tags except the
 * void ones, text and attribute values escaped as the HTML syntax needs.
 */
final class Html {

  static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "source", "track", "wbr");

  private final StringBuilder out = new StringBuilder();

  Html start(String name, String... attributes) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      attribute(attributes[i], attributes[i + 1]);
    }
    out.append('>');
    return this;
  }

  Html open(String name) {
    out.append('<').append(name);
    return this;
  }

  Html attribute(String name, String value) {
    out.append(' ').append(name).append("=\"").append(escape(value, true)).append('"');
    return this;
  }

  Html close() {
    out.append('>');
    return this;
  }

  Html end(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  Html element(String name, String text, String... attributes) {
    return start(name, attributes).text(text).end(name);
  }

  Html text(String text) {
    out.append(escape(text, false));
    return this;
  }

  /** Markup made elsewhere and already safe: the SVG of a diagram. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html line() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String escape(String text, boolean attribute) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append(attribute ? "&quot;" : "\"");
        case '\u00a0' -> escaped.append("&nbsp;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
