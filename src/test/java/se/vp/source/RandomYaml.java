package se.vp.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random YAML files as editors write them, and worse: block and flow collections, every scalar
 * style, texts that need quotes, odd indentation, and comments anywhere a comment may stand, at
 * any column, with and without blank lines. Each comment's text is unique, so a test can check
 * that every one survives.
 */
final class RandomYaml {

  private static final List<String> KEYS = List.of("nr", "text", "mottagare", "beslut", "förslag", "av", "år", "typ",
      "x", "zeta", "a b", "4.2", "true", "k-1", "ö");
  private static final List<String> TEXTS = List.of("plain text", "4.2", "4.1.1", "3.0", "151.3", "16503", "-2.3",
      "true", "null", "", "~", "2025-06-17", "a: b", "a #b", "ends:", "- dash", "-x", "#hash", "'quote", "\"dq", "[x]",
      "{y}", "&a", "*b", "!t", "%p", "@at", "`bt", "|pipe", ">gt", "?q", ":colon", "x,y", " lead", "trail ",
      "tab\there", "line\nbreak", "back\\slash", "å ä ö", "…", "0x1F", ".inf", "yes", "---", "...", "a\"b'c",
      "(paren?)", "x".repeat(300), "nbsp\u00a0x", "a:b", "a#b", "50 %", "- ", "?", ":", "-");
  private static final List<String> PLAIN = List.of("plain", "4.2", "3.0", "151.3", "16503", "-2.3", "true", "false",
      "null", "~", "2025-06-17", "-x", "x,y", "a:b", "a#b", "Att främja", "4.1.1", "0x1F", "(paren?)", "");

  private final Random random;
  private final StringBuilder out = new StringBuilder();
  private final List<String> comments = new ArrayList<>();

  private RandomYaml(long seed) {
    random = new Random(seed);
  }

  /** A file whose top is a mapping, as every file of plan-source. */
  static RandomYaml file(long seed) {
    RandomYaml yaml = new RandomYaml(seed);
    yaml.document();
    return yaml;
  }

  String text() {
    return out.toString();
  }

  /** The texts of the comments in the file, each unique. */
  List<String> comments() {
    return comments;
  }

  private void document() {
    if (random.nextInt(8) == 0) {
      out.append("---").append(random.nextBoolean() ? " " + comment() : "").append('\n');
    }
    comments(0);
    mapping(0, 0, null);
    comments(0);
    if (random.nextInt(10) == 0) {
      out.append("...\n");
    }
    String text = out.toString();
    if (random.nextInt(10) == 0) {
      text = text.replace("\n", "\r\n");
    }
    if (random.nextInt(20) == 0) {
      text = "\uFEFF" + text;
    }
    out.setLength(0);
    out.append(text);
  }

  private String comment() {
    String text = "c" + comments.size();
    comments.add(text);
    return "# " + text;
  }

  private void comments(int indent) {
    while (random.nextInt(5) == 0) {
      if (random.nextInt(4) == 0) {
        out.append('\n');
      }
      out.append(" ".repeat(Math.max(0, indent + random.nextInt(7) - 3))).append(comment()).append('\n');
    }
  }

  private String endOfLine() {
    return random.nextInt(5) == 0 ? " " + comment() : "";
  }

  private String scalar() {
    if (random.nextBoolean()) {
      return PLAIN.get(random.nextInt(PLAIN.size()));
    }
    String text = TEXTS.get(random.nextInt(TEXTS.size()));
    if (random.nextBoolean() && !text.contains("\n") && !text.contains("\t")) {
      return "'" + text.replace("'", "''") + "'";
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  private String key() {
    String key = KEYS.get(random.nextInt(KEYS.size()));
    return random.nextInt(4) == 0 ? "\"" + key + "\"" : key;
  }

  private String flow(int depth) {
    int kind = depth > 2 ? 2 : random.nextInt(3);
    List<String> parts = new ArrayList<>();
    if (kind == 0) {
      Set<String> used = new HashSet<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        String key = KEYS.get(random.nextInt(KEYS.size()));
        if (used.add(key)) {
          parts.add("\"" + key + "\": " + flow(depth + 1));
        }
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (kind == 1) {
      for (int i = random.nextInt(3); i > 0; i--) {
        parts.add(flow(depth + 1));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    String scalar = scalar();
    boolean quoted = scalar.startsWith("'") || scalar.startsWith("\"");
    return quoted || !(scalar.isEmpty() || scalar.contains(",") || scalar.contains("#") || scalar.contains(":"))
        ? scalar : "\"" + scalar + "\"";
  }

  /** A block mapping; its first key goes after {@code firstLead} (a list item's dash) when given. */
  private void mapping(int indent, int depth, String firstLead) {
    Set<String> used = new HashSet<>();
    boolean first = true;
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      String key = key();
      if (!used.add(key.replace("\"", ""))) {
        continue;
      }
      if (!first || firstLead == null) {
        comments(indent);
      }
      String lead = first && firstLead != null ? firstLead : " ".repeat(indent);
      first = false;
      value(lead + key + ":", indent, depth);
    }
  }

  private void sequence(int indent, int depth, String firstLead) {
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      if (i > 0 || firstLead == null) {
        comments(indent);
      }
      String lead = i == 0 && firstLead != null ? firstLead : " ".repeat(indent);
      switch (depth > 3 ? 0 : random.nextInt(4)) {
        case 1 -> mapping(indent + 2, depth + 1, lead + "- ");
        case 2 -> sequence(indent + 2, depth + 1, lead + "- ");
        case 3 -> out.append(lead).append("- ").append(flow(depth)).append(endOfLine()).append('\n');
        default -> out.append(lead).append("- ").append(scalar()).append(endOfLine()).append('\n');
      }
    }
  }

  private void value(String head, int indent, int depth) {
    String inner = " ".repeat(indent + 2);
    switch (depth > 3 ? 0 : random.nextInt(6)) {
      case 1 -> {
        out.append(head).append(endOfLine()).append('\n');
        mapping(indent + 2 + random.nextInt(2), depth + 1, null);
      }
      case 2 -> {
        out.append(head).append(endOfLine()).append('\n');
        sequence(indent + (random.nextBoolean() ? 0 : 2), depth + 1, null);
      }
      case 3 -> out.append(head).append(' ').append(flow(depth)).append(endOfLine()).append('\n');
      case 4 -> {
        String[] styles = {"|", ">", "|-", ">+", "|2"};
        String[] lines = {"line", "# not a comment", "  more indented", "", "x: y"};
        out.append(head).append(' ').append(styles[random.nextInt(styles.length)]).append(endOfLine()).append('\n');
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          String line = lines[random.nextInt(lines.length)];
          out.append(line.isEmpty() ? "" : inner + line).append('\n');
        }
      }
      case 5 -> {
        switch (random.nextInt(3)) {
          case 0 -> out.append(head).append(" \"first\n").append(inner).append("second \\\n").append(inner)
              .append(" third\"");
          case 1 -> out.append(head).append(" plain words\n").append(inner).append("continued here");
          default -> out.append(head).append(" [a,\n").append(inner).append(comment()).append('\n').append(inner)
              .append("b, {c: d,\n").append(inner).append(" e: f}]");
        }
        out.append(endOfLine()).append('\n');
      }
      default -> {
        String scalar = scalar();
        out.append(head).append(scalar.isEmpty() ? "" : " " + scalar).append(random.nextInt(8) == 0 ? "   " : "")
            .append(endOfLine()).append('\n');
      }
    }
  }
}
