package org.policysearch.corpus;

import java.util.List;
import java.util.Objects;

/**
 * An organisation that signs agreements as one party (the EU, EFTA, ASEAN), with its members.
 *
 * @param code the facet value, e.g. {@code EFTA}: upper-case letters and hyphens, never an ISO code
 * @param label the display label, e.g. "European Free Trade Association"
 * @param names how texts name it, e.g. "European Free Trade Association", "EFTA", "EFTA States"
 * @param members its member states today, as ISO 3166 alpha-2 codes
 * @param formerMembers states that have left it, kept because older treaties were signed by them
 * @param source where the membership was taken from
 */
public record Bloc(
    String code,
    String label,
    List<String> names,
    List<String> members,
    List<String> formerMembers,
    String source) {
  public Bloc {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    names = List.copyOf(names);
    members = List.copyOf(members);
    formerMembers = List.copyOf(formerMembers);
    Objects.requireNonNull(source, "source");
  }
}
