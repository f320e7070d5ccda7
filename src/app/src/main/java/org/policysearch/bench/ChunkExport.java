package org.policysearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.policysearch.index.Fields;

/**
 * Writes the chunks of an index as JSON lines, one chunk a line, for another engine to index the
 * same chunks: id, document, title, date, text, {@code body} (headings then text, what a word must
 * match) and the four facets' values.
 */
public final class ChunkExport {
  private static final Set<String> READ =
      Set.of(
          Fields.CHUNK_ID,
          Fields.DOC_ID,
          Fields.TITLE,
          Fields.DATE,
          Fields.TEXT,
          Fields.SECTION_PATH,
          Fields.COUNTRY,
          Fields.SECTOR,
          Fields.TYPE,
          Fields.YEAR);

  private ChunkExport() {}

  /** Writes every chunk of the index at {@code indexDir} to {@code file}; returns how many. */
  public static int write(Path indexDir, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return ChunkScan.each(
          indexDir,
          READ,
          d -> {
            out.write(json.writeValueAsString(row(json, d)));
            out.newLine();
          });
    }
  }

  private static ObjectNode row(ObjectMapper json, Document d) {
    ObjectNode row = json.createObjectNode();
    row.put("chunk_id", d.get(Fields.CHUNK_ID));
    row.put("doc_id", d.get(Fields.DOC_ID));
    row.put("title", d.get(Fields.TITLE));
    if (d.get(Fields.DATE) != null) {
      row.put("date", d.get(Fields.DATE));
    }
    row.put("text", d.get(Fields.TEXT));
    ArrayNode body = row.putArray("body");
    for (String heading : d.getValues(Fields.SECTION_PATH)) {
      body.add(heading);
    }
    body.add(d.get(Fields.TEXT));
    for (String facet : List.of(Fields.COUNTRY, Fields.SECTOR, Fields.TYPE, Fields.YEAR)) {
      ArrayNode values = row.putArray(facet);
      for (String value : d.getValues(facet)) {
        values.add(value);
      }
    }
    return row;
  }
}
