package org.policysearch.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.corpus.Bloc;
import org.policysearch.corpus.Blocs;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.eval.TaggingEvaluation.Counts;
import org.policysearch.structure.OutlineParser;
import org.policysearch.tagging.CountryTagger;

/**
 * Scores recovered outlines, dates and parties against known ones ({@link StructureGold}).
 *
 * <ul>
 *   <li>Headings: a known heading is found when its lines, joined and normalised (case, punctuation
 *       and spaces ignored), equal an entry of some chunk's section path. A heading found that is
 *       not known counts against precision unless the known outline could not list it: it opens
 *       before the first known heading (a title block), or it is a kind the known outlines do not
 *       mark (part, section, annex, appendix, schedule, protocol).
 *   <li>Nesting: of the known articles found (a heading starting on an article's known line), the
 *       share whose section path holds their known chapter (the known chapter heading before them)
 *       and no other known chapter: the breadcrumb a reader sees above a passage.
 *   <li>Parties: micro precision, recall and F1 over documents; an answer {@code EU} stands for the
 *       known parties that are EU member states (catalogues list the members where the text names
 *       the Union); other bloc codes are neither right nor wrong, as catalogues list only states.
 *       "Named" counts only the known parties the text itself names.
 *   <li>Dates: the share of dated documents given exactly their date, given only its year or month
 *       (a signature clause left blank but for them: {@code 2003}, {@code 2003-02}), given a wrong
 *       one, or none; and the share of dates given that are right as far as they go (P), since no
 *       date is better than a wrong one.
 * </ul>
 */
public final class StructureEvaluation {
  private static final Pattern UNMARKED_KIND =
      Pattern.compile(
          "^(?:part|section|sub section|subsection|annex|annexes|appendix|appendices|schedule"
              + "|protocol|attachment|title|preamble)\\b.*");

  private static final Pattern KEYWORD =
      Pattern.compile("(part|title|chapter|section|sub ?section|annex|appendix|schedule)\\b");

  private final CountryTagger countries;

  /** EU member states past and present: ToTA lists them where a text names the Union. */
  private final Set<String> euMembers;

  private final Map<String, Scores> bySystem = new LinkedHashMap<>();
  private final List<String> details = new ArrayList<>();
  private int documents;
  private int headingsNotInText;

  public StructureEvaluation(CountryTagger countries, Blocs blocs) {
    this.countries = countries;
    Bloc eu = blocs.byCode("EU").orElseThrow();
    Set<String> members = new HashSet<>(eu.members());
    members.addAll(eu.formerMembers());
    this.euMembers = Set.copyOf(members);
  }

  /** Sums of one system's scores. */
  private static final class Scores {
    Counts headings = new Counts(0, 0, 0);
    Counts parties = new Counts(0, 0, 0);
    Counts namedParties = new Counts(0, 0, 0);
    int dated;
    int rightDate;
    int partialDate;
    int wrongDate;
    int articlesPlaced;
    int articlesInTheirChapter;
  }

  /** A known heading as scored: its normal form, its level, and where its first line is. */
  private record Placed(String normal, int level, int start, int end) {}

  /** Scores each system on one document whose text has had its first {@code dropped} lines cut. */
  public void add(
      StructureGold gold, SourceDocument document, int dropped, List<StructureSystem> systems) {
    documents++;
    String text = document.text();
    List<Integer> lineStarts = lineStarts(text);
    Map<String, Integer> known = new LinkedHashMap<>();
    List<Placed> placed = new ArrayList<>();
    int firstKnown = Integer.MAX_VALUE;
    for (StructureGold.Heading h : gold.headings()) {
      int line = h.line() - 1 - dropped;
      String normal = OutlineParser.normalised(String.join(" ", h.lines()));
      if (line < 0 || line >= lineStarts.size() || !startsAt(text, lineStarts, line, h)) {
        headingsNotInText++;
        continue;
      }
      known.putIfAbsent(key(normal), lineStarts.get(line));
      int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
      placed.add(new Placed(normal, h.level(), lineStarts.get(line), end));
      firstKnown = Math.min(firstKnown, lineStarts.get(line));
    }
    Set<String> named = namedParties(text, gold.parties());
    for (StructureSystem system : systems) {
      StructureAnalysis found = system.analyse(document);
      Scores scores = bySystem.computeIfAbsent(system.name(), k -> new Scores());
      scoreHeadings(system.name(), gold, known, firstKnown, found, scores);
      scoreNesting(system.name(), gold, placed, found, scores);
      List<String> answered = partiesAnswered(found.parties(), gold.parties());
      scores.parties = scores.parties.plus(compare(answered, gold.parties()));
      scores.namedParties = scores.namedParties.plus(compare(answered, List.copyOf(named)));
      if (!Set.copyOf(answered).equals(Set.copyOf(gold.parties()))) {
        details.add(
            system.name()
                + "\t"
                + gold.file()
                + "\tparties\t"
                + found.parties()
                + " known "
                + gold.parties()
                + " named "
                + named);
      }
      if (gold.date() != null) {
        scores.dated++;
        if (gold.date().equals(found.date())) {
          scores.rightDate++;
        } else if (found.date() != null
            && found.date().length() < gold.date().length()
            && gold.date().startsWith(found.date() + "-")) {
          scores.partialDate++;
        } else if (found.date() != null) {
          scores.wrongDate++;
        }
        if (!gold.date().equals(found.date())) {
          details.add(
              system.name()
                  + "\t"
                  + gold.file()
                  + "\tdate\t"
                  + found.date()
                  + " known "
                  + gold.date());
        }
      }
    }
  }

