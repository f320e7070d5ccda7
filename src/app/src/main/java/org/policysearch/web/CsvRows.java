package org.policysearch.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.policysearch.search.ExportRow;
import org.policysearch.search.Label;

/** Export rows as CSV with a header line (RFC 4180 quoting, by Jackson), lists joined by "; ". */
final class CsvRows implements RowWriter {
  static final List<String> COLUMNS =
      List.of(
          "document_id",
          "title",
          "type",
          "date",
          "parties",
          "section_path",
          "text",
          "countries",
          "sectors",
          "permalink",
          "chunk_id",
          "matching_passages",
          "page",
          "publisher");

  private final SequenceWriter out;
  private final UnaryOperator<String> absolute;

  CsvRows(OutputStream stream, UnaryOperator<String> absolute) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    CsvMapper mapper = new CsvMapper();
    // The caller owns the stream (a response, standard output) and ends it.
    mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.out = mapper.writer(schema.build()).writeValues(stream);
    this.absolute = absolute;
  }

  @Override
  public void write(ExportRow row) throws IOException {
    out.write(
        new Object[] {
          row.documentId(),
          row.title(),
          row.typeLabel(),
          // Jackson leaves a null array element out of a CSV row, shifting every later column.
          row.date() == null ? "" : row.date(),
          labels(row.parties()),
          String.join(" › ", row.sectionPath()),
          row.text(),
          labels(row.countries()),
          labels(row.sectors()),
          absolute.apply(row.permalink()),
          row.chunkId() == null ? "" : row.chunkId(),
          row.matchingPassages(),
          row.page() == null ? "" : String.valueOf(row.page()),
          row.publisher() == null ? "" : row.publisher()
        });
  }

  static String labels(List<Label> labels) {
    return String.join("; ", labels.stream().map(Label::label).toList());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
