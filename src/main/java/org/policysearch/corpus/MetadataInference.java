package org.policysearch.corpus;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers title, date and type for a document that declares none, from the start of its text.
 *
 * <ul>
 *   <li>title: the title the file declares (HTML {@code <title>}, PDF info); else the first line of
 *       3 to 20 words that is not a bullet and does not end a sentence; else the file name;
 *   <li>date: the first full date in the first 3,000 characters ({@code October 29, 2025}, {@code
 *       29 October 2025}, {@code 2025-10-29});
 *   <li>type: {@code joint-statement}, {@code mou}, {@code agreement}, {@code treaty} or {@code
 *       strategy} when the title or the first 1,000 characters say so, else {@code document}.
 * </ul>
 *
 * Parties are inferred later, by the tagging stage, which knows country names.
 */
public final class MetadataInference {
  /** Characters searched for a title line; 40 lines of 20 words fit well within. */
  private static final int TITLE_HEAD = 20_000;

  private static final String MONTHS = monthsPattern();
  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\s*,?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern BULLET = Pattern.compile("^\\s*([-*•–—#]|\\(?[a-z0-9]{1,3}[.)])\\s");

  /** Declared metadata completed with what the text gives. */
  public DocumentMetadata complete(DocumentMetadata declared, SourceText source, String fileName) {
    String head = source.text().substring(0, Math.min(source.text().length(), 3000));
    String title = declared.title() != null ? declared.title() : inferTitle(source, fileName);
    return declared.orElse(
        new DocumentMetadata(title, inferDate(head), inferType(title, head), null, null, null));
  }

  static String inferTitle(SourceText source, String fileName) {
    if (source.title() != null && !source.title().isBlank()) {
      return source.title().strip();
    }
    // Only the head is split: Pattern.split keeps matching to the end of the input even after
    // its limit is reached, which costs seconds on a 50 MB file.
    String head = source.text().substring(0, Math.min(source.text().length(), TITLE_HEAD));
    for (String line : head.split("[\\n\\f]", 40)) {
      String trimmed = line.strip();
      int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
      boolean endsSentence = trimmed.endsWith(".") || trimmed.endsWith(":");
      if (words >= 3 && words <= 20 && !endsSentence && !BULLET.matcher(trimmed).find()) {
        return trimmed;
      }
    }
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_]+", " ").strip();
    return stem.isEmpty()
        ? fileName
        : stem.substring(0, 1).toUpperCase(Locale.ROOT) + stem.substring(1);
  }

  static String inferDate(String head) {
    Matcher iso = ISO.matcher(head);
    Matcher monthFirst = MONTH_FIRST.matcher(head);
    Matcher dayFirst = DAY_FIRST.matcher(head);
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    if (iso.find()) {
      best = date(iso.group(1), iso.group(2), iso.group(3));
      bestAt = best == null ? bestAt : iso.start();
    }
    if (monthFirst.find() && monthFirst.start() < bestAt) {
      LocalDate d =
          date(monthFirst.group(3), monthNumber(monthFirst.group(1)), monthFirst.group(2));
      if (d != null) {
        best = d;
        bestAt = monthFirst.start();
      }
    }
    if (dayFirst.find() && dayFirst.start() < bestAt) {
      LocalDate d = date(dayFirst.group(3), monthNumber(dayFirst.group(2)), dayFirst.group(1));
      if (d != null) {
        best = d;
      }
    }
    return best == null ? null : best.toString();
  }

  static String inferType(String title, String head) {
    String text =
        ((title == null ? "" : title) + "\n" + head.substring(0, Math.min(head.length(), 1000)))
            .toLowerCase(Locale.ROOT);
    if (text.contains("joint statement")) {
      return "joint-statement";
    }
    if (text.contains("memorandum of understanding") || text.matches("(?s).*\\bmou\\b.*")) {
      return "mou";
    }
    if (text.contains("treaty")) {
      return "treaty";
    }
    if (text.contains("agreement")) {
      return "agreement";
    }
    if (text.contains("strategy")) {
      return "strategy";
    }
    return "document";
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (RuntimeException e) {
      return null; // "February 31" and the like are not dates
    }
  }

  private static String monthNumber(String name) {
    return String.valueOf(Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue());
  }

  private static String monthsPattern() {
    StringBuilder names = new StringBuilder();
    for (Month month : Month.values()) {
      names.append(names.length() == 0 ? "" : "|");
      names.append(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    return names.toString();
  }
}
