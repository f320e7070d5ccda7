package org.policysearch.search;

/** A facet value with its human label, as shown on a hit ({@code KR}, "South Korea"). */
public record Label(String code, String label) {}
