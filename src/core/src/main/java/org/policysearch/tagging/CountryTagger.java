package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.policysearch.corpus.InstrumentWords;
import org.policysearch.corpus.PartyCodes;
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
 * ("Georgia", "Chad", "Washington") never tag a passage on their own, and phrases such as "Korean
 * Peninsula", "Latin America" or "Jordan River" tag nothing. "US$" is a currency, not a country. A
 * capital that names an instrument, a round of talks or a meeting ("the Paris Convention", "the
 * Doha Declaration", "the Budapest Treaty", "the Helsinki Final Act") tags nothing either: the
 * passage cites the instrument, it does not speak of the country. Blocs (EU, EFTA, ASEAN…) are
 * tagged under their own codes.
 */
public final class CountryTagger {
  private final Gazetteer gazetteer;
  private final Node root = new Node();
  private final Map<String, String> resolvable = new HashMap<>();
  private final Map<String, List<String>> partyNames = new HashMap<>();
  private final Map<String, List<String>> otherNames;

  /** A tagger over the vendored gazetteer. */
  public CountryTagger() {
    this(Gazetteer.load());
  }

  /** A tagger over {@code gazetteer}. */
  public CountryTagger(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    for (String code : gazetteer.codes()) {
      resolvable.put(code.toLowerCase(Locale.ROOT), code);
      if (!PartyCodes.isFormer(code)) {
        resolvable.put(Words.key(gazetteer.label(code)), code);
      }
    }
    for (CountryName name : gazetteer.names()) {
      if (name.namesCountry()) {
        resolvable.putIfAbsent(Words.key(name.text()), name.code());
      }
      if (name.tagsText() || name.namesParty()) {
        add(name);
      }
    }
    // A withdrawn code's label names the state that took its place where that state has the
    // name: "Burma" is Myanmar, "Zaire" the Democratic Republic of the Congo, as the texts saying
    // them are tagged; "BU" still names the code a catalogue may give an old treaty.
    for (String code : gazetteer.codes()) {
      resolvable.putIfAbsent(Words.key(gazetteer.label(code)), code);
    }
    // One pass over the names, not one per code.
    Map<String, Set<String>> byCode = new HashMap<>();
    for (String code : gazetteer.codes()) {
      byCode.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(gazetteer.label(code));
    }
    for (CountryName name : gazetteer.names()) {
      Set<String> names = byCode.get(name.code());
      if (names != null && name.namesParty() && !name.translated()) {
        names.add(name.text());
      }
    }
    byCode.forEach((code, names) -> partyNames.put(code, List.copyOf(names)));
    // The party names a query's country: takes for the code, its label and code aside.
    Map<String, List<String>> other = new TreeMap<>();
    partyNames.forEach(
        (code, names) -> {
          String label = Words.key(gazetteer.label(code));
          List<String> typed =
              names.stream()
                  .filter(
                      name -> {
                        String key = Words.key(name);
                        return code.equals(resolvable.get(key))
                            && !key.equals(label)
                            && !key.equals(code.toLowerCase(Locale.ROOT));
                      })
                  .toList();
          if (!typed.isEmpty()) {
            other.put(code, typed);
          }
        });
    otherNames = Collections.unmodifiableMap(other);
  }

  /**
   * The names {@link #resolve} takes for each country and bloc besides its label and code, as
   * written ("U.K." and "Britain" for GB, "Turkey" for TR): what a user may type for it (its names,
   * aliases and demonyms; not its capitals, nor its Spanish and French names).
   */
  public Map<String, List<String>> otherNames() {
    return otherNames;
  }

  /**
   * The names that may name {@code code} as a party (label, names, aliases, demonyms; not capitals,
   * nor its Spanish and French names), empty for an unknown code.
   */
  public List<String> partyNames(String code) {
    return partyNames.getOrDefault(code, List.of());
  }

  /**
   * Each country's and bloc's names (not its demonyms or capitals), by code: the ways a query may
   * name it that mean the same ("Czechia", "Czech Republic").
   */
  public Map<String, List<String>> nameVariants() {
    return gazetteer.nameVariants();
  }

  /** The countries {@code text} names, in order of first mention, each once. */
  public List<String> tag(String text) {
    return List.copyOf(new LinkedHashSet<>(mentions(text)));
  }

  /** Every mention of a country in {@code text}, in order, repeats kept (to count mentions). */
  public List<String> mentions(String text) {
    return find(text, false).stream().map(Mention::code).toList();
  }

  /**
   * Every mention in {@code text} of a country or bloc as a party, in order: names, aliases and
   * demonyms, and ambiguous names such as "Georgia" (the caller reads a title, a party list or a
   * signature, where a country is meant); capitals do not count ("Done at Bangkok").
   */
  public List<Mention> partyMentions(String text) {
    return find(text, true);
  }

  private List<Mention> find(String text, boolean parties) {
    List<Word> words = Words.split(text);
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match match = longestMatch(words, i, parties);
      if (match == null) {
        i++;
        continue;
      }
      int end = words.get(i + match.length() - 1).end();
      // "US$ 5 billion" is a currency; the dollar sign follows the name directly.
      boolean currency = end < text.length() && text.charAt(end) == '$';
      boolean instrument =
          match.name().scope() == CountryName.Scope.PASSAGES
              && (namesInstrument(text, words, i + match.length())
                  || namedByInstrument(text, words, i));
      // An authentic-texts clause's languages are its parties' more often than not ("in the
      // Macedonian, Ukrainian and English languages"): they still name parties, not passages.
      boolean language =
          !parties && match.length() == 1 && LanguageLists.namesLanguage(text, words, i);
      if (!currency && !instrument && !language && match.name().namesCountry()) {
        found.add(new Mention(match.name().code(), words.get(i).start(), end));
      }
      i += match.length();
    }
    return found;
  }

  /**
   * Whether the words from {@code next} on, right after a place's name, make it the name of an
   * instrument or a meeting: a capitalised word such as Convention or Round directly after it
   * ("Paris Convention"), or after one more capitalised word ("Doha Ministerial Declaration").
   */
  private static boolean namesInstrument(String text, List<Word> words, int next) {
    for (int i = next; i < Math.min(next + 2, words.size()); i++) {
      Word word = words.get(i);
      if (!Words.spaced(text, words.get(i - 1), word)
          || !Character.isUpperCase(word.exact().codePointAt(0))) {
        return false;
      }
      if (INSTRUMENTS.contains(word.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words right before a place's name, at {@code at}, make it part of an instrument's
   * name: a capitalised word such as Treaty or Charter and "of" ("the Treaty of Montevideo", "the
   * Charter of Paris for a New Europe"), or their Spanish and French forms with "de" ("el Tratado
   * de Montevideo 1980", "Convenio de París"), which the agreements in those languages cite.
   */
  private static boolean namedByInstrument(String text, List<Word> words, int at) {
    if (at < 2) {
      return false;
    }
    Word of = words.get(at - 1);
    Word kind = words.get(at - 2);
    return (of.key().equals("of") || of.key().equals("de"))
        && Words.spaced(text, kind, of)
        && Words.spaced(text, of, words.get(at))
        && Character.isUpperCase(kind.exact().codePointAt(0))
        && (INSTRUMENTS.contains(kind.key()) || NAMED_OF.contains(kind.key()));
  }

  /**
   * The Spanish words for the kinds of {@link #INSTRUMENTS} named "de" a place (accents folded, as
   * words are looked up); of the French ones, those spelt as in English (accord, convention,
   * déclaration) count through {@link #INSTRUMENTS}.
   */
  private static final Set<String> NAMED_OF =
      Set.of(
          "tratado",
          "tratados",
          "convenio",
          "convenios",
          "acuerdo",
          "acuerdos",
          "protocolo",
          "protocolos",
          "declaracion",
          "carta",
          "convencion",
          "ronda",
          "conferencia",
          "cumbre");

  /**
   * Words that, capitalised after a capital's name, make it the name of what they name: the kinds
   * of instrument every reader of titles knows ({@link InstrumentWords}), singular or plural, and
   * the words for rounds of talks, meetings and their texts.
   */
  private static final Set<String> INSTRUMENTS = instrumentWords();

  private static Set<String> instrumentWords() {
    Set<String> words = new HashSet<>();
    for (String kind : InstrumentWords.ALTERNATION.split("\\|")) {
      words.add(kind);
      words.add(kind + "s");
    }
    words.addAll(
        List.of(
            "treaties",
            "act",
            "statute",
            "nomenclature",
            "union",
            "consensus",
            "process",
            "principles",
            "programme",
            "program",
            "plan",
            "agenda",
            "round",
            "conference",
            "conferences",
            "summit",
            "ministerial"));
    return Set.copyOf(words);
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

  private Match longestMatch(List<Word> words, int start, boolean parties) {
    Match best = null;
    Node node = root;
    for (int i = start; i < words.size(); i++) {
      node = node.next.get(words.get(i).key());
      if (node == null) {
        break;
      }
      for (Pattern pattern : node.patterns) {
        boolean counts = parties ? pattern.name().namesParty() : pattern.name().tagsText();
        if ((counts || !pattern.name().namesCountry()) && pattern.matches(words, start)) {
          best = new Match(pattern.name(), i - start + 1);
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
    node.patterns.add(new Pattern(name, exact, capitalised));
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** One name at the end of a trie path: how its words must be written to count. */
  private record Pattern(CountryName name, String[] exact, boolean[] capitalised) {
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

  private record Match(CountryName name, int length) {}

  /**
   * One mention of a country or bloc in a text.
   *
   * @param code its code
   * @param start the offset of its first character in the text
   * @param end the offset just after its last character
   */
  public record Mention(String code, int start, int end) {}

  /** A trie node: the names whose words so far lead here, by next lower-cased word. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Pattern> patterns = new ArrayList<>(1);
  }
}
