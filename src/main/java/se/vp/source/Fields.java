package se.vp.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.model.Amount;
import se.vp.model.Ref;
import se.vp.model.Text;

/**
 * Typed access to a mapping that has passed its schema, so the shapes are known. What the schema
 * cannot say (a real calendar date) is reported here.
 */
final class Fields {

  private final YamlMap map;
  private final Diagnostics out;

  Fields(YamlMap map, Diagnostics out) {
    this.map = map;
    this.out = out;
  }

  Location at() {
    return map.at();
  }

  Location at(String key) {
    return map.get(key).map(YamlNode::at).orElse(map.at());
  }

  /** Where the key itself stands: for a block that follows it, the line that names it. */
  Location keyAt(String key) {
    return map.entry(key).map(YamlMap.Entry::keyAt).orElse(map.at());
  }

  boolean has(String key) {
    return map.get(key).isPresent();
  }

  String string(String key) {
    return scalar(key).text();
  }

  Optional<String> optString(String key) {
    return map.get(key).map(n -> ((YamlScalar) n).text());
  }

  Text text(String key) {
    YamlScalar scalar = scalar(key);
    return new Text(scalar.text(), scalar.at());
  }

  Optional<Text> optText(String key) {
    return map.get(key).map(n -> new Text(((YamlScalar) n).text(), n.at()));
  }

  int integer(String key) {
    return Integer.parseInt(scalar(key).text().replace("+", ""));
  }

  Optional<Integer> optInteger(String key) {
    return has(key) ? Optional.of(integer(key)) : Optional.empty();
  }

  Optional<Boolean> optBoolean(String key) {
    return optString(key).map(Boolean::parseBoolean);
  }

  Amount amount(String key) {
    YamlScalar scalar = scalar(key);
    return new Amount(new BigDecimal(scalar.text().replace("+", "")), scalar.at());
  }

  Optional<Amount> optAmount(String key) {
    return has(key) ? Optional.of(amount(key)) : Optional.empty();
  }

  /** A date; an impossible one such as 2025-02-30 is reported and read as absent. */
  Optional<LocalDate> date(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    YamlScalar scalar = scalar(key);
    try {
      return Optional.of(LocalDate.parse(scalar.text()));
    } catch (DateTimeParseException e) {
      out.report(Code.VP108, scalar.at(), "datumet " + scalar.text() + " finns inte i kalendern");
      return Optional.empty();
    }
  }

  Optional<Fields> map(String key) {
    return map.get(key).map(n -> new Fields((YamlMap) n, out));
  }

  List<Fields> maps(String key) {
    return items(key).stream().map(n -> new Fields((YamlMap) n, out)).toList();
  }

  List<YamlNode> items(String key) {
    return map.get(key).map(n -> ((YamlList) n).items()).orElse(List.of());
  }

  List<String> strings(String key) {
    return items(key).stream().map(n -> ((YamlScalar) n).text()).toList();
  }

  List<Ref> refs(String key) {
    return items(key).stream().map(n -> new Ref(((YamlScalar) n).text(), n.at())).toList();
  }

  Ref ref(String key) {
    YamlScalar scalar = scalar(key);
    return new Ref(scalar.text(), scalar.at());
  }

  private YamlScalar scalar(String key) {
    return (YamlScalar) map.get(key).orElseThrow(
        () -> new IllegalStateException("the schema requires '" + key + "' at " + map.at()));
  }
}
