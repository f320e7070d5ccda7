package org.policysearch.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation that signs agreements as one party (the EU, EFTA, ASEAN), with its members.
 *
 * @param code the facet value, e.g. {@code EFTA}: upper-case letters and hyphens, never an ISO code
 * @param label the display label, e.g. "European Free Trade Association"
 * @param names how texts name it, e.g. "European Free Trade Association", "EFTA", "EFTA States"
 * @param members its member states today, as ISO 3166 alpha-2 codes
 * @param formerMembers states that have left it, kept because older treaties were signed by them
 * @param source where the membership was taken from
 * @param history when each state, member or former member, belonged to it; empty where the table
 *     does not give every member's year of joining
 */
public record Bloc(
    String code,
    String label,
    List<String> names,
    List<String> members,
    List<String> formerMembers,
    String source,
    List<Membership> history) {
  public Bloc {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    names = List.copyOf(names);
    members = List.copyOf(members);
    formerMembers = List.copyOf(formerMembers);
    Objects.requireNonNull(source, "source");
    history = List.copyOf(history);
  }

  /**
   * A state's years in a bloc.
   *
   * @param code the state's ISO 3166 alpha-2 code
   * @param from the year it joined
   * @param to the year it left, or {@link Integer#MAX_VALUE} while it belongs
   */
  public record Membership(String code, int from, int to) {}

  /**
   * The states that belonged to it at any time from {@code from} to {@code to}, years included;
   * empty when its history is not known.
   */
  public Set<String> membersBetween(int from, int to) {
    Set<String> members = new LinkedHashSet<>();
    for (Membership m : history) {
      if (m.from() <= to && m.to() >= from) {
        members.add(m.code());
      }
    }
    return members;
  }
}
