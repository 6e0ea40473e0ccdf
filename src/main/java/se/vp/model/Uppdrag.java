package se.vp.model;

import java.util.Optional;
import se.vp.diagnostic.Location;

/**
 * An assignment: numbered when the council gives it (Nr 27), unnumbered for förvaltningen.
 * {@code shared} in a region, where the council's uppdrag are part of every nämnd's plan although
 * most go to other nämnder.
 */
public record Uppdrag(
    String id, Optional<Integer> nr, Text text, Mottagare mottagare, Ursprung ursprung, Location at, boolean shared) {}
