package org.policysearch.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.policysearch.search.ExportRow;

/** Export rows as JSON Lines: one JSON object a line, the row's fields, permalink absolute. */
final class JsonLinesRows implements RowWriter {
  private final SequenceWriter out;
  private final OutputStream stream;
  private final UnaryOperator<String> absolute;
  private boolean any;

  JsonLinesRows(OutputStream stream, UnaryOperator<String> absolute) throws IOException {
    // The caller owns the stream (a response, standard output) and ends it.
    ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.out = mapper.writer().withRootValueSeparator("\n").writeValues(stream);
    this.stream = stream;
    this.absolute = absolute;
  }

  @Override
  public void write(ExportRow row) throws IOException {
    any = true;
    out.write(
        new ExportRow(
            row.documentId(),
            row.chunkId(),
            row.score(),
            row.title(),
            row.type(),
            row.typeLabel(),
            row.date(),
            row.parties(),
            row.sectionPath(),
            row.text(),
            row.countries(),
            row.sectors(),
            row.matchingPassages(),
            absolute.apply(row.permalink()),
            row.page(),
            row.publisher()));
  }

  @Override
  public void close() throws IOException {
    out.close();
    if (any) {
      // Every line of a JSON Lines file ends with a line break, the last one too.
      stream.write('\n');
      stream.flush();
    }
  }
}
