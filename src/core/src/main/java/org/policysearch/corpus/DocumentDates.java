package org.policysearch.corpus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the date of a document that declares none: the date its signature clause gives, else the
 * date its title gives or a date line under the title, else, for a text that is not a legal
 * instrument (news, a statement), the first date near its top.
 *
 * <p>A treaty's preamble cites older instruments with their dates ({@code the Marrakesh Agreement
 * ... done at Marrakesh, 15 April 1994}); those must never be taken for its own date, so a treaty
 * or decision without a readable signature clause or dated title gets no date rather than a wrong
 * one.
 */
final class DocumentDates {
  /** Characters searched for a title, a date line or, in a text that is no instrument, a date. */
  static final int HEAD = 3000;

  /** Characters after a signature clause's first word in which its date is looked for. */
  private static final int CLAUSE_REACH = 250;

  /** Characters after {@code IN WITNESS WHEREOF}: the witness sentence, then the place. */
  private static final int WITNESS_REACH = 400;

  /** Lines of the title block looked at for a date of their own. */
  private static final int TITLE_BLOCK_LINES = 12;

  /**
   * The first word of a signature clause: {@code Done at}, {@code DONE in duplicate}, {@code Signed
   * at}, {@code Made at}; in Spanish {@code Hecho en}, {@code Firmado en}, {@code Suscrito en}, in
   * French {@code Fait à}. A capital is required, and {@link #opensSentence} checks that the word
   * starts a line or a sentence: the lower-case {@code done at Marrakesh} of a citation is part of
   * another sentence. The whole text is scanned, so this pattern and the two below start with a
   * character class that fails fast: a 50 MB text costs about a second.
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "[DSMCEHF](?:(?<=[DSMCE])(?:one|ONE|igned|IGNED|ade|ADE|oncluded|ONCLUDED|xecuted|XECUTED)"
              + "(?=,?\\s*(?:at|in|on|this|the|AT|IN|ON|THIS|THE)\\b)"
              + "|(?<=[HFSD])(?:echo|ECHO|irmado|IRMADO|uscrito|USCRITO|ado|ADO)"
              + "(?=,?\\s*(?:en|el|a|EN|EL|A)\\s)"
              + "|(?<=F)(?:ait|AIT)(?=,?\\s*(?:à|a|en|le|À|A|EN|LE)\\s))");

  private static final Pattern WITNESS =
      Pattern.compile(
          "[IiE][Nn](?<!\\p{L}..)\\s+(?:(?:[Ww]itness|WITNESS|[Ff]aith|FAITH)\\s+(?:[Ww]here|WHERE)"
              + "(?:of|OF|fore|FORE)"
              + "|(?:[Ff][Ee]|[Tt](?:estimonio|ESTIMONIO))\\s+(?:de|DE)\\s+(?:lo|LO)\\s+(?:cual|CUAL)"
              + "|[Ff](?:oi|OI)\\s+(?:de|DE)\\s+(?:quoi|QUOI))");

  /**
   * A decision's closing line, {@code Adopted on 4th December, 1969.}: on a line of its own, not
   * the note {@code (Adopted at the 1st Meeting on …)} over a decision appended to an agreement.
   */
  private static final Pattern ADOPTED = Pattern.compile("(?m)^[ \\t]*(?:Adopted|ADOPTED)\\s");

  private static final Pattern DATE_OF_SIGNATURE =
      Pattern.compile(
          "[Dd](?:ate|ATE)\\s+(?:of|OF)\\s+(?:[Ss]ign|SIGN)(?:ing|ature|ING|ATURE)\\s*:");

  /**
   * A sentence saying the document is signed, where it has no clause of its own: {@code This
   * Agreement is signed in quadruplicate on this 29th day of June}, {@code This agreement has been
   * prepared in the Arabic language …, signed in Rabat on}. Up to {@code signed}, so that the date
   * is looked for after it.
   */
  private static final Pattern SIGNED_SENTENCE =
      Pattern.compile(
          "[Tt](?:his|HIS)\\s+(?i:agreement|treaty|protocol|convention)\\b([^.;]{0,200}?)"
              + "\\b(?i:signed)\\b");

  /** Characters searched for what only a legal instrument says; its preamble ends well before. */
  private static final int INSTRUMENT_HEAD = 100_000;

