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

/**
 * Export rows as CSV for spreadsheets: a byte-order mark, a header line, RFC 4180 quoting (by
 * Jackson), lists joined by "; ", and no cell a spreadsheet would run as a formula.
 */
final class CsvRows implements RowWriter {
  /**
   * UTF-8's byte-order mark: Excel on Windows reads a CSV without it in the local code page
   * ("YaoundÃ©"), and with it as UTF-8; other readers of CSV skip it.
   */
  static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * What a cell must not begin with, after OWASP's CSV injection guidance: spreadsheets evaluate
   * such a cell as a formula (agreements' rules of origin print "= (F.O.B. …) x 100" and "+ Direct
   * Overhead Cost"), and a crafted one in a corpus could run commands or send data away.
   */
  private static final String FORMULA_STARTS = "=+-@\t\r";

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
    stream.write(BYTE_ORDER_MARK);
    this.out = mapper.writer(schema.build()).writeValues(stream);
    this.absolute = absolute;
  }

  @Override
  public void write(ExportRow row) throws IOException {
    out.write(
        new Object[] {
          text(row.documentId()),
          text(row.title()),
          text(row.typeLabel()),
          text(row.date()),
          text(labels(row.parties())),
          text(String.join(" › ", row.sectionPath())),
          text(row.text()),
          text(labels(row.countries())),
          text(labels(row.sectors())),
          text(absolute.apply(row.permalink())),
          text(row.chunkId()),
          row.matchingPassages(),
          row.page() == null ? "" : String.valueOf(row.page()),
          text(row.publisher())
        });
  }

  /**
   * A text cell as a spreadsheet should show it: one that would begin a formula gets a leading
   * single quote, which spreadsheets read as "this cell is text" (OWASP's advice); null is empty,
   * as Jackson leaves a null array element out of a CSV row, shifting every later column.
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  static String labels(List<Label> labels) {
    return String.join("; ", labels.stream().map(Label::label).toList());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
