package org.policysearch.structure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.corpus.UnspacedScripts;

/**
 * What one line looks like on its own, before its neighbours are considered.
 *
 * <p>Sections are recognised by their numbering: Markdown {@code #}..{@code ######}; keywords
 * ({@code Part}, {@code Title}, {@code Chapter}, {@code Section}, {@code Subsection}, {@code
 * Article}, {@code Annex}, {@code Appendix}, {@code Schedule}, {@code Protocol}) followed by a
 * number ({@code 5}, {@code 6.3}), roman numeral, letter or a number written out ({@code
 * TWENTY-TWO}); upper-case roman numerals ({@code II.}); decimals ({@code 1.}, {@code 1.1});
 * capital letters ({@code A.}). A numbered line is a heading only when it is short (at most {@value
 * #MAX_HEADING_WORDS} words, or {@value #MAX_TITLED_HEADING_WORDS} for a keyword followed by a
 * separator and a title, "ARTICLE 18: ...") and does not end a sentence; otherwise it is a numbered
 * paragraph. {@code I.}, {@code V.} and {@code X.} are read as roman numerals, not letters.
 *
 * @param kind what the line is
 * @param body the line without its bullet marker or Markdown hashes (the whole line otherwise)
 * @param scheme for sections, the numbering scheme ({@code roman}, {@code letter}, {@code
 *     decimal2}, {@code article}...): headings of one scheme are siblings
 * @param rank for keyword sections, how high the keyword stands ({@code Annex} and {@code Protocol}
 *     0, {@code Part} and {@code Title} 1, {@code Chapter} 2, {@code Section} 3, {@code Subsection}
 *     4, {@code Article} 5); -1 for others; for Markdown headings, the number of hashes
 * @param enumerated whether a bullet or section marker is a number or letter, which could also
 *     begin a wrapped line, rather than a symbol
 * @param titled whether a keyword section's title follows a separator ("ARTICLE 6: Prohibition of
 *     Quantitative Restrictions"), so that it may run long
 */