  /**
   * What only a legal instrument's text says: a treaty's operative formula ({@code agreed as
   * follows}, {@code agreed upon the following provisions}), witness clause, first article or an
   * article's heading on a line of its own ({@code ARTICLE 2}, where a scan lost the first), a
   * decision's recitals ({@code Having regard to}, {@code Whereas}); in Spanish and French the
   * formula ({@code han acordado lo siguiente}, {@code sont convenus de ce qui suit}), the witness
   * clause and the first article.
   */
  static final Pattern INSTRUMENT =
      Pattern.compile(
          "agreed?\\s+(?:as\\s+follows|(?:up)?on\\s+the\\s+following)"
              + "|in\\s+(?:witness|faith)\\s+where(?:of|fore)"
              + "|(?:acordado|convenido)\\s+(?:en\\s+)?lo\\s+siguiente|convenu(?:e?s)?\\s+(?:de\\s+)?ce\\s+qui\\s+suit"
              + "|en\\s+(?:(?:fe|testimonio)\\s+de\\s+lo\\s+cual|foi\\s+de\\s+quoi)"
              + "|^[ \\t]*article\\s+(?:\\d+|[IVX]+)[ \\t.:]*$"
              + "|^[ \\t]*(?:article\\s+(?:1|I|one)\\b|having\\s+regard\\s+to\\b|whereas\\b"
              + "|art[íÍi]culo\\s+(?:1|I|primero|uno)\\b|article\\s+(?:premier|1er)\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /**
   * A title-block line that is a date, maybe after a place: {@code (Brussels, 4 March 2025)}; in
   * French and Spanish with the article before the day: {@code Bruxelles, le 4 mars 2025}.
   */
  private static final Pattern PLACE_BEFORE_DATE =
      Pattern.compile("[ \\t(]*(?:\\p{Lu}[\\p{L}.'’ -]{0,40},\\s*)?(?:(?:le|el)\\s+)?");

  private static final Pattern SIGNED_IN_TITLE =
      Pattern.compile("\\b(?:signed|done|concluded)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern INSTRUMENT_WORD =
      Pattern.compile(
          "\\b(?:agreement|treaty|convention|protocol|memorandum|arrangement|accord|charter"
              + "|decision|exchange\\s+of\\s+letters)s?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern AFTER_DATE = Pattern.compile("[\\s).]*");

  private DocumentDates() {}

  /**
   * The document's date as {@code yyyy-mm-dd}, or null when the text gives none to trust, for a
   * text its file says was {@code published} (ISO, or null): its signature clause's, its title's or
   * its date line's, else the year or month a signature clause left blank but for them ({@code
   * yyyy}, {@code yyyy-mm}), else the date it was published (a news page's, rather than the first
   * date its story mentions), else, for a text that is no instrument, the first date it gives.
   */
  static String of(String text, String published) {
    Optional<LocalDate> date =
        signatureDate(text).or(() -> titleDate(text)).or(() -> dateLine(text));
    if (date.isEmpty()) {
      Optional<String> partial = partialSignatureDate(text);
      if (partial.isPresent()) {
        return partial.get();
      }
    }
    if (date.isEmpty() && published != null) {
      return published;
    }
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
    return firstDateAfter(CLAUSE, m -> opensSentence(text, m.start()), text, CLAUSE_REACH)
        .or(() -> firstDateAfter(WITNESS, m -> true, text, WITNESS_REACH))
        .or(() -> firstDateAfter(DATE_OF_SIGNATURE, m -> true, text, 60))
        .or(() -> firstDateAfter(ADOPTED, m -> true, text, 60))
        // "This Protocol amends the Agreement signed on …" dates the older one.
        .or(
            () ->
                firstDateAfter(
                    SIGNED_SENTENCE,
                    m -> !INSTRUMENT_WORD.matcher(m.group(1)).find(),
                    text,
                    CLAUSE_REACH));
  }

  /**
   * The year, or month and year, of the first signature clause that gives one where its day was
   * left blank ({@code DONE at ____ this ___ day of ____ 2003}: {@code 2003}), when no clause gives
   * a whole date. The year is the agreement's own, unlike the dates its preamble cites.
   */
  static Optional<String> partialSignatureDate(String text) {
    return firstPartialAfter(CLAUSE, m -> opensSentence(text, m.start()), text, CLAUSE_REACH)
        .or(() -> firstPartialAfter(WITNESS, m -> true, text, WITNESS_REACH))
        .or(() -> firstPartialAfter(DATE_OF_SIGNATURE, m -> true, text, 60));
  }

  private static Optional<String> firstPartialAfter(
      Pattern opening, Predicate<MatchResult> counts, String text, int reach) {
    return firstAfter(opening, counts, text, reach, PartialDates::first);
  }

  /**
   * The first date found within {@code reach} after an opening that has one and that {@code counts}
   * accepts.
   */
  private static Optional<LocalDate> firstDateAfter(
      Pattern opening, Predicate<MatchResult> counts, String text, int reach) {
    return firstAfter(
        opening,
        counts,
        text,
        reach,
        (within, from, to) -> DatePhrases.first(within, from, to).map(DatePhrases.Found::date));
  }

  /** What looks in {@code text} from {@code from} to {@code to} for a date of some precision. */
  private interface DateFinder<T> {
    Optional<T> first(String text, int from, int to);
  }

  /**
   * The first date {@code finder} finds within {@code reach} after an opening that {@code counts}
   * accepts.
   */
  private static <T> Optional<T> firstAfter(
      Pattern opening,
      Predicate<MatchResult> counts,
      String text,
      int reach,
      DateFinder<T> finder) {
    Matcher found = opening.matcher(text);
    while (found.find()) {
      if (!counts.test(found)) {
        continue;
      }
      Optional<T> date = finder.first(text, found.end(), found.end() + reach);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** Whether {@code at} starts a line or a sentence ({@code .}, {@code ;} or {@code :} before). */
  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '(')) {
      i--;
    }
    if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\f' || text.charAt(i) == '/') {
      return true; // "/" separates the language versions of one clause: "...ένα./Done at"
    }
    return ".;:".indexOf(text.charAt(i)) >= 0 && i < at - 1 && at - 1 - i <= 3;
  }

