package org.policysearch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.policysearch.search.ExportRow;
import org.policysearch.search.Label;

/**
 * Export rows as RIS records (Zotero, EndNote, Mendeley): news as {@code NEWS}, every other
 * document as a government document ({@code GOVDOC}), parties as authors, passage as abstract.
 */
final class RisRows implements RowWriter {
  private final Writer out;
  private final UnaryOperator<String> absolute;

  RisRows(OutputStream stream, UnaryOperator<String> absolute) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.absolute = absolute;
  }

  @Override
  public void write(ExportRow row) throws IOException {
    out.write(record(row, absolute.apply(row.permalink())));
  }

  /** One record for {@code row}, linking to {@code permalink}. */
  static String record(ExportRow row, String permalink) {
    StringBuilder record = new StringBuilder();
    tag(record, "TY", "news".equals(row.type()) ? "NEWS" : "GOVDOC");
    tag(record, "TI", row.title());
    row.parties().forEach(p -> tag(record, "AU", p.label()));
    if (row.date() != null) {
      tag(record, "PY", row.date().substring(0, 4));
      // RIS dates are YYYY/MM/DD/ with unknown parts left empty.
      String[] parts = row.date().split("-");
      tag(
          record,
          "DA",
          parts[0]
              + "/"
              + (parts.length > 1 ? parts[1] : "")
              + "/"
              + (parts.length > 2 ? parts[2] : "")
              + "/");
    }
    if (row.typeLabel() != null) {
      tag(record, "M3", row.typeLabel());
    }
    if (row.publisher() != null) {
      tag(record, "PB", row.publisher());
    }
    if (!row.sectionPath().isEmpty()) {
      tag(record, "N1", String.join(" > ", row.sectionPath()));
    }
    if (row.page() != null) {
      tag(record, "SP", String.valueOf(row.page()));
    }
    tag(record, "AB", row.text());
    for (Label tag : row.countries()) {
      tag(record, "KW", tag.label());
    }
    for (Label tag : row.sectors()) {
      tag(record, "KW", tag.label());
    }
    tag(record, "UR", permalink);
    tag(record, "ID", row.chunkId() == null ? row.documentId() : row.chunkId());
    return record.append("ER  - \r\n").toString();
  }

  /** A tag line: two letters, two spaces, a hyphen, a space; RIS has one line per tag. */
  private static void tag(StringBuilder record, String tag, String value) {
    if (value != null && !value.isBlank()) {
      record
          .append(tag)
          .append("  - ")
          .append(value.replaceAll("\\s+", " ").strip())
          .append("\r\n");
    }
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
