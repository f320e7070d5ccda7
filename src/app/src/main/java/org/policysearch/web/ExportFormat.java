package org.policysearch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.policysearch.search.InvalidQueryException;

/** The formats an export and a citation are written in, with their media types and file names. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8", "csv"),
  JSONL("jsonl", "application/x-ndjson; charset=utf-8", "jsonl"),
  BIBTEX("bibtex", "application/x-bibtex; charset=utf-8", "bib"),
  RIS("ris", "application/x-research-info-systems; charset=utf-8", "ris");

  private final String code;
  private final String contentType;
  private final String extension;

  ExportFormat(String code, String contentType, String extension) {
    this.code = code;
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The format the API's {@code format} parameter names. */
  public static ExportFormat of(String value) {
    if (value != null) {
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      for (ExportFormat format : values()) {
        if (format.code.equals(wanted)) {
          return format;
        }
      }
    }
    throw new InvalidQueryException("format must be csv, jsonl, bibtex or ris.");
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  /**
   * A writer of rows into {@code out}, each permalink made absolute by {@code absolute} (a file
   * read outside the site must still link back to it).
   */
  public RowWriter writer(OutputStream out, UnaryOperator<String> absolute) throws IOException {
    return switch (this) {
      case CSV -> new CsvRows(out, absolute);
      case JSONL -> new JsonLinesRows(out, absolute);
      case BIBTEX -> new BibTexRows(out, absolute);
      case RIS -> new RisRows(out, absolute);
    };
  }
}
