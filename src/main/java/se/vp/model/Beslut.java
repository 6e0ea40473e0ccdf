package se.vp.model;

import se.vp.diagnostic.Location;

/** A decision behind an item: "(FM 2026)", "(DN 2025)". */
public record Beslut(Organ av, int ar, Location at) {}
