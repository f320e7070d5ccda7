package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.policysearch.tagging.Words.Word;

/**
 * Finds the countries a text names, by name, alias, demonym or capital, as ISO 3166-1 alpha-2 codes
 * (and {@code EU}).
 *
 * <p>The text is split into words once and names are looked up word by word in a trie, so tagging
 * costs the same whatever the number of names. The longest name at a position wins ("Democratic
 * People's Republic of Korea" is KP, not KR). All-capital names ("US", "ROK", "U.S.") match only in
 * capitals, so the pronoun "us" never tags; other names match whatever their case, but their
 * capitalised words must be capitalised in the text ("Turkey", not "turkey"). A few ambiguous names
 * ("Georgia", "Jordan", "Washington") never tag on their own, and phrases such as "Korean
 * Peninsula" or "Latin America" tag nothing. "US$" is a currency, not a country.
 */
public final class CountryTagger {
  private final Gazetteer gazetteer;
  private final Node root = new Node();
  private final Map<String, String> resolvable = new HashMap<>();

  /** A tagger over the vendored gazetteer. */
  public CountryTagger() {
    this(Gazetteer.load());
  }

  /** A tagger over {@code gazetteer}. */
  public CountryTagger(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    for (String code : gazetteer.codes()) {
      resolvable.put(code.toLowerCase(Locale.ROOT), code);
      resolvable.put(Words.key(gazetteer.label(code)), code);
    }
    for (CountryName name : gazetteer.names()) {
      if (name.namesCountry()) {
        resolvable.putIfAbsent(Words.key(name.text()), name.code());
      }
      if (name.tagsText()) {
        add(name);
      }
    }
  }

  /** The countries {@code text} names, in order of first mention, each once. */
  public List<String> tag(String text) {
    return List.copyOf(new LinkedHashSet<>(mentions(text)));
  }

  /** Every mention of a country in {@code text}, in order, repeats kept (to count mentions). */
  public List<String> mentions(String text) {
    List<Word> words = Words.split(text);
    List<String> codes = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match match = longestMatch(words, i);
      if (match == null) {
        i++;
        continue;
      }
      int end = words.get(i + match.length() - 1).end();
      // "US$ 5 billion" is a currency; the dollar sign follows the name directly.
      boolean currency = end < text.length() && text.charAt(end) == '$';
      if (!currency && !CountryName.NO_COUNTRY.equals(match.code())) {
        codes.add(match.code());
      }
      i += match.length();
    }
    return codes;
  }

  /** The display label of {@code code} ("KR" → "South Korea"), or the code itself if unknown. */
  public String label(String code) {
    return gazetteer.label(code);
  }

  /**
   * The code a user means by {@code input}: a code in any case ("it", "KR"), a name ("Italy",
   * "south korea"), an alias ("ROK") or a demonym; empty if none. Ambiguous names such as "Georgia"
   * resolve here, where the user has clearly asked for a country.
   */
  public Optional<String> resolve(String input) {
    if (input == null || input.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(resolvable.get(Words.key(input)));
  }

  private Match longestMatch(List<Word> words, int start) {
    Match best = null;
    Node node = root;
    for (int i = start; i < words.size(); i++) {
      node = node.next.get(words.get(i).key());
      if (node == null) {
        break;
      }
      for (Pattern pattern : node.patterns) {
        if (pattern.matches(words, start)) {
          best = new Match(pattern.code(), i - start + 1);
          break;
        }
      }
    }
    return best;
  }

  private void add(CountryName name) {
    List<Word> words = Words.split(name.text());
    if (words.isEmpty()) {
      return;
    }
    Node node = root;
    String[] exact = new String[words.size()];
    boolean[] capitalised = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      node = node.next.computeIfAbsent(word.key(), k -> new Node());
      // Shielding phrases match in any case: "Korean peninsula" is as common as "Korean Peninsula".
      if (name.namesCountry()) {
        exact[i] = isAcronym(word.exact()) ? word.exact() : null;
        capitalised[i] = Character.isUpperCase(word.exact().codePointAt(0));
      }
    }
    node.patterns.add(new Pattern(name.code(), exact, capitalised));
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** One name at the end of a trie path: how its words must be written to count. */
  private record Pattern(String code, String[] exact, boolean[] capitalised) {
    boolean matches(List<Word> words, int start) {
      for (int i = 0; i < exact.length; i++) {
        String written = words.get(start + i).exact();
        if (exact[i] != null
            ? !exact[i].equals(written)
            : capitalised[i] && !capitalised(written)) {
          return false;
        }
      }
      return true;
    }

    private static boolean capitalised(String word) {
      return Character.isUpperCase(word.codePointAt(0));
    }
  }

  private record Match(String code, int length) {}

  /** A trie node: the names whose words so far lead here, by next lower-cased word. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Pattern> patterns = new ArrayList<>(1);
  }
}
