package se.vp.model;

import java.time.LocalDate;
import se.vp.diagnostic.Location;

/** A section of the deck with its own heading and date. */
public record Avsnitt(String rubrik, LocalDate datum, Location datumAt) {}
