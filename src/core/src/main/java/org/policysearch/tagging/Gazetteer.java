package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policysearch.corpus.Bloc;
import org.policysearch.corpus.Blocs;
import org.policysearch.corpus.TsvResource;
import org.policysearch.tagging.CountryName.Scope;

/**
 * The vendored list of countries, their names and display labels: {@code countries.tsv} (from
 * mledoze/countries, ODbL) refined by the curated aliases, blocklist and labels beside it, plus the
 * blocs of {@link Blocs} (EU, EFTA, ASEAN…) under their own codes.
 */
public final class Gazetteer {
  private static final String COUNTRIES = "countries.tsv";
  private static final String ALIASES = "country-aliases.tsv";
  private static final String BLOCKLIST = "country-blocklist.tsv";
  private static final String LABELS = "country-labels.tsv";
  private static final int DEMONYMS = 4;
  private static final int CAPITALS = 5;
  private static final int TRANSLATIONS = 6;

  private final Map<String, String> labels;
  private final List<CountryName> names;
  private final Map<String, List<String>> variants;

  private Gazetteer(
      Map<String, String> labels, List<CountryName> names, Map<String, Set<String>> notNames) {
    this.labels = Map.copyOf(labels);
    this.names = List.copyOf(names);
    this.variants = variants(names, notNames);
  }

  /**
   * Each country's and bloc's names that are names (not {@code notNames}, its demonyms and
   * capitals, nor names too ambiguous to tag), by code: "Czechia", "Czech Republic", "Česko" for
   * CZ.
   */
  private static Map<String, List<String>> variants(
      List<CountryName> names, Map<String, Set<String>> notNames) {
    Map<String, List<String>> byCode = new LinkedHashMap<>();
    for (CountryName name : names) {
      if (name.namesCountry()
          && name.scope() != Scope.FILTERS
          && !name.translated()
          && !notNames.getOrDefault(name.code(), Set.of()).contains(Words.key(name.text()))) {
        byCode.computeIfAbsent(name.code(), c -> new ArrayList<>()).add(name.text());
      }
    }
    // A name inside another country's name would find that country too: a query "Taiwan" must
    // not become "Republic of China", which every "People's Republic of China" contains.
    // Every run of whole words of every name, with the codes whose names hold it: one pass over
    // the names rather than each name against all the others.
    Map<String, Set<String>> holders = new HashMap<>();
    byCode.forEach(
        (code, list) ->
            list.forEach(
                n -> {
                  String[] words = Words.key(n).split(" ");
                  for (int from = 0; from < words.length; from++) {
                    for (int to = from + 1; to <= words.length; to++) {
                      String run = String.join(" ", Arrays.asList(words).subList(from, to));
                      holders.computeIfAbsent(run, r -> new HashSet<>()).add(code);
                    }
                  }
                }));
    Map<String, List<String>> kept = new LinkedHashMap<>();
    byCode.forEach(
        (code, list) ->
            kept.put(
                code,
                list.stream()
                    .filter(
                        n ->
                            holders.getOrDefault(Words.key(n), Set.of()).stream()
                                .allMatch(code::equals))
                    .toList()));
    return Collections.unmodifiableMap(kept);
  }

  /** Loads the gazetteer vendored in this package's resources and the bloc table. */
  public static Gazetteer load() {
    return load(Blocs.load());
  }

