package org.policysearch.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date an HTML page says it was published, as news sites and government newsrooms declare it
 * for search engines and social networks: Open Graph's {@code article:published_time}, schema.org's
 * {@code datePublished}, Parse.ly's {@code parsely-pub-date}, Dublin Core's {@code DC.date}, a
 * {@code <time>} element.
 */
final class PublishedDate {
  /** The meta elements that declare it, most specific first. */
  private static final List<String> META =
      List.of(
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=article:published_time]",
          "meta[name=publication_date]",
          "meta[name=parsely-pub-date]",
          "meta[name=DC.date.issued]",
          "meta[name=dcterms.issued]",
          "meta[name=DC.date]",
          "meta[name=dcterms.date]",
          "meta[name=date]");

  /** A date as a page declares it: ISO, with or without a time after it. */
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

  /** schema.org's date in a page's JSON-LD: {@code "datePublished": "2025-11-17T09:00:00Z"}. */
  private static final Pattern JSON_LD =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");

  private PublishedDate() {}

  /** The page's publication date, ISO ({@code 2025-11-17}), or null when it declares none. */
  static String of(Document page) {
    for (String selector : META) {
      Element meta = page.selectFirst(selector);
      String date = meta == null ? null : iso(meta.attr("content"));
      if (date != null) {
        return date;
      }
    }
    String published =
        JsonLd.found(page, JSON_LD)
            .map(PublishedDate::iso)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    if (published != null) {
      return published;
    }
    Element time = page.selectFirst("article time[datetime], main time[datetime]");
    return time == null ? null : iso(time.attr("datetime"));
  }

  /** {@code value}'s leading ISO date if it is a real day of a plausible year, else null. */
  private static String iso(String value) {
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return date.getYear() >= 1900 && date.getYear() <= 2100 ? date.toString() : null;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
