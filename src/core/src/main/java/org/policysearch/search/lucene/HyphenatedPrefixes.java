package org.policysearch.search.lucene;

import java.util.Comparator;
import java.util.List;

/**
 * The prefixes English joins to a word with a hyphen that a user may type closed ("ecommerce",
 * "nontariff", "crossborder", "reexport"), and the parts of a word that opens with one: where a
 * closed word may be the hyphenated word the texts write.
 */
final class HyphenatedPrefixes {
  private static final List<String> PREFIXES =
      List.of(
          "agri", "agro", "anti", "bi", "bio", "co", "counter", "cross", "cyber", "e", "eco",
          "extra", "geo", "inter", "intra", "macro", "micro", "mid", "multi", "neo", "non", "pan",
          "post", "pre", "pro", "quasi", "re", "self", "semi", "socio", "sub", "supra", "tele",
          "trans", "tri", "ultra");

  /** The shortest word a prefix may be joined to. */
  private static final int JOINED_WORD = 3;

  private HyphenatedPrefixes() {}

  /** What follows each prefix {@code lower} opens with, the longest prefix first. */
  static List<String> after(String lower) {
    return PREFIXES.stream()
        .filter(p -> lower.startsWith(p) && lower.length() - p.length() >= JOINED_WORD)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> lower.substring(p.length()))
        .toList();
  }
}
