package org.policysearch.corpus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the date of a document that declares none: the date its signature clause gives, else a
 * date standing alone in its title block, else, for a text that is not a treaty (news, a
 * statement), the first date near its top.
 *
 * <p>A treaty's preamble cites older instruments with their dates ({@code the Marrakesh Agreement
 * ... done at Marrakesh, 15 April 1994}); those must never be taken for its own date, so a treaty
 * without a readable signature clause or dated title block gets no date rather than a wrong one.
 */
final class DocumentDates {
  /** Characters searched for a dateline in a text that is not a treaty. */
  static final int HEAD = 3000;

  /** Characters after a signature clause's first word in which its date is looked for. */
  private static final int CLAUSE_REACH = 250;

  /** Characters after {@code IN WITNESS WHEREOF}: the witness sentence, then the place. */
  private static final int WITNESS_REACH = 400;

  /** Lines of the title block looked at for a date of their own. */
  private static final int TITLE_BLOCK_LINES = 12;

  /**
   * The opening of a signature clause: {@code Done at}, {@code DONE in duplicate}, {@code Signed
   * at}, {@code Made at} starting a line or a sentence. A capital is required: the lower-case
   * {@code done at Marrakesh} of a citation is part of another sentence.
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?:^|(?<=[.;:]\\s{1,3})|(?<=/))[ \\t(]*(?:Done|DONE|Signed|SIGNED|Made|MADE|Concluded|CONCLUDED"
              + "|Executed|EXECUTED)(?=,?\\s*(?:at|in|on|this|the|AT|IN|ON|THIS|THE)\\b)",
          Pattern.MULTILINE);

  private static final Pattern WITNESS =
      Pattern.compile("in\\s+(?:witness|faith)\\s+where(?:of|fore)", Pattern.CASE_INSENSITIVE);

  private static final Pattern DATE_OF_SIGNATURE =
      Pattern.compile("date\\s+of\\s+(?:signing|signature)\\s*:", Pattern.CASE_INSENSITIVE);

  /**
   * What only a legal instrument's text says: a treaty's operative formula, witness clause or first
   * article, a decision's recitals ({@code Having regard to}, {@code Whereas}).
   */
  private static final Pattern INSTRUMENT =
      Pattern.compile(
          "agreed?\\s+as\\s+follows|in\\s+(?:witness|faith)\\s+where(?:of|fore)"
              + "|^[ \\t]*(?:article\\s+(?:1|I|one)\\b|having\\s+regard\\s+to\\b|whereas\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /** A title-block line that is a date, maybe after a place: {@code (Brussels, 4 March 2025)}. */
  private static final Pattern PLACE_BEFORE_DATE =
      Pattern.compile("[ \\t(]*(?:\\p{Lu}[\\p{L}.'’ -]{0,40},\\s*)?");

  private static final Pattern SIGNED_IN_TITLE =
      Pattern.compile("\\b(?:signed|done|concluded)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern INSTRUMENT_WORD =
      Pattern.compile(
          "\\b(?:agreement|treaty|convention|protocol|memorandum|arrangement|accord|charter"
              + "|decision|exchange\\s+of\\s+letters)s?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern AFTER_DATE = Pattern.compile("[\\s).]*");

  private DocumentDates() {}

  /** The document's date as {@code yyyy-mm-dd}, or null when the text gives none to trust. */
  static String of(String text) {
    Optional<LocalDate> date =
        signatureDate(text).or(() -> titleDate(text)).or(() -> dateLine(text));
    if (date.isEmpty() && !isInstrument(text)) {
      date = DatePhrases.first(text, 0, HEAD).map(DatePhrases.Found::date);
    }
    return date.map(LocalDate::toString).orElse(null);
  }

  /**
   * The date of the first signature clause that gives one. The agreement's own clause comes before
   * those of protocols and annexes appended to it, which may be later.
   */
  static Optional<LocalDate> signatureDate(String text) {
    Optional<LocalDate> clause = firstDateAfter(CLAUSE.matcher(text), text, CLAUSE_REACH);
    Optional<LocalDate> witness = firstDateAfter(WITNESS.matcher(text), text, WITNESS_REACH);
    Optional<LocalDate> stated = firstDateAfter(DATE_OF_SIGNATURE.matcher(text), text, 60);
    return clause.or(() -> witness).or(() -> stated);
  }

  private static Optional<LocalDate> firstDateAfter(Matcher opening, String text, int reach) {
    while (opening.find()) {
      Optional<DatePhrases.Found> date =
          DatePhrases.first(text, opening.end(), opening.end() + reach);
      if (date.isPresent()) {
        return Optional.of(date.get().date());
      }
    }
    return Optional.empty();
  }

  /**
   * The date a title gives for its own signature ({@code Free Trade Agreement between A and B
   * signed on 3 April 2007}); not when it names a second instrument, as in {@code Protocol amending
   * the Agreement signed on ...}, whose date would be the older one's.
   */
  static Optional<LocalDate> titleDate(String text) {
    Optional<TitleBlock> block = TitleBlock.find(text.substring(0, Math.min(text.length(), HEAD)));
    if (block.isEmpty()) {
      return Optional.empty();
    }
    String title = block.get().title();
    Matcher signed = SIGNED_IN_TITLE.matcher(title);
    if (!signed.find() || INSTRUMENT_WORD.matcher(title).results().count() != 1) {
      return Optional.empty();
    }
    return DatePhrases.first(title, signed.end(), signed.end() + 80).map(DatePhrases.Found::date);
  }

  /** A date standing on a line of its own among the first short lines: a dated title block. */
  static Optional<LocalDate> dateLine(String text) {
    int lineStart = 0;
    for (int line = 0; line < TITLE_BLOCK_LINES && lineStart < text.length(); line++) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String content = text.substring(lineStart, lineEnd);
      if (content.isBlank()) {
        line--;
      } else if (content.strip().split("\\s+").length > 25) {
        return Optional.empty(); // the body has begun
      } else {
        Optional<DatePhrases.Found> date = DatePhrases.first(content, 0, content.length());
        if (date.isPresent() && standsAlone(content, date.get())) {
          return Optional.of(date.get().date());
        }
      }
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
  }

  private static boolean standsAlone(String line, DatePhrases.Found date) {
    String before = line.substring(0, date.start());
    return PLACE_BEFORE_DATE.matcher(before).matches()
        && before.strip().split("\\s+").length <= 4
        && AFTER_DATE.matcher(line.substring(date.end())).matches();
  }

  static boolean isInstrument(String text) {
    return INSTRUMENT.matcher(text).find();
  }
}
