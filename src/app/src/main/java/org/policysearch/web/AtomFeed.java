package org.policysearch.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.Label;

/**
 * Writes the documents of a search as an Atom 1.0 feed with Rome: one entry per document, its best
 * passage as the summary, its countries and sectors as categories.
 */
final class AtomFeed {
  /** The tag URI authority and date of every id: stable whatever name the server is reached by. */
  static final String TAG = "tag:policy-search,2025:";

  /** The {@code updated} of an undated document, and of a feed without entries. */
  static final Date UNDATED =
      Date.from(LocalDate.of(1970, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());

  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

  private AtomFeed() {}

  /**
   * The feed of {@code documents}, newest first.
   *
   * @param base the server's address as the request reached it ({@code http://host:port})
   * @param self the feed's own address
   * @param page the page showing the same search
   * @param id the feed's id
   * @param title what the feed is of
   */
  static String write(
      List<DocumentHit> documents, String base, String self, String page, String id, String title) {
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding("utf-8");
    feed.setId(id);
    feed.setTitleEx(text(title));
    Person author = new Person();
    author.setName("policy-search");
    feed.setAuthors(List.<SyndPerson>of(author));
    feed.setAlternateLinks(List.of(link("alternate", "text/html", page)));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
    List<Entry> entries = new ArrayList<>(documents.size());
    Date updated = UNDATED;
    for (DocumentHit document : documents) {
      Entry entry = entry(document, base);
      if (entry.getUpdated().after(updated)) {
        updated = entry.getUpdated();
      }
      entries.add(entry);
    }
    feed.setUpdated(updated);
    feed.setEntries(entries);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write the feed", e);
    }
  }

  private static Entry entry(DocumentHit document, String base) {
    Entry entry = new Entry();
    entry.setId(TAG + "document:" + document.documentId());
    entry.setTitleEx(text(document.title()));
    entry.setAlternateLinks(List.of(link("alternate", "text/html", base + document.url())));
    entry.setUpdated(date(document.date()));
    if (!document.passages().isEmpty()) {
      entry.setSummary(text(plain(document.passages().get(0).text())));
    }
    List<Category> categories = new ArrayList<>();
    for (Label country : document.countries()) {
      categories.add(category("country", country));
    }
    for (Label sector : document.sectors()) {
      categories.add(category("sector", sector));
    }
    entry.setCategories(categories);
    return entry;
  }

  private static Category category(String facet, Label value) {
    Category category = new Category();
    category.setScheme(TAG + facet);
    category.setTerm(value.code());
    category.setLabel(value.label());
    return category;
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(value);
    return content;
  }

  /**
   * {@code 2025-10-29}, {@code 2025-10} or {@code 2025} as the first day it names, at midnight UTC;
   * {@link #UNDATED} for none.
   */
  static Date date(String iso) {
    if (iso == null || iso.isBlank()) {
      return UNDATED;
    }
    String[] parts = iso.split("-");
    LocalDate day =
        LocalDate.of(
            Integer.parseInt(parts[0]),
            parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
            parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** A passage as the API marks it (HTML-escaped, words in {@code <mark>}) as plain text. */
  static String plain(String marked) {
    String text = marked.replace("<mark>", "").replace("</mark>", "");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder plain = new StringBuilder(text.length());
    while (entity.find()) {
      entity.appendReplacement(
          plain, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
    }
    entity.appendTail(plain);
    return plain.toString();
  }

  private static String decode(String name, String whole) {
    if (name.startsWith("#")) {
      try {
        int code =
            name.startsWith("#x") || name.startsWith("#X")
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(code) && code > 0 ? Character.toString(code) : whole;
      } catch (NumberFormatException e) {
        return whole; // too many digits for any character
      }
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> "\u00a0";
      default -> whole;
    };
  }
}
