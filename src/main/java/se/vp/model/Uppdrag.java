package se.vp.model;

import java.util.Optional;
import se.vp.diagnostic.Location;

/** An assignment: numbered when the council gives it (Nr 27), unnumbered for förvaltningen. */
public record Uppdrag(String id, Optional<Integer> nr, Text text, Mottagare mottagare, Ursprung ursprung, Location at) {}