  /**
   * The date a title gives for its own signature ({@code Free Trade Agreement between A and B
   * signed on 3 April 2007}); not when it names a second instrument, as in {@code Protocol amending
   * the Agreement signed on ...}, whose date would be the older one's.
   */
  static Optional<LocalDate> titleDate(String text) {
    Optional<String> block = TitleBlock.find(text.substring(0, Math.min(text.length(), HEAD)));
    if (block.isEmpty()) {
      return Optional.empty();
    }
    String title = block.get();
    Matcher signed = SIGNED_IN_TITLE.matcher(title);
    if (!signed.find() || INSTRUMENT_WORD.matcher(title).results().count() != 1) {
      return Optional.empty();
    }
    return DatePhrases.first(title, signed.end(), signed.end() + 80).map(DatePhrases.Found::date);
  }

  /** A date standing on a line of its own among the first short lines: a dated title block. */
  static Optional<LocalDate> dateLine(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    int looked = 0;
    for (String line : head.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      if (looked++ == TITLE_BLOCK_LINES || line.strip().split("\\s+").length > 25) {
        return Optional.empty(); // the body has begun
      }
      Optional<DatePhrases.Found> date = DatePhrases.first(line, 0, line.length());
      if (date.isPresent() && standsAlone(line, date.get())) {
        return Optional.of(date.get().date());
      }
    }
    return Optional.empty();
  }

  private static boolean standsAlone(String line, DatePhrases.Found date) {
    String before = line.substring(0, date.start());
    return PLACE_BEFORE_DATE.matcher(before).matches()
        && before.strip().split("\\s+").length <= 4
        && AFTER_DATE.matcher(line.substring(date.end())).matches();
  }

  /** Whether the text is a treaty or a decision, whose first dates are those it cites. */
  static boolean isInstrument(String text) {
    int head = Math.min(text.length(), INSTRUMENT_HEAD);
    return new StartScan(INSTRUMENT, text, 0, head, DocumentDates::mayStartInstrument).find()
        || WITNESS.matcher(text).find();
  }

  /**
   * Whether {@link #INSTRUMENT} may start at {@code at}: "agree", "acordado", "convenido",
   * "convenu", "in" or "en" before a space, or a line's start. Tried at every character of a text's
   * first 100,000, the pattern was about 2 % of indexing a corpus of short texts.
   */
  static boolean mayStartInstrument(String text, int at) {
    if (StartScan.atLineStart(text, at) || AGREE.at(text, at)) {
      return true;
    }
    return IN.at(text, at) && at + 2 < text.length() && Character.isWhitespace(text.charAt(at + 2));
  }

  private static final WordStarts AGREE =
      WordStarts.of("agree", "acordado", "convenido", "convenu");
  private static final WordStarts IN = WordStarts.of("in", "en");
}
