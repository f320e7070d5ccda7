package org.policysearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.policysearch.corpus.CorpusFile;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.corpus.SourceFormat;
import org.policysearch.corpus.UnreadableSourceException;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.Chunker;

/**
 * Main-content figures on web pages whose article is known (Mozilla Readability's test pages, one
 * folder each: {@code source.html}, {@code expected.html}, {@code expected-metadata.json}): how
 * much of the text indexed is the article's (precision), how much of the article is indexed
 * (recall), by words; and how often the title and publication date are the ones expected.
 */
public final class MainContentEvaluation {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /**
   * One page's figures.
   *
   * @param precision the share of the words indexed that are the article's
   * @param recall the share of the article's words indexed
   * @param date the date read, null for none
   * @param expectedDate the day of the page's declared publication, null when not declared
   */
  public record Page(
      String name,
      double precision,
      double recall,
      String title,
      String expectedTitle,
      String date,
      String expectedDate) {
    boolean titleRight() {
      return normal(title).equals(normal(expectedTitle));
    }
  }

  private final List<Page> pages;
  private final List<String> unread;

  private MainContentEvaluation(List<Page> pages, List<String> unread) {
    this.pages = List.copyOf(pages);
    this.unread = List.copyOf(unread);
  }

  /**
   * Reads every page folder under {@code folder} whose expected metadata declares English or no
   * language, as the indexer reads an HTML file, and compares the chunks with the article.
   */
  public static MainContentEvaluation run(Path folder) throws IOException {
    CorpusReader reader = new CorpusReader();
    Chunker chunker = new Chunker();
    ObjectMapper json = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> listed = Files.list(folder)) {
      dirs = listed.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
    }
    for (Path dir : dirs) {
      String name = dir.getFileName().toString();
      Path metadataFile = dir.resolve("expected-metadata.json");
      Path expectedFile = dir.resolve("expected.html");
      if (!Files.isRegularFile(metadataFile) || !Files.isRegularFile(expectedFile)) {
        continue;
      }
      JsonNode metadata = json.readTree(metadataFile.toFile());
      String lang = metadata.path("lang").asText("");
      if (!lang.isEmpty() && !lang.toLowerCase(Locale.ROOT).startsWith("en")) {
        continue;
      }
      Map<String, Integer> expected = words(Jsoup.parse(Files.readString(expectedFile)).text());
      SourceDocument document;
      try {
        document =
            reader.read(
                new CorpusFile(
                    dir.resolve("source.html"), name + ".html", name, SourceFormat.HTML));
      } catch (UnreadableSourceException e) {
        unread.add(name + ": " + e.getMessage());
        pages.add(new Page(name, 0, 0, null, text(metadata, "title"), null, day(metadata)));
        continue;
      }
      StringBuilder indexed = new StringBuilder();
      for (Chunk chunk : chunker.split(document)) {
        indexed.append(chunk.text()).append('\n');
      }
      Map<String, Integer> read = words(indexed.toString());
      int shared = 0;
      for (Map.Entry<String, Integer> word : read.entrySet()) {
        shared += Math.min(word.getValue(), expected.getOrDefault(word.getKey(), 0));
      }
      pages.add(
          new Page(
              name,
              ratio(shared, total(read)),
              ratio(shared, total(expected)),
              document.metadata().title(),
              text(metadata, "title"),
              document.metadata().date(),
              day(metadata)));
    }
    return new MainContentEvaluation(pages, unread);
  }

  /** Every page's figures, in folder order. */
  public List<Page> pages() {
    return pages;
  }

  /** The means over the pages and the title and date counts. */
  public String toText() {
    int n = pages.size();
    double precision = pages.stream().mapToDouble(Page::precision).sum() / Math.max(1, n);
    double recall = pages.stream().mapToDouble(Page::recall).sum() / Math.max(1, n);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    long titles = pages.stream().filter(Page::titleRight).count();
    List<Page> dated = pages.stream().filter(p -> p.expectedDate() != null).toList();
    long right = dated.stream().filter(p -> p.expectedDate().equals(p.date())).count();
    long none = dated.stream().filter(p -> p.date() == null).count();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Main content: %d pages; words indexed that are the article's (precision) %.3f, of"
                + " the article's words indexed (recall) %.3f, F1 of the means %.3f%n"
                + "titles as expected %d of %d; of %d declared dates, %d right, %d wrong, %d not"
                + " found%n",
            n,
            precision,
            recall,
            f1,
            titles,
            n,
            dated.size(),
            right,
            dated.size() - right - none,
            none));
    unread.forEach(u -> out.append("not read: ").append(u).append('\n'));
    return out.toString();
  }

  /** One line a page: name, precision, recall, title read, title expected, date, date expected. */
  public List<String> details() {
    List<String> lines = new ArrayList<>();
    lines.add("page\tprecision\trecall\ttitle\texpected title\tdate\texpected date");
    for (Page p : pages) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s\t%.3f\t%.3f\t%s\t%s\t%s\t%s",
              p.name(),
              p.precision(),
              p.recall(),
              p.title(),
              p.expectedTitle(),
              p.date(),
              p.expectedDate()));
    }
    return lines;
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? (part == 0 ? 1 : 0) : (double) part / whole;
  }

  private static String text(JsonNode metadata, String field) {
    JsonNode value = metadata.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  /** The day of the declared publication time ({@code 2015-07-24T05:36:09+01:00}), or null. */
  private static String day(JsonNode metadata) {
    String time = text(metadata, "publishedTime");
    return time != null && time.length() >= 10 && time.charAt(4) == '-'
        ? time.substring(0, 10)
        : null;
  }

  private static String normal(String title) {
    return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
