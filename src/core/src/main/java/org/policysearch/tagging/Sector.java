package org.policysearch.tagging;

import java.util.List;
import java.util.Objects;

/**
 * One sector of the taxonomy.
 *
 * @param id the facet value, e.g. {@code semiconductors}
 * @param label what a user reads, e.g. "Semiconductors"
 * @param phrases the phrases that tag a text with this sector, as written in {@code sectors.tsv}
 *     (one written {@code !phrase} tags nothing: the sector's word in another sense)
 */
public record Sector(String id, String label, List<String> phrases) {
  public Sector {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    phrases = List.copyOf(phrases);
  }
}
