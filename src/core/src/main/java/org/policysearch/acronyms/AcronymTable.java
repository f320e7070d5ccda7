package org.policysearch.acronyms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The acronyms a corpus defines, each with its expansion and the documents that define it. An
 * acronym two documents define differently has one entry per expansion; spellings that differ only
 * in case or spacing ({@code MoU} and {@code MOU}) are one entry, shown as most documents write it,
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

  private static String fold(String expansion) {
    return expansion.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
