package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.corpus.StartScan;
import org.policysearch.corpus.WordStarts;
import org.policysearch.tagging.CountryTagger.Mention;

/**
 * Infers the parties of a document that declares none from where an agreement names them: its
 * title, the party list that opens its preamble, and its signatures.
 *
 * <p>An agreement's opening runs to the end of its preamble ("HAVE AGREED as follows", the first
 * "Article 1"); its party list is the opening up to the first recital ("Considering…",
 * "Desirous…"), plus the list of plenipotentiaries. Countries the recitals mention in passing ("the
 * Marrakesh Agreement", "trade with Southeast Asia") are not parties, nor are capitals ("Done at
 * Bangkok"). A bloc counts as a party under its own code (EU, EFTA), with the member states the
 * party list names. A text with no such opening (a news article) falls back to the countries it
 * mentions at least twice in its first 5,000 characters, at most four.
 */
final class PartyInference {
  /** How far into a text the end of the preamble is looked for. */
  static final int OPENING_LIMIT = 40_000;

  /** How much of a text without a preamble the fallback reads. */
  static final int MENTION_WINDOW = 5_000;

  /** The most parties the fallback infers from mentions in prose. */
  static final int MAX_MENTIONED_PARTIES = 4;

  // "…, HAVE AGREED AS FOLLOWS", "hereby agree", "Have reached the following understandings";
  // in the Spanish texts, "HAN ACORDADO lo siguiente", "han convenido en celebrar"; in the French,
  // "Sont convenus de ce qui suit", "Conviennent de ce qui suit", "Décident de créer".
  static final Pattern PREAMBLE_END =
      Pattern.compile(
          "(?iu)(?:^|[,;:.]|\\n)\\s*(?:(?:have|hereby|do\\s+hereby)\\s+"
              + "(?:agreed|agree|decided|resolved|concluded|reached|adopted)\\b"
              + "|han\\s+(?:acordado|convenido|decidido)\\b"
              + "|(?:sont\\s+convenu(?:e)?s|conviennent)\\s+de\\s+ce\\s+qui\\s+suit"
              + "|d[ée]cident\\s+de\\b)"
              + "|\\bagree(?:d)?\\s+(?:upon\\s+)?as\\s+follows\\b");
  // The first article or chapter: "Article 1", "ARTICLE I", "CHAPTER ONE", "Article 1.1", and in
  // Spanish "ARTÍCULO 1.01", "CAPÍTULO I".
  private static final Pattern FIRST_HEADING =
      Pattern.compile(
          "(?m)^[ \\t]*(?:ARTICLE|Article|ART\\.|Art\\.|CHAPTER|Chapter|PART|Part|TITLE|SECTION"
              + "|ARTÍCULO|Artículo|CAPÍTULO|Capítulo)"
              + "\\s+(?:1|I|ONE|One|FIRST|First|PRIMERO|Primero)\\b");
  // A sentence that ends a line: wrapped lines, even with blank lines between, go on.
  private static final Pattern PARAGRAPH_END = Pattern.compile("[.;:][ \\t]*\\n");
  private static final int FIRST_PARAGRAPH = 1_000;
  private static final Pattern COMMUNITY = Pattern.compile("\\b[Tt]he Community\\b");
  private static final String EUROPEAN_COMMUNITY = "EU";
  // A line that is only a heading or a list label: "ARTICLE 1.", "Article I:", "1.", "1.1.", "(a)".
  private static final Pattern LABEL_LINE =
      Pattern.compile(
          "(?i)(?:(?:article|art\\.|chapter|title|section|part)\\s+\\S{1,8}|\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*"
              + "|[ivxlc]{1,6}|[a-z])\\)?)[.:;]");
  // A new clause within a line: a capital after a comma, semicolon or closing bracket.
  private static final Pattern CLAUSE_START = Pattern.compile("[,;)][ \\t]+(?=\\p{Lu})");
  private static final Pattern PLENIPOTENTIARIES = Pattern.compile("(?i)plenipotentiar");
  // A signature: "For the Government of Japan", "FOR THE REPUBLIC OF LATVIA", "On behalf of X";
  // in the Spanish texts "Por la República de Honduras", "Por el Gobierno de Chile"; in the
  // French "Pour la République du Bénin", "Pour le Gouvernement du Canada".
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "(?m)(?:^|(?<=\\S)[ \\t]+(?=For\\b|FOR\\b|Por\\b|POR\\b|Pour\\b|POUR\\b))[ \\t]*"
              + "(?:For|FOR|On behalf of|ON BEHALF OF|Por|POR|Pour|POUR)"
              + "[ \\t]+(?:(?:the|THE|el|EL|la|LA|los|LOS|le|LE|les|LES)[ \\t]+)?"
              + "(?:(?:Government|GOVERNMENT|Gobierno|GOBIERNO|Gouvernement|GOUVERNEMENT)[ \\t]+"
              + "(?:of|OF|de|DE|del|DEL|du|DU)[ \\t]+"
              + "(?:(?:the|THE|el|EL|la|LA|los|LOS)[ \\t]+)?)?");
  // What may stand between "For" and the country, or between two signatures: the words of a
  // signatory's title ("His Majesty the King of the", "the Council of the", "the Government of",
  // "la República de").
  // Not any capitalised word: the names of the signing ministers ("Mr Calvin Eu") are no title.
  static final String SIGNATORY_WORDS =
      "for|on|behalf|the|of|and|government|governments|president|majesty"
          + "|royal|highness|his|her|king|queen|grand|duke|emir|amir|sultan|council|commission"
          + "|head|state|states|prime|minister|ministers|cabinet|republic|kingdom|principality"
          + "|federal|federation"
          + "|confederation|union|democratic|socialist|people's|islamic|arab|united"
          + "|por|el|la|los|de|del|gobierno|rep[uúÚ]blica|reino|presidente"
          + "|pour|le|les|du|des|l|d|gouvernement|pr[éÉe]sident|r[éÉe]publique|royaume|sa"
          + "|son|majest[éÉe]|roi|reine|[éÉe]tat";

  static final Pattern SIGNATORY_TITLE =
      Pattern.compile("(?i)[\\s,\\-–]*(?:(?:" + SIGNATORY_WORDS + ")[\\s,'’]+){0,8}");
  private static final int SIGNATURE_SPAN = 400;
  // Words that open a recital ("Considering", "Desirous", "WHEREAS"), beyond any word in -ing.
  private static final Set<String> RECITAL_WORDS =
      Set.of(
          "whereas",
          "conscious",
          "desirous",
          "aware",
          "mindful",
          "determined",
          "convinced",
          "resolved",
          "committed",
          "anxious",
          "eager",
          "confident",
          "cognizant",
          "cognisant",
          "persuaded",
          "inspired",
          "guided",
          "motivated",
          "prompted",
          "reaffirming",
          "having",
          // The Spanish texts' recitals beyond a gerund in -ando or -iendo ("CONSIDERANDO"):
          // "DECIDIDOS A:", "CONSCIENTES de".
          "decididos",
          "convencidos",
          "conscientes",
          "deseosos",
          "resueltos",
          "animados",
          "inspirados",
          "persuadidos",
          "comprometidos",
          // The French texts' recitals: "Conscients de", "Résolus à", "-Fidèles aux objectifs",
          // "Considérant", "Prenant acte".
          "conscients",
          "résolus",
          "fidèles",
          "désireux",
          "déterminés",
          "convaincus",
          "soucieux",
          "considérant",
          "prenant",
          "réaffirmant",
          "reconnaissant",
          "affirmant",
          "rappelant",
          "notant");
  private static final Set<String> LEADING_WORDS = Set.of("further", "also", "and", "moreover");
  private static final Pattern FIRST_WORDS =
      Pattern.compile("^[^\\p{L}]*(\\p{L}+)(?:\\s+(\\p{L}+))?");

  // The closing clause: "IN WITNESS WHEREOF…", "DONE at…", "Done in two copies…".
  private static final Pattern CLOSING =
      Pattern.compile("(?m)(?:IN WITNESS WHEREOF|In witness whereof|^[ \\t]*(?:DONE|Done)\\b)");
  private static final Pattern LANGUAGE = Pattern.compile("(?i)\\blanguages?\\b");

  /** Languages of several countries, which name none of them. */
  private static final Set<String> SHARED_LANGUAGES =
      Set.of(
          "english",
          "french",
          "spanish",
          "portuguese",
          "german",
          "russian",
          "chinese",
          "arabic",
          "dutch",
          "italian",
          "greek",
          "turkish",
          "swedish",
          "romanian",
          "albanian",
          "serbian",
          "croatian",
          "bosnian",
          "korean",
          "malay",
          "persian",
          "danish");

  // "NOW THEREFORE the Republic of Uganda, …": the operative turn, after the recitals.
  private static final Pattern NOW_THEREFORE =
      Pattern.compile("(?i)^[^\\p{L}]*now,?\\s+therefore,?\\s+");

  private final CountryTagger countries;
  private final SignatureBlock signatureBlock;

  PartyInference(CountryTagger countries) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.signatureBlock = new SignatureBlock(countries);
  }

  /** The parties of a document with {@code title} (may be null) and {@code text}, in order. */
  List<String> infer(String title, String text) {
    Set<String> parties = new LinkedHashSet<>(codes(title == null ? "" : title));
    String opening = opening(text);
    if (opening != null) {
      Set<String> listed = new LinkedHashSet<>(codes(partyList(opening)));
      listed.addAll(namedAfterRecitals(opening));
      parties.addAll(listed.isEmpty() ? firstArticle(text, opening.length()) : listed);
    }
    parties.addAll(signatories(text));
    parties.addAll(signatureBlock.signatories(text));
    if (parties.isEmpty()) {
      // "DONE … in the Macedonian, Ukrainian and English languages": the texts' languages.
      parties.addAll(authenticLanguages(text));
    }
    if (parties.isEmpty()) {
      // An agreement whose opening and signatures name no one ("The Parties shall...") names its
      // parties in its body, most often of all countries; prose names them near the start.
      return mentionedInProse(text, opening == null ? MENTION_WINDOW : text.length());
    }
    return List.copyOf(parties);
  }

  /**
   * The parties the first article, starting at {@code start}, names: some texts start with it
   * ("…between the Community and Egypt").
   */
  private List<String> firstArticle(String text, int start) {
    String first = firstParagraph(text, start);
    List<String> named = new ArrayList<>(codes(first));
    if (COMMUNITY.matcher(first).find()) {
      named.addAll(community(text));
    }
    return named;
  }

  /**
   * The bloc that "the Community" of an article naming the parties ("The Community and Hungary
   * shall establish a free-trade area") stands for: the European one when the text names it
   * somewhere (a protocol, an annex) under one of its names, and none otherwise, as other
   * communities (East African, Andean) are called so too.
   */
  private List<String> community(String text) {
    return countries.partyMentions(text).stream()
        .map(Mention::code)
        .filter(EUROPEAN_COMMUNITY::equals)
        .limit(1)
        .toList();
  }

  private List<String> codes(String text) {
    return countries.partyMentions(text).stream().map(Mention::code).toList();
  }

  /** The text up to the end of its preamble, or null when no preamble ends near the start. */
  static String opening(String text) {
    String head = text.substring(0, Math.min(text.length(), OPENING_LIMIT));
    int end = -1;
    StartScan agreed =
        new StartScan(PREAMBLE_END, head, 0, head.length(), PartyInference::mayEndPreamble);
    if (agreed.find()) {
      end = agreed.start();
    }
    Matcher heading = FIRST_HEADING.matcher(head);
    if (heading.find() && (end < 0 || heading.start() < end)) {
      end = heading.start();
    }
    return end < 0 ? null : head.substring(0, end);
  }

  /**
   * Whether {@link #PREAMBLE_END} may start at {@code at}: "agree", or the text's start, a sign or
   * a line break followed, after spaces, by "have", "hereby", "do" or "han". Tried at every
   * character of a text's first 40,000, the pattern was about 4 % of indexing a corpus of short
   * texts.
   */
  static boolean mayEndPreamble(String text, int at) {
    if (at == 0 || AGREE.at(text, at)) {
      return true;
    }
    if (",;:.\n".indexOf(text.charAt(at)) < 0) {
      return false;
    }
    int word = at + 1;
    while (word < text.length() && isSpace(text.charAt(word))) {
      word++;
    }
    return word < text.length() && OPENING_VERBS.at(text, word);
  }

  private static final WordStarts AGREE = WordStarts.of("agree");
  private static final WordStarts OPENING_VERBS =
      WordStarts.of("have", "hereby", "do", "han", "sont", "conviennent", "décident", "decident");

  /** A space as {@code \\s} reads it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The parts of an opening that name the parties: everything before the first recital, and the
   * list of plenipotentiaries after the recitals.
   */
  static String partyList(String opening) {
    StringBuilder list = new StringBuilder();
    boolean paragraphStarts = true;
    for (String line : opening.split("\\n")) {
      String trimmed = line.strip();
      if (paragraphStarts && isRecital(trimmed)) {
        break;
      }
      int recital = recitalWithin(line);
      if (recital >= 0) {
        list.append(line, 0, recital);
        break;
      }
      list.append(line).append('\n');
      // A line that stops mid-sentence is wrapped: the next line goes on with the same paragraph.
      paragraphStarts = trimmed.isEmpty() || trimmed.matches(".*[,;:.)]$");
    }
    Matcher plenipotentiaries = PLENIPOTENTIARIES.matcher(opening);
    if (list.length() < opening.length() && plenipotentiaries.find(list.length())) {
      list.append(opening, plenipotentiaries.start(), opening.length());
    }
    return list.toString();
  }

  /**
   * The parties of the paragraphs that name them after the recitals, where a plurilateral
   * agreement's preamble closes: "The Governments of A, B and C … HAVE AGREED as follows", "NOW
   * THEREFORE the Republic of A, the Republic of B …". Such a paragraph opens with a party's name,
   * perhaps after the words of its title ("The Governments of"); a recital never does.
   */
  private List<String> namedAfterRecitals(String opening) {
    List<String> named = new ArrayList<>();
    for (String paragraph : paragraphs(opening)) {
      String rest = paragraph.substring(endOf(NOW_THEREFORE.matcher(paragraph)));
      if (isRecital(rest.strip())) {
        continue;
      }
      int recital = recitalWithin(rest);
      List<Mention> mentions =
          countries.partyMentions(recital < 0 ? rest : rest.substring(0, recital));
      if (!mentions.isEmpty()
          && SIGNATORY_TITLE.matcher(rest.substring(0, mentions.get(0).start())).matches()) {
        mentions.forEach(m -> named.add(m.code()));
      }
    }
    return named;
  }

  private static int endOf(Matcher matcher) {
    return matcher.lookingAt() ? matcher.end() : 0;
  }

  /** The paragraphs of {@code text}: lines that stop mid-sentence go on with the next. */
  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.split("\\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(trimmed);
      }
      if ((trimmed.isEmpty() || trimmed.matches(".*[,;:.)]$")) && paragraph.length() > 0) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  /**
   * Where a recital starts within a line ("…(hereinafter "the Parties"), Having regard…"), or -1.
   */
  private static int recitalWithin(String line) {
    Matcher clause = CLAUSE_START.matcher(line);
    while (clause.find()) {
      if (isRecital(line.substring(clause.end()))) {
        return clause.end();
      }
    }
    return -1;
  }

  private static boolean isRecital(String paragraph) {
    Matcher m = FIRST_WORDS.matcher(paragraph);
    if (!m.find()) {
      return false;
    }
    if (!Character.isUpperCase(m.group(1).charAt(0))) {
      return false; // a recital opens with a capital; "establishing an Association…" is a title
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    if (LEADING_WORDS.contains(word) && m.group(2) != null) {
      word = m.group(2).toLowerCase(Locale.ROOT);
    }
    // "Contracting Parties to the Treaty…" goes on with the party list.
    return RECITAL_WORDS.contains(word)
        || (word.length() > 5 && word.endsWith("ing") && !word.equals("contracting"))
        || (word.length() > 6 && (word.endsWith("ando") || word.endsWith("iendo")));
  }

  /** The first paragraph of the article that starts at {@code start}, its heading included. */
  static String firstParagraph(String text, int start) {
    String rest = text.substring(start, Math.min(text.length(), start + FIRST_PARAGRAPH));
    Matcher end = PARAGRAPH_END.matcher(rest);
    while (end.find()) {
      // "ARTICLE 1." or a list label "1." on a line of its own ends no paragraph: the sentence
      // naming the parties ("1. An Association is hereby established between …") comes after.
      String line = rest.substring(rest.lastIndexOf('\n', end.start()) + 1, end.end()).strip();
      if (!LABEL_LINE.matcher(line).matches()) {
        return rest.substring(0, end.end());
      }
    }
    return rest;
  }

  /**
   * Countries that sign the text: "For the Government of X", "On behalf of Y", and those that
   * follow one another in a block of signatures ("For Serbia and Montenegro For the Republic of
   * Albania", one name per column of a two-column layout).
   */
  private List<String> signatories(String text) {
    List<String> codes = new ArrayList<>();
    // Tried only where a signature can start, with what comes before and after in view.
    Matcher m = SIGNATURE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    SignatureWords words = new SignatureWords(text);
    int from = 0;
    while (from < text.length()) {
      int word = words.next(from);
      if (word < 0) {
        break;
      }
      m.region(words.spacesBefore(word, from), text.length());
      if (!m.lookingAt()) {
        from = word + 1;
        continue;
      }
      String rest = text.substring(m.end(), Math.min(text.length(), m.end() + SIGNATURE_SPAN));
      int signed = 0;
      for (Mention named : countries.partyMentions(rest)) {
        if (!SIGNATORY_TITLE.matcher(rest.substring(signed, named.start())).matches()) {
          break;
        }
        codes.add(named.code());
        signed = named.end();
      }
      from = m.end() + Math.max(signed, 1);
    }
    return codes;
  }

  /**
   * Where {@link #SIGNATURE} can match: only at the spaces before one of its opening words, or at
   * the word itself at a line's start. Searched for by the regular expression alone, every line
   * start and space of a text was tried, and a text's signatures are a few lines of thousands: the
   * search was a twentieth of indexing.
   */
  private static final class SignatureWords {
    private static final String[] OPENINGS = {
      "For", "FOR", "On behalf of", "ON BEHALF OF", "Por", "POR", "Pour", "POUR"
    };
    private final String text;
    // The next position of each opening word at or after the last search, -1 when none is left.
    private final int[] next = new int[OPENINGS.length];

    SignatureWords(String text) {
      this.text = text;
      for (int i = 0; i < OPENINGS.length; i++) {
        next[i] = text.indexOf(OPENINGS[i]);
      }
    }

    /** The first opening word at or after {@code from}; -1 when there is none. */
    int next(int from) {
      int first = -1;
      for (int i = 0; i < OPENINGS.length; i++) {
        if (next[i] >= 0 && next[i] < from) {
          next[i] = text.indexOf(OPENINGS[i], from);
        }
        if (next[i] >= 0 && (first < 0 || next[i] < first)) {
          first = next[i];
        }
      }
      return first;
    }

    /**
     * Where a signature opening with the word at {@code word} starts: the first of the spaces and
     * tabs before it, not before {@code from}.
     */
    int spacesBefore(int word, int from) {
      int start = word;
      while (start > from && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
        start--;
      }
      return start;
    }
  }

  /**
   * The countries whose language the closing clause gives the text in ("each copy presented in
   * Macedonian, Ukrainian and English"), when the language is one country's own: English, French,
   * Spanish, Arabic and the other languages of several countries name no party.
   */
  private List<String> authenticLanguages(String text) {
    Matcher closing = CLOSING.matcher(text);
    int from = -1;
    while (closing.find()) {
      from = closing.start(); // the last one: an annex's or protocol's clause comes after
    }
    if (from < 0) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String sentence : text.substring(from).split("[.;]")) {
      if (!LANGUAGE.matcher(sentence).find()) {
        continue;
      }
      for (Mention named : countries.partyMentions(sentence)) {
        String word = sentence.substring(named.start(), named.end()).toLowerCase(Locale.ROOT);
        if (!SHARED_LANGUAGES.contains(word) && !codes.contains(named.code())) {
          codes.add(named.code());
        }
      }
    }
    return codes;
  }

  /** The countries a text without a party list mentions at least twice near its start. */
  private List<String> mentionedInProse(String text, int window) {
    String read = text.substring(0, Math.min(text.length(), window));
    // LinkedHashMap keeps first-mention order, which the stable sort keeps among equal counts.
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String code : codes(read)) {
      counts.merge(code, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_MENTIONED_PARTIES)
        .map(Map.Entry::getKey)
        .toList();
  }
}
