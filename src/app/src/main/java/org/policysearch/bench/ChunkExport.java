package org.policysearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.Fields;

/**
 * Writes the chunks of an index as JSON lines, one chunk a line, for another engine to index the
 * same chunks: id, document, title, date, text, {@code body} (headings then text, what a word must
 * match) and the values of every facet the registry defines, as raw Lucene and policy-search count
 * them.
 */
public final class ChunkExport {
  private static final Set<String> READ =
      Stream.concat(
              Stream.of(
                  Fields.CHUNK_ID,
                  Fields.DOC_ID,
                  Fields.TITLE,
                  Fields.DATE,
                  Fields.TEXT,
                  Fields.SECTION_PATH),
              FacetRegistry.NAMES.stream())
          .collect(Collectors.toUnmodifiableSet());

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
    // Each facet's plain field, stored on every chunk: a facet added to the registry is exported.
    for (String facet : FacetRegistry.NAMES) {
      ArrayNode values = row.putArray(facet);
      for (String value : d.getValues(facet)) {
        values.add(value);
      }
    }
    return row;
  }
}
