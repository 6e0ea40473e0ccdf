package se.vp.source;

import se.vp.diagnostic.Location;

/** A YAML value with the place it was written: a mapping, a list or a scalar. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

  Location at();

  /** How the user would name this kind of value in a message. */
  String kindWord();
}