record LineShape(
    Kind kind, String body, String scheme, int rank, boolean enumerated, boolean titled) {

  /** The kinds of line. */
  enum Kind {
    MARKDOWN_HEADING,
    SECTION_HEADING,
    NUMBERED_PARAGRAPH,
    BULLET,
    DATE,
    TEXT
  }

  static final int MAX_HEADING_WORDS = 12;

  /** A heading that does not read like a title ("Trade in goods") has at most this many words. */
  static final int PLAIN_TITLE_WORDS = 6;

  /** Runs of spaces between words; compiled once, where {@code split("\\s+")} compiles per line. */
  static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?$");

  /** Numbers written out, as treaties number their chapters ("CHAPTER TWENTY-TWO"). */
  private static final String SPELLED =
      "(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen)";

  /**
   * The Latin adverb of a section inserted after another with the same number, written onto it
   * ({@code CHAPTER 8BIS}, {@code Article 6ter}, {@code ARTICLE 8BIS.1}); with a space between
   * ({@code ARTICLE 50 BIS: Consultations}) the number stays a number in its sequence.
   */
  private static final String LATIN_INSERTED =
      "(?:(?i:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)(?!\\p{L}))?";

  private static final Pattern KEYWORD =
      Pattern.compile(
          "^((?i:Part|Title|Chapter|Sub-?section|Section|Article|Annex|Appendix|Schedule|Protocol"
              // The Spanish and French keywords ("CAPÍTULO 3", "ARTÍCULO 3.1: Trato Nacional",
              // "Chapitre II"), their accented capitals spelt out: (?i) folds ASCII only.
              + "|Parte|T[íÍi]tulo|Cap[íÍi]tulo|Subsecci[óÓo]n|Secci[óÓo]n|Art[íÍi]culo|Anexo"
              + "|Ap[éÉe]ndice|Protocolo|Partie|Titre|Chapitre|Sous-section|Annexe|Appendice"
              + "|Protocole))"
              + "\\s+((?>\\d{1,4}"
              + LATIN_INSERTED
              + "(?:\\.\\d{1,3})*(?:-(?:\\d{1,3}|[A-Z]{1,2})(?!\\p{Ll}))?)[A-Za-z]?"
              + "|[IVXLC]{1,6}|[A-Z]|"
              + SPELLED
              + ")(?:$|\\s*[.:\u2013\u2014-]\\s*(.*)|\\s+(\\p{Lu}.*))");

  /** A section number alone on its line, its name on the next: "CHAPTER 1", "PART TWO", "VIII". */
  private static final Pattern BARE_ROMAN = Pattern.compile("^(?:[IVX]|[IVXLC]{2,7})\\.?$");

  /** A roman numeral up to CCCXCIX, or nothing (the lookahead only asks for a first letter). */
  static final String ROMAN_NUMERAL = "(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";

  private static final Pattern ROMAN = Pattern.compile("^(" + ROMAN_NUMERAL + ")\\.\\s+(\\S.*)$");
  private static final Pattern DECIMAL =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)([.:]?)\\s+(\\S.*)$");
  private static final Pattern LETTER = Pattern.compile("^([A-Z])\\.\\s+(\\S.*)$");
  private static final Pattern SYMBOL_BULLET =
      Pattern.compile(
          "^(?:[\u2022\u25AA\u25CF\u25E6\u2023\u00B7]\\s*|[-*\u2013\u2014]\\s+)(\\S.*)$");
  private static final Pattern ENUMERATED_BULLET =
      Pattern.compile(
          "^(?:\\((?:[a-z]{1,2}|\\d{1,2}|[ivxlc]{1,5})\\)|(?:[a-z]|\\d{1,2})\\)|[ivxlc]{1,5}\\.|[a-z]\\.)"
              + "\\s+(\\S.*)$");
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DATE =
      Pattern.compile(
          "^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
              + "(?:"
              + MONTH
              + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"
              + MONTH
              + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$");
  private static final Set<String> KEYWORD_RANKS_ZERO =
      Set.of("annex", "appendix", "schedule", "protocol");

  /** The Spanish and French keywords as the English ones they rank and nest as. */
  private static final Map<String, String> ENGLISH_KEYWORDS =
      Map.ofEntries(
          Map.entry("parte", "part"),
          Map.entry("partie", "part"),
          Map.entry("título", "title"),
          Map.entry("titulo", "title"),
          Map.entry("titre", "title"),
          Map.entry("capítulo", "chapter"),
          Map.entry("capitulo", "chapter"),
          Map.entry("chapitre", "chapter"),
          Map.entry("sección", "section"),
          Map.entry("seccion", "section"),
          Map.entry("subsección", "subsection"),
          Map.entry("subseccion", "subsection"),
          Map.entry("soussection", "subsection"),
          Map.entry("artículo", "article"),
          Map.entry("articulo", "article"),
          Map.entry("anexo", "annex"),
          Map.entry("annexe", "annex"),
          Map.entry("apéndice", "appendix"),
          Map.entry("apendice", "appendix"),
          Map.entry("appendice", "appendix"),
          Map.entry("protocolo", "protocol"),
          Map.entry("protocole", "protocol"));

  /** The keyword a line opens with, lower case, in English: "CAPÍTULO" is "chapter". */
  private static String keyword(String written) {
    String keyword = written.toLowerCase(Locale.ROOT).replace("-", "");
    return ENGLISH_KEYWORDS.getOrDefault(keyword, keyword);
  }

  /** A keyword heading may run long when its title follows a separator: "ARTICLE 18: ...". */
  static final int MAX_TITLED_HEADING_WORDS = 40;

  /** The shape of a non-blank, stripped line. */
  static LineShape of(String line) {
    Matcher m = MARKDOWN.matcher(line);
    if (m.matches()) {
      return new LineShape(
          Kind.MARKDOWN_HEADING, m.group(2), "markdown", m.group(1).length(), false, false);
    }
    if (DATE.matcher(line).matches()) {
      return text(Kind.DATE, line);
    }
    m = KEYWORD.matcher(line);
    if (m.matches()) {
      String keyword = keyword(m.group(1));
      boolean titled = m.group(3) != null && !m.group(3).isEmpty();
      String run = m.group(4);
      if (run != null
          && (endsWithFunctionWord(run)
              || wordCount(run) > PLAIN_TITLE_WORDS && !titleLike(run, MAX_HEADING_WORDS))) {
        // "ARTICLE 14 The Contracting Parties shall refrain from any domestic": an article's text
        // running on after its number, not its title.
        return new LineShape(
            Kind.NUMBERED_PARAGRAPH, line, keyword, keywordRank(keyword), false, false);
      }
      return section(line, keyword, keywordRank(keyword), false, titled);
    }
    m = ROMAN.matcher(line);
    if (m.matches()
        && !m.group(1).isEmpty()
        && (m.group(1).length() > 1 || "IVX".contains(m.group(1)))) {
      return section(line, "roman", -1, true, false);
    }
    m = LETTER.matcher(line);
    if (m.matches()) {
      return section(line, "letter", -1, true, false);
    }
    m = DECIMAL.matcher(line);
    if (m.matches() && (!m.group(2).isEmpty() || m.group(1).contains("."))) {
      if (Character.isLowerCase(m.group(3).charAt(0))) {
        // "1. exchange information;" is a list item; sections have capitalised titles.
        return new LineShape(Kind.BULLET, line, "", -1, true, false);
      }
      return section(line, "decimal" + m.group(1).split("\\.").length, -1, true, false);
    }
    m = SYMBOL_BULLET.matcher(line);
    if (m.matches()) {
      return new LineShape(Kind.BULLET, m.group(1), "", -1, false, false);
    }
    m = ENUMERATED_BULLET.matcher(line);
    if (m.matches()) {
      // Enumerators carry meaning ("paragraph (a)"), so they stay in the text.
      return new LineShape(Kind.BULLET, line, "", -1, true, false);
    }
    return text(Kind.TEXT, line);
  }

  private static LineShape text(Kind kind, String line) {
    return new LineShape(kind, line, "", -1, false, false);
  }

  private static LineShape section(
      String line, String scheme, int rank, boolean enumerated, boolean titled) {
    int maxWords = titled ? MAX_TITLED_HEADING_WORDS : MAX_HEADING_WORDS;
    // A question closes no clause a numbered heading must not: "1.2. What is this spec?".
    boolean heading =
        wordCount(line) <= maxWords
            && (!endsClause(line) || line.endsWith("?"))
            && !line.endsWith(",");
    Kind kind = heading ? Kind.SECTION_HEADING : Kind.NUMBERED_PARAGRAPH;
    return new LineShape(kind, line, scheme, rank, enumerated, titled);
  }

  /** A whole number and words after a space alone: "1 Introduction", "2 Research and Skills". */
  private static final Pattern BARE_DECIMAL = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$");

  /** A dotted number's first part: the "2" of "2.1 Funding". */
  private static final Pattern DOTTED_PARENT = Pattern.compile("^(\\d{1,2})\\.\\d");

  /**
   * The number of the top-level section whose sub-section this dotted section heading is ("2" for
   * "2.1 Funding"), or null.
   */
  String dottedParent() {
    if (kind != Kind.SECTION_HEADING
        || !scheme.startsWith("decimal")
        || scheme.equals("decimal1")) {
      return null;
    }
    Matcher m = DOTTED_PARENT.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /** A top-level section's whole number and what parts it from its title: "1. ", "1 ". */
  private static final Pattern TOP_NUMBER = Pattern.compile("^(\\d{1,2})[.:]?\\s");

  /**
   * The whole number of this top-level numbered section heading ("1" of "1. Introduction" or of "1
   * Introduction"), or null.
   */
  String topNumber() {
    if (kind != Kind.SECTION_HEADING || !scheme.equals("decimal1")) {
      return null;
    }
    Matcher m = TOP_NUMBER.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The shape of a whole number followed by a title without a separator ("1 Introduction") as the
   * heading of a top-level section (its {@link #topNumber}), or null when {@code line} is not one.
   * Alone, such a line is as likely a numbered paragraph or a wrapped line ("… in Article" over "5
   * Each Party shall"): the caller knows whether the document's own sub-sections ("1.1 Background")
   * say so.
   */
  static LineShape bareDecimalHeading(String line) {
    Matcher m = BARE_DECIMAL.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String title = m.group(2);
    boolean plain =
        Character.isUpperCase(title.charAt(0))
            && wordCount(title) <= PLAIN_TITLE_WORDS
            && !endsClause(title)
            && !title.endsWith(",")
            && !endsWithFunctionWord(title);
    // "2 Research and skills", in a sentence's case, as "2. Research and skills" may be.
    return plain || titleLike(title, MAX_HEADING_WORDS)
        ? section(line, "decimal1", -1, true, false)
        : null;
  }

  /**
   * The shape of a section number standing alone on its line ("CHAPTER 1", "PART TWO", "Article
   * 5.", "VIII") whose name is on the next line, or null when {@code line} is not one.
   */
  static LineShape bareSectionNumber(String line) {
    Matcher m = KEYWORD.matcher(line);
    if (m.matches() && m.group(4) == null && (m.group(3) == null || m.group(3).isEmpty())) {
      String keyword = keyword(m.group(1));
      return new LineShape(Kind.SECTION_HEADING, line, keyword, keywordRank(keyword), false, false);
    }
    if (BARE_ROMAN.matcher(line).matches()) {
      return new LineShape(Kind.SECTION_HEADING, line, "roman", -1, true, false);
    }
    return null;
  }

  /**
   * The number after a keyword section's keyword ("CHAPTER TWENTY ONE" → "TWENTY ONE"), or null.
   */
  static String keywordNumber(String line) {
    Matcher m = KEYWORD.matcher(line);
    return m.lookingAt() ? m.group(2) : null;
  }

  /** The title after a keyword section's number and separator ("ARTICLE 6: Title"), or null. */
  static String keywordTitle(String line) {
    Matcher m = KEYWORD.matcher(line);
    return m.matches() && m.group(3) != null && !m.group(3).isEmpty() ? m.group(3) : null;
  }

  /** This section heading's shape with {@code name} joined to its number. */
  LineShape named(String text) {
    return new LineShape(kind, text, scheme, rank, enumerated, titled);
  }

  private static int keywordRank(String keyword) {
    if (KEYWORD_RANKS_ZERO.contains(keyword)) {
      return 0;
    }
    return switch (keyword) {
      case "part", "title" -> 1;
      case "chapter" -> 2;
      case "section" -> 3;
      case "subsection" -> 4;
      default -> 5;
    };
  }

  /** Whether the line ends a sentence or clause: {@code . ! ? : ;}, perhaps before a quote. */
  static boolean endsClause(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"'\u201D\u2019)]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:;".indexOf(line.charAt(i)) >= 0;
  }

  /**
   * Whether a line reads like a title: at most {@code maxWords} words, starting with a capital, not
   * ending a clause or with a comma or digit (which rules out datelines such as "Administration of
   * Donald J. Trump, 2025"), and with at least three in four of its words that are not short
   * function words ("and", "of"...) capitalised or starting with a digit ("6G").
   */
  static boolean titleLike(String line, int maxWords) {
    int words = wordCount(line);
    if (words == 0 || words > maxWords || line.length() > maxWords * 10) {
      return false;
    }
    char first = line.charAt(0);
    char last = line.charAt(line.length() - 1);
    if (!Character.isUpperCase(first)
        || endsClause(line)
        || last == ','
        || Character.isDigit(last)
        || line.indexOf(';') >= 0
        || endsWithFunctionWord(line)
        || leavesParenthesisOpen(line)) {
      return false;
    }
    int significant = 0;
    int capitalised = 0;
    for (String word : SPACES.split(line)) {
      if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      significant++;
      char c = word.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) {
        capitalised++;
      }
    }
    return significant > 0 && capitalised * 4 >= significant * 3;
  }

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
          "the", "to", "with", "via", "over", "under", "between", "towards", "toward", "per", "vs",
          "its", "their", "our", "&");

  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^(?:[IVXLC]{1,7}|[A-Z]|\\d{1,2}(?:\\.\\d{1,2})*)[.:]?\\s+");

  /** A numbered line without its number: "1.2 Scope of work" → "Scope of work". */
  static String withoutNumber(String line) {
    return LEADING_NUMBER.matcher(line).replaceFirst("");
  }

  /**
   * {@code heading} without the footnote's number a text glued to its last word ("ARTICLE 9.4:
   * National Treatment14"), which would hide that word from a search of the headings; capitals'
   * numbers ("CO2") and numbers apart ("Annex 2") stay.
   */
  static String withoutFootnoteMark(String heading) {
    Matcher m = FOOTNOTE_MARK.matcher(heading);
    return m.find() ? heading.substring(0, m.start()) : heading;
  }

  private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=\\p{L}{2}\\p{Ll})\\d{1,3}$");

  /**
   * A line that opens with a keyword and a number and holds that keyword again before another
   * number and a colon: "ANNEX I: Schedule of Canada ANNEX II: Tariff Schedule of Jordan".
   */
  private static final Pattern TWO_HEADINGS =
      Pattern.compile("^\\s*(\\p{L}+)\\s+[0-9A-Z][^\\s:]*.*\\s\\1\\s+[0-9A-Z][0-9A-Z.\\-]*\\s*:");

  /**
   * Whether a line opens more parentheses than it closes: "Article 3.3 (National Treatment and
   * Market Access for Goods" is a sentence citing an article, wrapped before its title ends; no
   * heading of the 382 outlines in ToTA's development set leaves one open.
   */
  static boolean leavesParenthesisOpen(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * Whether a line holds two headings of one kind, a table of contents run together: no heading of
   * the 382 outlines in ToTA's development set does ("ARTICLE 701: Article XIX Of The GATT" cites
   * an article, with no colon after it).
   */
  static boolean holdsTwoHeadings(String line) {
    return TWO_HEADINGS.matcher(line).find();
  }

  /**
   * Whether a line closes a parenthesis before it opens one: it ends what an earlier line began.
   */
  static boolean closesParenthesis(String line) {
    int close = line.indexOf(')');
    int open = line.indexOf('(');
    return close >= 0 && (open < 0 || close < open);
  }

  /** Whether the line's last word is one no title ends with ("of", "the", "if", "shall"). */
  static boolean endsWithFunctionWord(String line) {
    String[] words = SPACES.split(line.strip());
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return FUNCTION_WORDS.contains(last) || NO_TITLE_ENDS.contains(last);
  }

  private static final Set<String> LIST_JOINS = Set.of("and", "or", "nor", "but");

  private static final Pattern STARTS_WITH_NUMBER =
      Pattern.compile("^(?:\\d|[IVXLC]{1,6}\\b|\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\\))");

  /**
   * Whether a paragraph whose last line is {@code last} goes on in {@code next}, the line after a
   * blank line, whatever {@code next} looks like: {@code last} ends in a word no sentence ends with
   * ("the Government of" over "Government of Australia or the Government of New"), or in a word
   * citing a part by its number with the number next ("referred to in Chapter" over "19."). A hard
   * wrap that fell before a blank line (a page break, a double-spaced scan) leaves such lines, and
   * read apart the second is a heading or a list label.
   */
  static boolean leavesSentenceOpen(String last, String next) {
    if (endsClause(last) || last.endsWith(",")) {
      return false;
    }
    String[] words = SPACES.split(last.strip());
    if (endsWithFunctionWord(last)) {
      // "…; and" or ", and" alone ends an item of a list or a recital: the next is a sibling.
      return !LIST_JOINS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
          || words.length > 1 && !words[words.length - 2].matches(".*[,;]");
    }
    return ProvisionWords.names(words[words.length - 1]) && STARTS_WITH_NUMBER.matcher(next).find();
  }

  /**
   * A number a sentence cites, at the start of a line: "75.", "11.4 (Joint Committee);", "III:2 of
   * the GATT 1994", "(a) and (b); or"; its group is what follows it.
   */
  private static final Pattern CITED_NUMBER =
      Pattern.compile(
          "^(?:\\d{1,4}(?:[.:\\-]\\d{1,4})*[A-Za-z]?|[IVXLC]{1,6}(?:[.:]\\d{1,4})*"
              + "|\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\\))"
              + "(?:\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\\))*(?![\\p{L}\\p{N}])[.:,;]?\\s*(.*)$");

  /** The words a citation of several provisions joins its numbers with ("Articles 9.10 and"). */
  private static final Set<String> CITATION_JOINS = Set.of("and", "or", "to", "through", "and/or");

  /** A provision's number cited in a list of them: "9.10", "II,", "(a)", "2(b);". */
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "(?:\\d[\\d.:\\-]*[A-Za-z]?|[IVXLC]{1,6}|\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\\))"
              + "(?:\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\\))*[,;]?");

  /**
   * Whether {@code next} begins with the number of the provision {@code last} cites as it ends ("in
   * accordance with due process of law and Article" over "75.", "Articles 9.10 and" over "9.11."):
   * a hard wrap, often before a blank line, set the number apart, yet it ends that sentence, and
   * read apart it is a page number, a list label or a numbered heading. Not when a sentence in
   * capitals goes on after the number ("Article" over "6. This Chapter does not"): there the
   * paragraph's number follows a citation that lost its own.
   */
  static boolean citesNumber(String last, String next) {
    // "Application of Chapter" over "1." and "This Chapter applies…" is a heading over a
    // paragraph's number, the article's own sub-heading.
    if (endsClause(last) || last.endsWith(",") || titleLike(last, MAX_HEADING_WORDS)) {
      return false;
    }
    Matcher m = CITED_NUMBER.matcher(next);
    if (!m.matches()) {
      return false;
    }
    String rest = m.group(1);
    if (!rest.isEmpty()
        && (Character.isLetterOrDigit(rest.codePointAt(0))
            && !Character.isLowerCase(rest.codePointAt(0)))) {
      return false;
    }
    String[] words = SPACES.split(last.strip());
    int i = words.length - 1;
    if (CITATION_JOINS.contains(words[i].toLowerCase(Locale.ROOT))) {
      // "Articles 9.10, 9.11 and": the numbers cited so far, back to the word that names them;
      // "referred to in Article 24; and" ends an item of a list instead.
      i--;
      if (i < 0 || words[i].endsWith(",") || words[i].endsWith(";")) {
        return false;
      }
      int numbers = 0;
      while (i >= 0 && NUMBER_WORD.matcher(words[i]).matches() && !words[i].endsWith(";")) {
        i--;
        numbers++;
      }
      if (numbers == 0) {
        return false;
      }
    }
    if (i < 0 || !ProvisionWords.names(words[i])) {
      return false;
    }
    String before = i > 0 ? words[i - 1] : "";
    if (DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
        || !before.isEmpty() && Character.isUpperCase(before.codePointAt(0))) {
      // "under this Chapter", "in its relevant Schedule" need no number; "the UNCITRAL Arbitration
      // Rules" name rules: a list label after them begins an item.
      return false;
    }
    // A label in parentheses is a subparagraph's: "referred to in subparagraph" over "(a)".
    return next.charAt(0) != '(' || words[i].toLowerCase(Locale.ROOT).contains("paragraph");
  }

  /** Words before a provision's name that make it whole without a number: "this Chapter". */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the",
          "this",
          "that",
          "these",
          "those",
          "its",
          "their",
          "such",
          "each",
          "any",
          "every",
          "relevant",
          "present",
          "same",
          "said",
          "respective",
          "applicable",
          "whole",
          "his",
          "her",
          "our",
          "which",
          "whose",
          "an",
          "a");

  /** A word of an abbreviation only: "RVC", "VNM", "Q.V.C.", "FOB:". */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:\\p{Lu}{2,4}|(?:\\p{Lu}\\.){2,4})[.:,]?");

  /** A word of an operator, a number or a one-letter term: "-", "x", "100%", "------", "V". */
  private static final Pattern OPERATOR = Pattern.compile("[xX×]|\\p{Lu}|[^\\p{L}]+");

  /**
   * Whether a line is a formula or its terms rather than a title: it holds "=" ("RVC = TV - VNM"),
   * or it is nothing but abbreviations of capitals and operators ("TMN", "NC VNM", "V – VNM"), the
   * numerator over a fraction's line as a hard-wrapped rule of origin sets it. A title has at least
   * one word that is no such abbreviation; a section letter alone ("B") is no formula.
   */
  static boolean isFormula(String line) {
    if (line.indexOf('=') >= 0) {
      return true;
    }
    boolean abbreviation = false;
    for (String word : SPACES.split(line.strip())) {
      if (ABBREVIATION.matcher(word).matches()) {
        abbreviation = true;
      } else if (!OPERATOR.matcher(word).matches()) {
        return false;
      }
    }
    return abbreviation;
  }

  private static final Set<String> NO_TITLE_ENDS =
      Set.of(
          "if", "that", "which", "where", "when", "whether", "than", "not", "be", "is", "are",
          "shall", "may", "such", "any", "each", "this", "these", "those", "who", "whose");

  static int wordCount(String text) {
    return wordCount(text, 0, text.length());
  }

  /**
   * The words of {@code text} from {@code from} to {@code to}: its runs of characters other than
   * white space once stripped, each character of Chinese or Japanese a word of its own, counted in
   * place since every line and every sentence of a passage is counted (splitting each with a
   * pattern was a fortieth of indexing).
   */
  static int wordCount(String text, int from, int to) {
    // Stripped as String.strip does (any white space), then split as \s+ does (ASCII only).
    while (from < to && Character.isWhitespace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space && UnspacedScripts.contains(c)) {
        // A Chinese or Japanese character is a word of its own: their sentences have no spaces.
        words++;
        inWord = false;
        continue;
      }
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