  /** Loads the gazetteer vendored in this package's resources, with {@code blocs}. */
  public static Gazetteer load(Blocs blocs) {
    Map<String, String> labels = new LinkedHashMap<>();
    // Names by lookup key, each with every code that claims it, to drop the ambiguous ones.
    Map<String, Set<String>> claims = new LinkedHashMap<>();
    Map<String, String> spellings = new LinkedHashMap<>();
    Set<String> notOnlyCapitals = new HashSet<>();
    // Per code, the keys of its demonyms and capitals that are not also its names ("Singapore").
    Map<String, Set<String>> notNames = new HashMap<>();
    // The keys of Spanish and French names that are no name of their country in English or its
    // own language ("Japón"; not "México", which folds to "Mexico").
    Set<String> translated = new HashSet<>();
    for (String[] row : TsvResource.rows(Gazetteer.class, COUNTRIES)) {
      String code = row[0];
      labels.put(code, row[1]);
      Set<String> named = new HashSet<>();
      for (int column = 1; column < row.length; column++) {
        for (String name : row[column].split("\\|")) {
          if (column < DEMONYMS) {
            named.add(Words.key(name));
          } else if (column == TRANSLATIONS) {
            if (!named.contains(Words.key(name))) {
              translated.add(Words.key(name));
            }
          } else if (!named.contains(Words.key(name))) {
            notNames.computeIfAbsent(code, c -> new HashSet<>()).add(Words.key(name));
          }
          if (!name.isBlank()) {
            String key = Words.key(name);
            claims.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
            spellings.putIfAbsent(key, name);
            if (column != CAPITALS) {
              notOnlyCapitals.add(key); // "Singapore", "Luxembourg": a capital that is a country
            }
          }
        }
      }
    }
    Map<String, CountryName> byKey = new LinkedHashMap<>();
    claims.forEach(
        (key, codes) -> {
          // "Congolese" is claimed by CD and CG: a name of two countries tells us neither.
          if (codes.size() == 1) {
            Scope scope = notOnlyCapitals.contains(key) ? Scope.EVERYWHERE : Scope.PASSAGES;
            byKey.put(
                key,
                new CountryName(
                    spellings.get(key), codes.iterator().next(), scope, translated.contains(key)));
          }
        });
    for (Bloc bloc : blocs.all()) {
      labels.put(bloc.code(), bloc.label());
      for (String name : bloc.names()) {
        byKey.put(Words.key(name), new CountryName(name, bloc.code(), Scope.EVERYWHERE));
      }
    }
    for (String[] row : TsvResource.rows(Gazetteer.class, LABELS)) {
      labels.put(row[0], row[1]);
    }
    for (String[] row : TsvResource.rows(Gazetteer.class, ALIASES)) {
      // Curated aliases win: "American" names US, although US Minor Outlying Islands claims it too.
      boolean seat = row.length > 2 && row[2].strip().equals("seat");
      if (seat) {
        // "The White House said …" speaks of the United States as "Seoul said" speaks of Korea:
        // a seat of government tags as a capital does, and is no name of the country.
        notNames.computeIfAbsent(row[0], c -> new HashSet<>()).add(Words.key(row[1]));
      }
      byKey.put(
          Words.key(row[1]),
          new CountryName(row[1], row[0], seat ? Scope.PASSAGES : Scope.EVERYWHERE));
    }
    Map<String, Scope> blocked = new HashMap<>();
    for (String[] row : TsvResource.rows(Gazetteer.class, BLOCKLIST)) {
      boolean party = row.length > 2 && row[2].strip().equals("party");
      blocked.put(Words.key(row[0]), party ? Scope.PARTIES : Scope.FILTERS);
    }
    List<CountryName> names = new ArrayList<>();
    byKey.forEach(
        (key, name) ->
            names.add(
                blocked.containsKey(key)
                    ? new CountryName(name.text(), name.code(), blocked.get(key), name.translated())
                    : name));
    return new Gazetteer(labels, names, notNames);
  }

  /** Every name, alias and shielding phrase, each under a distinct lookup key. */
  public List<CountryName> names() {
    return names;
  }

  /** Each country's and bloc's names, by code: what a query naming it may find it by. */
  public Map<String, List<String>> nameVariants() {
    return variants;
  }

  /** Every known code: the countries' alpha-2 codes and the blocs' codes ({@code EU}, …). */
  public Set<String> codes() {
    return labels.keySet();
  }

  /** The display label of {@code code} ("KR" → "South Korea"), or the code itself if unknown. */
  public String label(String code) {
    return labels.getOrDefault(code, code);
  }
}