  private void scoreHeadings(
      String system,
      StructureGold gold,
      Map<String, Integer> known,
      int firstKnown,
      StructureAnalysis found,
      Scores scores) {
    Set<String> entries = new HashSet<>();
    found.pathEntries().forEach(e -> entries.add(key(OutlineParser.normalised(e))));
    int tp = 0;
    int fn = 0;
    for (String heading : known.keySet()) {
      if (entries.contains(heading)) {
        tp++;
      } else {
        fn++;
        details.add(system + "\t" + gold.file() + "\tmissed\t" + heading);
      }
    }
    int fp = 0;
    Set<String> counted = new HashSet<>();
    for (StructureAnalysis.FoundHeading heading : found.headings()) {
      String normal = OutlineParser.normalised(heading.text());
      if (known.containsKey(key(normal))
          || heading.start() < firstKnown
          || UNMARKED_KIND.matcher(normal).matches()
          || !counted.add(key(normal))) {
        continue;
      }
      fp++;
      details.add(system + "\t" + gold.file() + "\tfalse\t" + heading.text());
    }
    scores.headings = scores.headings.plus(new Counts(tp, fp, fn));
  }

  private void scoreNesting(
      String system,
      StructureGold gold,
      List<Placed> placed,
      StructureAnalysis found,
      Scores scores) {
    Set<String> chapters = new HashSet<>();
    placed.stream().filter(p -> p.level() == 1).forEach(p -> chapters.add(key(p.normal())));
    Placed chapter = null;
    int next = 0;
    List<StructureAnalysis.FoundHeading> headings = found.headings();
    for (Placed known : placed) {
      if (known.level() == 1) {
        // A catalogue's "Preamble" holds the first articles only by its own markup.
        chapter = known.normal().equals("preamble") ? null : known;
        continue;
      }
      if (chapter == null) {
        continue;
      }
      while (next < headings.size() && headings.get(next).start() < known.start()) {
        next++;
      }
      if (next == headings.size() || headings.get(next).start() >= known.end()) {
        continue; // not found as a heading: recall's business
      }
      List<String> path =
          headings.get(next).path().stream().map(OutlineParser::normalised).toList();
      String own = key(chapter.normal());
      String keyword = keyword(chapter.normal());
      // Known outlines list titles and their chapters alike as level 1: a title above the
      // chapter may be right, another chapter above it never is.
      boolean inAnother =
          path.stream()
              .anyMatch(
                  e ->
                      !key(e).equals(own)
                          && chapters.contains(key(e))
                          && keyword(e).equals(keyword));
      scores.articlesPlaced++;
      if (path.stream().anyMatch(e -> key(e).equals(own)) && !inAnother) {
        scores.articlesInTheirChapter++;
      } else {
        details.add(
            system
                + "\t"
                + gold.file()
                + "\tnested\t"
                + known.normal()
                + " under "
                + headings.get(next).path()
                + " known "
                + chapter.normal());
      }
    }
  }

  /** The keyword a normalised heading opens with ({@code chapter}, {@code title}), or "". */
  private static String keyword(String normal) {
    Matcher m = KEYWORD.matcher(normal);
    return m.lookingAt() ? m.group(1).replace(" ", "") : "";
  }

