package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The title a text opens with, for a document that declares none.
 *
 * <p>A treaty's title is often a block of upper-case lines ({@code AGREEMENT} / {@code BETWEEN THE
 * GOVERNMENT OF ...} / {@code AND THE GOVERNMENT OF ...}), sometimes with a blank line between
 * them; the whole block is the title, joined into one line and kept as written (re-casing would
 * mangle acronyms such as {@code EFTA}). Otherwise the title is the first line of 3 to 20 words (or
 * of two naming the document's kind: {@code Arusha Agreement}, {@code Trans-Pacific Partnership})
 * that is not a bullet and does not end a sentence, with the lines it wraps onto: a line ending in
 * {@code of the} or followed by one starting in lower case goes on.
 */
final class TitleBlock {
  /** Lines looked at for the start of a title. */
  private static final int MAX_LINES = 40;

  /** A longer upper-case block is a text typed in capitals, not a title. */
  private static final int MAX_WORDS = 40;

  /**
   * A first line of this many words or more that ends in a full stop is a sentence of prose, as a
   * news story's first is ("US President Donald Trump signed an agreement with Australia on …").
   */
  private static final int PROSE_WORDS = 12;

  /** A title line has at most this many words. */
  private static final int MAX_TITLE_WORDS = 20;

  /**
   * A line that closes on a year after a comma: who published a text and when ("Administration of
   * Donald J. Trump, 2025", "Office of the Press Secretary, 2024"), above its title.
   */
  private static final Pattern BYLINE = Pattern.compile(".*\\S,\\s*(?:19|20)\\d{2}");

  /**
   * A sentence ending inside a line, the next one begun ("on Monday. The MoU covers"): prose, where
   * an abbreviation's stop follows a capital or one letter ("U.S. Department", "Dr. Kim") or is
   * that of a title or a firm ("Gov. Newsom", "Samsung Electronics Co. Ltd").
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "\\p{Ll}{2}(?<!\\b(?:Gov|Sen|Rep|Dept|Inc|Ltd|Corp|Bros|vs|etc|Art|Sec|Para|Co))[.!?]"
              + "\\s+\\p{Lu}");

  /**
   * The lines a press release opens with before its title: its release note and the office that
   * issues it.
   */
  private static final Pattern PRESS_HEADER =
      Pattern.compile(
          "(?i)(?:for immediate release|(?:press|news|media) (?:release|note)|embargoed\\b.*"
              + "|office of the [\\p{L} ]*(?:secretary|spokesman|spokesperson|spokesperson's office"
              + "|press office)|the white house|readout)");

  /** Quotes and brackets a sentence may close on after its full stop. */
  private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"'\u201D\u2019)\\]]+$");

  /** Lines a wrapped title may take. */
  private static final int MAX_WRAPPED_LINES = 4;

  private static final Pattern BULLET = Pattern.compile("^\\s*([-*•–—#]|\\(?[a-z0-9]{1,3}[.)])\\s");

  /** A heading that a text's body starts with, not part of a title above it. */
  private static final Pattern BODY_HEADING =
      Pattern.compile(
          "(?i)(preamble|(article|chapter|part|section|annex|title)\\s+([0-9]+|[ivxl]+|one)\\b.*)");

  /**
   * An article's heading: the sentence after a bare "ARTICLE 1" often names the parties, so the
   * search for a title goes on past it, where a bare "CHAPTER I" says the body has begun.
   */
  private static final Pattern ARTICLE = Pattern.compile("(?i)^article\\b");

  /**
   * A title names the kind of document it heads among its first words ({@code Free Trade Agreement
   * between}); only such a line is followed onto the next.
   */
  private static final Pattern NAMES_KIND =
      Pattern.compile(
          "(?i)^(\\S+\\s+){0,5}(" + InstrumentWords.ALTERNATION + "|partnership|strategy)s?\\b.*");

  /** A body sentence speaks of the document it is in: {@code The object of this Agreement}. */
  private static final Pattern SELF_REFERENCE =
      Pattern.compile("(?i).*\\b(this|the present)\\s+(" + InstrumentWords.ALTERNATION + ")\\b.*");

  /**
   * The opening of a preamble's recital ("Recognising the need …", "Desiring to …", "STRENGTHEN the
   * special bonds …"), of its list of parties ("The Government of …", "His Majesty the King of …")
   * or of an operative sentence: prose under the title, never a title.
   */
  private static final Pattern PREAMBLE_OPENING =
      Pattern.compile(
          "(?i)^(recogni[sz]ing|considering|desiring|desirous|having|noting|convinced|resolved"
              + "|determined|conscious|aware|inspired|sharing|re-?affirming|affirming|bearing"
              + "|taking|acknowledging|believing|welcoming|emphasi[sz]ing|wishing|mindful|seeking"
              + "|stressing|underlining|recalling|anxious|intending|with a view|in order"
              + "|(to )?(strengthen|contribute|reinforce|promote|establish|create|ensure"
              + "|facilitate|enhance|expand|foster|preserve|develop)"
              + "|(the )?governments?( of| represented)|(the )?(kingdom|republic|principality"
              + "|grand duchy|president) of|(the )?swiss confederation|(his|her) majesty"
              + "|(the )?(contracting )?(states|parties))\\b.*");

  /** A sentence that binds or defines: an article's text, not a title. */
  private static final Pattern OPERATIVE =
      Pattern.compile("(?i).*\\b(shall|hereby|hereinafter|hereafter)\\b.*");

  /** Words after which a title goes on to the next line. */
  private static final Pattern OPEN_END =
      Pattern.compile("(?i).*(\\b(and|of|the|between|on|for|to|in|concerning|regarding)|[,–-])$");

  private TitleBlock() {}

  /** The title at the start of {@code text}, on one line, if its first lines have one. */
  static Optional<String> find(String text) {
    List<String> lines = lines(text);
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.equalsIgnoreCase("preamble")) {
        continue; // a text's own "Preamble" heading is no title
      }
      if (isUpperCase(line) && !endsClause(line)) {
        Optional<String> block = upperCaseBlock(lines, i);
        if (block.isPresent()) {
          return block;
        }
      }
      int words = words(line);
      if (words > MAX_WORDS) {
        Optional<String> opening = upperCaseOpening(line);
        if (opening.isPresent()) {
          return opening;
        }
      }
      if (first
          && (words >= PROSE_WORDS && unquoted(line).endsWith(".")
              || SENTENCE_END.matcher(line).find())) {
        // A text that opens with a paragraph of prose (a news story's first sentence) has no
        // title line: a short line further on is a sub-heading ("Trade Power Boost").
        return Optional.empty();
      }
      first = false;
      if (BODY_HEADING.matcher(line).matches() && (words >= 3 || !ARTICLE.matcher(line).find())) {
        // The body has begun under a named heading ("ARTICLE 1: Objectives") or a chapter's
        // ("CHAPTER I" over "Free Movement Of Goods"): what follows is its text or its name, and
        // the heading names no document (many agreements open with it).
        return Optional.empty();
      }
      boolean kind = namesKind(line);
      if (isIssuer(line)) {
        continue;
      }
      boolean titleLength = words >= 3 || (words == 2 && kind);
      if (titleLength
          && words <= MAX_TITLE_WORDS
          && !endsSentence(line)
          && !BULLET.matcher(line).find()) {
        return Optional.of(kind ? wrapped(lines, i) : line);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code line} says who issued the text, above its own title: "Administration of Donald
   * J. Trump, 2025", "For Immediate Release", "Office of the Press Secretary".
   */
  static boolean isIssuer(String line) {
    return !namesKind(line) && BYLINE.matcher(line).matches()
        || PRESS_HEADER.matcher(line).matches();
  }

  /**
   * The title in capitals that opens a text run together into one long line, its preamble after it
   * ("AGREEMENT BETWEEN … ON THE ESTABLISHMENT OF A FREE TRADE AREA PREAMBLE The Government of …"):
   * the words in capitals before the first that is not, a rule of underscores left out and a
   * closing "PREAMBLE" too, when they name the document's kind.
   */
  private static Optional<String> upperCaseOpening(String line) {
    List<String> title = new ArrayList<>();
    for (String word : line.split("\\s+")) {
      boolean letters = word.chars().anyMatch(Character::isLetter);
      if (letters && !word.equals(word.toUpperCase(Locale.ROOT))) {
        break;
      }
      if (letters || word.chars().anyMatch(Character::isDigit)) {
        title.add(word);
      }
    }
    if (!title.isEmpty() && title.get(title.size() - 1).equalsIgnoreCase("preamble")) {
      title.remove(title.size() - 1);
    }
    String joined = String.join(" ", title);
    return title.size() >= 3 && title.size() <= MAX_WORDS && NAMES_KIND.matcher(joined).matches()
        ? Optional.of(joined)
        : Optional.empty();
  }

  /** Upper-case lines from {@code first} on, a single blank line allowed between two of them. */
  private static Optional<String> upperCaseBlock(List<String> lines, int first) {
    List<String> parts = new ArrayList<>();
    int words = 0;
    for (int i = first; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean blankGap = line.isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).isEmpty();
      if (blankGap) {
        continue;
      }
      if (!isUpperCase(line)
          || BODY_HEADING.matcher(line).matches()
          || endsBlock(lines, i, first)) {
        break;
      }
      parts.add(line);
      words += words(line);
    }
    if (words < 3 || words > MAX_WORDS) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", parts));
  }

  /**
   * Whether a line is prose under a title rather than one, found where a text gives no title (it
   * still names the parties a preamble lists): a recital, a party of the preamble, a binding
   * sentence, a sentence speaking of its own document ("The object of this Agreement"), a clause
   * ending in a comma or semicolon, or a fragment going on in lower case ("to contribute to …",
   * "-to provide …").
   */
  static boolean isProse(String line) {
    char first = line.charAt(0);
    return Character.isLowerCase(first)
        || (first == '-' && line.length() > 1 && Character.isLetter(line.charAt(1)))
        || line.endsWith(",")
        || line.endsWith(";")
        || OPERATIVE.matcher(line).matches()
        || SELF_REFERENCE.matcher(line).matches()
        || (PREAMBLE_OPENING.matcher(line).matches() && !NAMES_KIND.matcher(line).matches());
  }

  private static boolean namesKind(String line) {
    return NAMES_KIND.matcher(line).matches() && !SELF_REFERENCE.matcher(line).matches();
  }

  /**
   * The line at {@code first} and those it wraps onto, a single blank line allowed before each: a
   * line goes on when it ends open ({@code of the}) or the next one starts in lower case.
   */
  private static String wrapped(List<String> lines, int first) {
    StringBuilder title = new StringBuilder(lines.get(first));
    int words = words(title.toString());
    int i = first + 1;
    for (int joined = 1; joined < MAX_WRAPPED_LINES && i < lines.size(); joined++, i++) {
      if (lines.get(i).isEmpty() && i + 1 < lines.size()) {
        i++;
      }
      String next = lines.get(i);
      boolean goesOn =
          !next.isEmpty()
              && (OPEN_END.matcher(title).matches() || Character.isLowerCase(next.charAt(0)));
      if (!goesOn || words + words(next) > MAX_WORDS || endsSentence(next) || next.endsWith(";")) {
        break;
      }
      title.append(' ').append(next);
      words += words(next);
    }
    return title.toString();
  }

  /**
   * Whether the line at {@code i} ends a sentence or opens a list ({@code THE KINGDOM OF SPAIN,}):
   * a comma is only a title's wrapping when the title goes on in capitals on the very next line.
   */
  private static boolean endsBlock(List<String> lines, int i, int first) {
    String line = lines.get(i);
    if (!endsClause(line)) {
      return false;
    }
    boolean wraps =
        line.endsWith(",")
            && i > first
            && !lines.get(i - 1).isEmpty()
            && i + 1 < lines.size()
            && isUpperCase(lines.get(i + 1));
    return !wraps;
  }

  private static boolean isUpperCase(String line) {
    return line.chars().anyMatch(Character::isLetter)
        && line.equals(line.toUpperCase(Locale.ROOT))
        && !BULLET.matcher(line).find();
  }

  /** A line that ends a sentence or opens a list is body text, not a title. */
  private static boolean endsClause(String line) {
    return endsSentence(line) || line.endsWith(",") || line.endsWith(";");
  }

  private static boolean endsSentence(String line) {
    String end = unquoted(line);
    return end.endsWith(".") || end.endsWith(":");
  }

  /** {@code line} without the quotes and brackets a sentence may close on after its stop. */
  private static String unquoted(String line) {
    return CLOSING_QUOTES.matcher(line).replaceFirst("");
  }

  /**
   * The words of {@code line}: its runs between spaces, each character of a script written without
   * spaces (Chinese, Japanese) a word of its own, so that a paragraph in them is no title line.
   */
  private static int words(String line) {
    if (line.isEmpty()) {
      return 0;
    }
    int words = 0;
    for (String token : line.split("\\s+")) {
      long unspaced = token.codePoints().filter(UnspacedScripts::contains).count();
      words += unspaced == 0 ? 1 : (int) unspaced;
    }
    return words;
  }

  /** The first lines of the text, stripped; a page break ends a line too. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length() && lines.size() < MAX_LINES) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\f') {
        end++;
      }
      lines.add(text.substring(start, end).strip());
      start = end + 1;
    }
    return lines;
  }
}
