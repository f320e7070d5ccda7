package org.policysearch.acronyms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The acronyms a corpus defines, each with its expansion and the documents that define it. An
 * acronym two documents define differently has one entry per expansion; expansions that differ only
 * in case or spacing are one entry, shown as most documents write it.
 */
public record AcronymTable(List<Entry> entries) {

  /** One acronym with one expansion, and the documents (by id, sorted) that define it so. */
  public record Entry(String acronym, String expansion, List<String> documents) {}

  public AcronymTable {
    entries = List.copyOf(entries);
  }

  /** The table of {@code definitions} by document id. */
  public static AcronymTable of(Map<String, List<Definition>> definitions) {
    // acronym -> expansion key -> spelling -> documents
    Map<String, Map<String, Map<String, TreeSet<String>>>> grouped = new TreeMap<>();
    definitions.forEach(
        (document, list) -> {
          for (Definition d : list) {
            grouped
                .computeIfAbsent(d.acronym(), a -> new TreeMap<>())
                .computeIfAbsent(key(d.expansion()), k -> new TreeMap<>())
                .computeIfAbsent(d.expansion(), e -> new TreeSet<>())
                .add(document);
          }
        });
    List<Entry> entries = new ArrayList<>();
    grouped.forEach(
        (acronym, expansions) ->
            expansions.values().forEach(spellings -> entries.add(entry(acronym, spellings))));
    return new AcronymTable(entries);
  }

  /** No acronyms. */
  public static AcronymTable empty() {
    return new AcronymTable(List.of());
  }

  private static Entry entry(String acronym, Map<String, TreeSet<String>> spellings) {
    // The spelling most documents use; the map is sorted, so ties go to the first alphabetically.
    String shown =
        spellings.entrySet().stream()
            .max(
                Comparator.<Map.Entry<String, TreeSet<String>>>comparingInt(
                        e -> e.getValue().size())
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .orElseThrow()
            .getKey();
    TreeSet<String> documents = new TreeSet<>();
    spellings.values().forEach(documents::addAll);
    return new Entry(acronym, shown, List.copyOf(documents));
  }

  private static String key(String expansion) {
    return expansion.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
