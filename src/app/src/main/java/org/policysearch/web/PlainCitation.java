package org.policysearch.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.policysearch.search.ExportRow;
import org.policysearch.search.Label;

/**
 * A passage cited in plain text, in the author–title–publisher–date–locator–link order of the
 * common styles (Chicago, APA) for a government document: "South Korea and United States. “Joint
 * Fact Sheet.” Joint statement, 29 October 2025. Annex › Technology. https://… (accessed 26
 * November 2026)."
 */
final class PlainCitation {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private PlainCitation() {}

  static String of(ExportRow row, String permalink, LocalDate accessed) {
    StringBuilder text = new StringBuilder();
    if (!row.parties().isEmpty()) {
      text.append(names(row.parties().stream().map(Label::label).toList())).append(". ");
    }
    text.append('“').append(row.title().strip()).append(".” ");
    if (row.publisher() != null && !row.publisher().isBlank()) {
      text.append(row.publisher().strip()).append(". ");
    }
    String kind = row.typeLabel();
    String date = date(row.date());
    if (kind != null && date != null) {
      text.append(kind).append(", ").append(date).append(". ");
    } else if (kind != null || date != null) {
      text.append(kind != null ? kind : date).append(". ");
    }
    if (!row.sectionPath().isEmpty()) {
      text.append(String.join(" › ", row.sectionPath())).append(". ");
    }
    if (row.page() != null) {
      text.append("p. ").append(row.page()).append(". ");
    }
    return text.append(permalink)
        .append(" (accessed ")
        .append(DAY.format(accessed))
        .append(").")
        .toString();
  }

  /** "A", "A and B", "A, B and C". */
  private static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** An ISO date of a year, month or day as the reader writes it; null when there is none. */
  private static String date(String iso) {
    if (iso == null) {
      return null;
    }
    String[] parts = iso.split("-");
    if (parts.length == 1) {
      return parts[0];
    }
    LocalDate day =
        LocalDate.of(
            Integer.parseInt(parts[0]),
            Integer.parseInt(parts[1]),
            parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    return parts.length > 2 ? DAY.format(day) : MONTH.format(day);
  }
}
