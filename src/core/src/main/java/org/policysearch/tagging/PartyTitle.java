package org.policysearch.tagging;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The title of an instrument whose text names none, made of its kind and its parties ("Agreement
 * between Japan and Thailand"): what a reader calls it, and the words a search for it uses, where
 * the file's name ("Pta 177") says nothing.
 */
public final class PartyTitle {
  /** The parties named before the rest are counted ("and 9 others"). */
  static final int NAMED = 4;

  /** The kinds of document that are made between parties, by their type facet value. */
  private static final Map<String, String> KINDS =
      Map.of(
          "agreement", "Agreement",
          "treaty", "Treaty",
          "mou", "Memorandum of understanding");

  private PartyTitle() {}

  /**
   * The title of a document of {@code type} between {@code parties} (their display names, in
   * order); empty when it is no instrument between parties or has fewer than two.
   */
  public static Optional<String> of(String type, List<String> parties) {
    String kind = type == null ? null : KINDS.get(type);
    List<String> names = parties.stream().distinct().toList();
    if (kind == null || names.size() < 2) {
      return Optional.empty();
    }
    StringBuilder title = new StringBuilder(kind).append(" between ");
    if (names.size() <= NAMED) {
      title.append(String.join(", ", names.subList(0, names.size() - 1)));
      title.append(" and ").append(names.get(names.size() - 1));
    } else {
      title.append(String.join(", ", names.subList(0, NAMED - 1)));
      title.append(" and ").append(names.size() - NAMED + 1).append(" others");
    }
    return Optional.of(title.toString());
  }
}
