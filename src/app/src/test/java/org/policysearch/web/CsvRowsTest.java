package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.policysearch.search.ExportRow;
import org.policysearch.search.Label;

/** {@link CsvRows}: the bytes a CSV export is written in, cell by cell. */
class CsvRowsTest {

  @Test
  void everyTextCellAFormulaCouldStartWithGetsALeadingQuote() throws IOException {
    String csv =
        write(
            new ExportRow(
                "=doc",
                "=doc:3",
                1f,
                "+Title",
                "news",
                "@type",
                "-2025",
                List.of(new Label("XX", "-Party")),
                List.of("\tHeading", "Chapter"),
                "\rtext",
                List.of(new Label("XX", "=Country")),
                List.of(new Label("xx", "+Sector")),
                1,
                "/?doc=x",
                3,
                "@Publisher"));
    assertEquals(
        "\uFEFFdocument_id,title,type,date,parties,section_path,text,countries,sectors,permalink,"
            + "chunk_id,matching_passages,page,publisher\n"
            // Jackson quotes a cell that holds a character below "-", the single quote among them.
            + "\"'=doc\",\"'+Title\",\"'@type\",\"'-2025\",\"'-Party\",\"'\tHeading › Chapter\","
            + "\"'\rtext\",\"'=Country\",\"'+Sector\",https://site/?doc=x,\"'=doc:3\",1,3,"
            + "\"'@Publisher\"\n",
        csv);
  }

  @Test
  void aCellWithTheCharactersInsideIsLeftAsItIs() throws IOException {
    String csv =
        write(
            new ExportRow(
                "doc",
                "doc:0",
                1f,
                "Yaoundé – “curly”",
                "news",
                "News",
                "2025-01-02",
                List.of(),
                List.of(),
                "a = b + c - d @ e",
                List.of(),
                List.of(),
                1,
                "/?doc=doc",
                null,
                null));
    assertEquals(
        "doc,\"Yaoundé – “curly”\",News,2025-01-02,,,\"a = b + c - d @ e\",,,"
            + "https://site/?doc=doc,doc:0,1,,",
        csv.lines().skip(1).findFirst().orElseThrow());
  }

  private static String write(ExportRow row) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    UnaryOperator<String> absolute = path -> "https://site" + path;
    try (RowWriter writer = new CsvRows(bytes, absolute)) {
      writer.write(row);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
