package org.policysearch.search;

/** One value of a facet with how many results it would give, and whether it is selected. */
public record FacetValue(String value, String label, int count, boolean selected) {}
