package se.vp.model;

import java.time.LocalDate;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** One date of the tidplan and what happens on it. */
public record Handelse(LocalDate datum, Handelsetyp typ, String rubrik, Optional<String> text, Location at) {}
