package org.policysearch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.policysearch.search.ExportRow;
import org.policysearch.search.Label;

/**
 * Export rows as BibTeX {@code @misc} entries (biblatex reads them too): the parties as
 * institutional authors in double braces, the date, the section and passage in the note, the
 * permalink as {@code url}.
 */
final class BibTexRows implements RowWriter {
  private final Writer out;
  private final UnaryOperator<String> absolute;

  BibTexRows(OutputStream stream, UnaryOperator<String> absolute) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.absolute = absolute;
  }

  @Override
  public void write(ExportRow row) throws IOException {
    out.write(entry(row, absolute.apply(row.permalink())));
    out.write('\n');
  }

  /** One entry for {@code row}, linking to {@code permalink}. */
  static String entry(ExportRow row, String permalink) {
    StringBuilder entry = new StringBuilder("@misc{").append(key(row)).append(",\n");
    field(entry, "title", "{" + escape(row.title()) + "}");
    if (!row.parties().isEmpty()) {
      field(
          entry,
          "author",
          String.join(
              " and ", row.parties().stream().map(p -> "{" + escape(p.label()) + "}").toList()));
    }
    if (row.date() != null) {
      field(entry, "year", row.date().substring(0, 4));
      field(entry, "date", row.date());
    }
    if (row.typeLabel() != null) {
      field(entry, "type", escape(row.typeLabel()));
    }
    if (row.publisher() != null) {
      field(entry, "publisher", escape(row.publisher()));
    }
    String section = String.join(" > ", row.sectionPath());
    String note = section.isEmpty() ? row.text() : section + ": " + row.text();
    field(entry, "note", escape(note));
    if (row.page() != null) {
      field(entry, "pages", String.valueOf(row.page()));
    }
    List<Label> tags = new java.util.ArrayList<>(row.countries());
    tags.addAll(row.sectors());
    if (!tags.isEmpty()) {
      field(entry, "keywords", escape(CsvRows.labels(tags).replace("; ", ", ")));
    }
    field(entry, "url", permalink);
    return entry.append("}\n").toString();
  }

  /** A citation key from the chunk id: {@code us-rok-deal:12} → {@code us-rok-deal-12}. */
  private static String key(ExportRow row) {
    String id = row.chunkId() == null ? row.documentId() : row.chunkId();
    return id.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static void field(StringBuilder entry, String name, String value) {
    entry.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /**
   * Text safe inside a braced field: braces and backslashes would unbalance or command it, and
   * LaTeX reads {@code % & $ # _ ~ ^} specially.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
