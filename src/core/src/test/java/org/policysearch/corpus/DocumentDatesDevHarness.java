package org.policysearch.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Development harness, not a test: compares the old date rule (first date in the first 3,000
 * characters) with {@link MetadataInference} on a set of agreements with known signing dates.
 *
 * <p>Usage: {@code java -cp ... org.policysearch.corpus.DocumentDatesDevHarness <jsonl> <docs-dir>
 * [--verbose]}, each line of the JSONL giving {@code text_file} and {@code date_signed}. Every
 * figure is printed twice: on the texts as stored, and with their first two lines removed (a
 * catalogue's title the agreement itself does not carry).
 */
public final class DocumentDatesDevHarness {
  private DocumentDatesDevHarness() {}

  public static void main(String[] args) throws IOException {
    Path jsonl = Path.of(args[0]);
    Path docs = Path.of(args[1]);
    boolean verbose = args.length > 2 && args[2].equals("--verbose");
    List<String[]> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      rows.add(new String[] {node.get("text_file").asText(), node.get("date_signed").asText()});
    }
    MetadataInference inference = new MetadataInference();
    for (boolean stripped : new boolean[] {false, true}) {
      int[] oldCounts = new int[3];
      int[] newCounts = new int[3];
      int stated = 0;
      for (String[] row : rows) {
        String text = Files.readString(docs.resolve(row[0]), StandardCharsets.UTF_8);
        if (stripped) {
          text = text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
        }
        SourceText source = SourceText.normalised(text, null, List.of());
        String oldDate =
            oldRule(source.text().substring(0, Math.min(3000, source.text().length())));
        String newDate = inference.complete(DocumentMetadata.EMPTY, source, row[0]).date();
        stated += statesDate(source.text(), row[1]) ? 1 : 0;
        count(oldCounts, oldDate, row[1]);
        count(newCounts, newDate, row[1]);
        if (verbose && stripped && !row[1].equals(newDate)) {
          System.out.printf(
              Locale.ROOT, "%-12s truth %s new %s old %s%n", row[0], row[1], newDate, oldDate);
        }
      }
      String label = stripped ? "first two lines removed" : "texts as stored";
      System.out.printf(Locale.ROOT, "%s (%d agreements)%n", label, rows.size());
      print("old rule", oldCounts, rows.size());
      print("new rule", newCounts, rows.size());
      System.out.printf(
          Locale.ROOT,
          "  texts that state their signing date anywhere (the ceiling): %.3f (%d)%n",
          stated / (double) rows.size(),
          stated);
    }
  }

  /** Whether the true date is written anywhere in the text, in a form the rules can read. */
  private static boolean statesDate(String text, String truth) {
    int at = 0;
    while (at < text.length()) {
      // Window by window: the earliest of three patterns is wanted, and each would otherwise
      // run to the end of the text on every call.
      int to = at + 2000;
      var found = DatePhrases.first(text, at, to);
      if (found.isPresent() && found.get().date().toString().equals(truth)) {
        return true;
      }
      at = found.isPresent() ? found.get().end() : to;
    }
    return false;
  }

  private static void count(int[] counts, String date, String truth) {
    counts[date == null ? 2 : date.equals(truth) ? 0 : 1]++;
  }

  private static void print(String rule, int[] counts, int total) {
    System.out.printf(
        Locale.ROOT,
        "  %s: right %.3f (%d)  wrong %.3f (%d)  missing %.3f (%d)  right when dated %.3f%n",
        rule,
        counts[0] / (double) total,
        counts[0],
        counts[1] / (double) total,
        counts[1],
        counts[2] / (double) total,
        counts[2],
        counts[0] / (double) Math.max(1, counts[0] + counts[1]));
  }

  // The rule before this change, kept here only to compare with in the same run.

  private static final String MONTHS = monthsPattern();
  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\s*,?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  static String oldRule(String head) {
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

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (RuntimeException e) {
      return null;
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
