package se.vp.model;

import se.vp.diagnostic.Location;

/** A decision behind an item: "(FM 2026)", "(DN 2025)"; {@code av} is the body's short form. */
public record Beslut(String av, int ar, Location at) {}