  /** The answer as the catalogue would write it: EU as the known member states it stands for. */
  private List<String> partiesAnswered(List<String> answer, List<String> known) {
    List<String> answered = new ArrayList<>();
    for (String code : answer) {
      if (code.equals("EU")) {
        known.stream().filter(euMembers::contains).forEach(answered::add);
        if (known.stream().noneMatch(euMembers::contains)) {
          answered.add(code);
        }
      } else if (code.length() == 2) {
        answered.add(code); // other blocs: catalogues list only states
      }
    }
    return answered.stream().distinct().toList();
  }

  private Set<String> namedParties(String text, List<String> known) {
    Set<String> inText = new HashSet<>(countries.tag(text));
    Set<String> named = new HashSet<>();
    for (String code : known) {
      if (inText.contains(code) || inText.contains("EU") && euMembers.contains(code)) {
        named.add(code);
      }
    }
    return named;
  }

  private static Counts compare(List<String> answered, List<String> known) {
    Set<String> gold = Set.copyOf(known);
    int tp = (int) answered.stream().filter(gold::contains).count();
    return new Counts(tp, answered.size() - tp, gold.size() - tp);
  }

  private static boolean startsAt(
      String text, List<Integer> lineStarts, int line, StructureGold.Heading heading) {
    int start = lineStarts.get(line);
    int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
    return OutlineParser.normalised(text.substring(start, end))
        .equals(OutlineParser.normalised(heading.lines().get(0)));
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /**
   * A normalised heading as matched: without its spaces too, so that a heading whose words lost
   * their spaces in the source ("Nationaltreatment") is the one the engine reads with them; and
   * without a footnote's number glued to its last word ("national treatment14"), which the known
   * outlines copy from the text and the engine leaves out.
   */
  private static String key(String normal) {
    return OutlineParser.withoutFootnoteMark(normal).replace(" ", "");
  }

  /**
   * One system's figures.
   *
   * @param headings known headings found (tp), missed (fn), and headings found that are not known
   *     and could have been (fp)
   * @param parties parties answered against all known parties
   * @param namedParties parties answered against the known parties the text names
   * @param dated documents with a known date
   * @param rightDate of those, given exactly their date
   * @param partialDate of those, given only their year or year and month
   * @param wrongDate of those, given another date
   * @param articlesPlaced known articles found as headings, under a known chapter
   * @param articlesInTheirChapter of those, under their own chapter and no other
   */
  public record Figures(
      Counts headings,
      Counts parties,
      Counts namedParties,
      int dated,
      int rightDate,
      int partialDate,
      int wrongDate,
      int articlesPlaced,
      int articlesInTheirChapter) {}

  /** The figures of the system named {@code system}. */
  public Figures figures(String system) {
    Scores s = bySystem.get(system);
    if (s == null) {
      throw new IllegalArgumentException("no system " + system);
    }
    return new Figures(
        s.headings,
        s.parties,
        s.namedParties,
        s.dated,
        s.rightDate,
        s.partialDate,
        s.wrongDate,
        s.articlesPlaced,
        s.articlesInTheirChapter);
  }

  /** One line per miss (system, file, what, value), for finding what to work on. */
  public List<String> details() {
    return List.copyOf(details);
  }

  /** The figures as a text table. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Structure: %d documents; %d known headings not found in the text were not scored%n",
            documents,
            headingsNotInText));
    out.append(
        String.format(
            Locale.ROOT,
            "%-16s %27s   %9s   %27s   %27s   %40s%n",
            "",
            "headings P / R / F1",
            "nesting",
            "parties named P / R / F1",
            "parties all P / R / F1",
            "date right / partial / wrong / none / P"));
    for (Map.Entry<String, Scores> e : bySystem.entrySet()) {
      Scores s = e.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "%-16s %s   %9.3f   %s   %s   %6.3f / %7.3f / %5.3f / %5.3f / %5.3f%n",
              e.getKey(),
              prf(s.headings),
              share(s.articlesInTheirChapter, s.articlesPlaced),
              prf(s.namedParties),
              prf(s.parties),
              share(s.rightDate, s.dated),
              share(s.partialDate, s.dated),
              share(s.wrongDate, s.dated),
              share(s.dated - s.rightDate - s.partialDate - s.wrongDate, s.dated),
              share(s.rightDate + s.partialDate, s.rightDate + s.partialDate + s.wrongDate)));
    }
    return out.toString();
  }

  private static String prf(Counts c) {
    return String.format(Locale.ROOT, "%7.3f / %7.3f / %7.3f", c.precision(), c.recall(), c.f1());
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
