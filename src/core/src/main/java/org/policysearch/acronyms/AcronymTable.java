package org.policysearch.acronyms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The acronyms a corpus defines, each with its expansion and the documents that define it. An
 * acronym two documents define differently has one entry per expansion; spellings that differ only
 * in case, spacing, hyphens or British and American spelling ({@code MoU} and {@code MOU}, "Most
 * Favoured Nation" and "most-favored-nation") are one entry, shown as most documents write it,
 * since a search does not tell them apart.
 */
public record AcronymTable(List<Entry> entries) {

  /** One acronym with one expansion, and the documents (by id, sorted) that define it so. */
  public record Entry(String acronym, String expansion, List<String> documents) {}

  public AcronymTable {
    entries = List.copyOf(entries);
  }

  /** A definition and the document that states it. */
  private record Stated(Definition definition, String document) {}

  /** The table of {@code definitions} by document id, ordered by acronym then expansion. */
  public static AcronymTable of(Map<String, List<Definition>> definitions) {
    Map<String, List<Stated>> grouped = new TreeMap<>();
    definitions.forEach(
        (document, list) -> {
          for (Definition d : list) {
            String key = d.acronym().toUpperCase(Locale.ROOT) + "\t" + fold(d.expansion());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(new Stated(d, document));
          }
        });
    return new AcronymTable(grouped.values().stream().map(AcronymTable::entry).toList());
  }

  /** No acronyms. */
  public static AcronymTable empty() {
    return new AcronymTable(List.of());
  }

  private static Entry entry(List<Stated> stated) {
    TreeSet<String> documents = new TreeSet<>();
    stated.forEach(s -> documents.add(s.document()));
    return new Entry(
        commonest(stated, Definition::acronym),
        commonest(stated, Definition::expansion),
        List.copyOf(documents));
  }

  /** The spelling most documents use; ties go to the first alphabetically. */
  private static String commonest(List<Stated> stated, Function<Definition, String> part) {
    Map<String, TreeSet<String>> bySpelling = new TreeMap<>();
    for (Stated s : stated) {
      bySpelling
          .computeIfAbsent(part.apply(s.definition()), k -> new TreeSet<>())
          .add(s.document());
    }
    return bySpelling.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, TreeSet<String>>>comparingInt(e -> e.getValue().size())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  /**
   * What tells two expansions apart: not case, spaces, hyphens or full stops, nor a British or
   * American spelling; a grouping key, never shown. "Most Favoured Nation", "most-favored-nation"
   * and a PDF's "mostfavoured nation" were seven entries of MFN in 450 agreements.
   */
  static String fold(String expansion) {
    StringBuilder key = new StringBuilder(expansion.length());
    for (String word : NOT_LETTERS.split(expansion.toLowerCase(Locale.ROOT))) {
      key.append(AMERICAN_ENDING.matcher(OUR.matcher(word).replaceAll("or")).replaceAll("iz$1"));
    }
    return key.toString();
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** "favour", "labour", "harbour": "favor". */
  private static final Pattern OUR = Pattern.compile("(?<=[a-z])our(?=[a-z]*$)");

  /** "organisation", "harmonised", "recognise": "iz". */
  private static final Pattern AMERICAN_ENDING =
      Pattern.compile("(?<=[a-z]{2})is(e|ed|es|ing|ation|ations)$");
}
