package org.policysearch.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.tagging.CountryTagger;

/**
 * The plain baseline a newcomer would write: every line opening with a part, chapter, section or
 * article number is a heading, under the last of each keyword that outranks its own; the first "29
 * October 2025" date of the opening is the date; the countries the first 5,000 characters name are
 * the parties.
 */
public final class RegexStructure implements StructureSystem {
  private static final Pattern HEADING =
      Pattern.compile(
          "(?m)^[ \\t]*((?i:(part|chapter|section|article))\\s+[0-9IVXLC]+[A-Za-z]?\\b[^\\n]*)$");
  private static final List<String> RANKS = List.of("part", "chapter", "section", "article");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December) \\d{4})\\b");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final CountryTagger countries;

  public RegexStructure(CountryTagger countries) {
    this.countries = countries;
  }

  @Override
  public String name() {
    return "regex baseline";
  }

  @Override
  public StructureAnalysis analyse(SourceDocument document) {
    String text = document.text();
    List<StructureAnalysis.FoundHeading> headings = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    // The open heading of each keyword, outermost first: a heading is under those that outrank it.
    String[] open = new String[RANKS.size()];
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      String heading = m.group(1).strip();
      int rank = RANKS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
      List<String> path = new ArrayList<>();
      for (int r = 0; r < rank; r++) {
        if (open[r] != null) {
          path.add(open[r]);
        }
      }
      open[rank] = heading;
      Arrays.fill(open, rank + 1, open.length, null);
      headings.add(new StructureAnalysis.FoundHeading(heading, m.start(1), path));
      entries.add(heading);
    }
    String opening = text.substring(0, Math.min(text.length(), 5_000));
    return new StructureAnalysis(headings, entries, firstDate(opening), countries.tag(opening));
  }

  private static String firstDate(String text) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      try {
        return LocalDate.parse(m.group(1), DAY_MONTH_YEAR).toString();
      } catch (DateTimeParseException e) {
        // "31 February 2001" is no date; try the next
      }
    }
    return null;
  }
}
