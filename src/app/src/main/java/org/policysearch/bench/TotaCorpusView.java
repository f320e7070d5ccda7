package org.policysearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policysearch.corpus.MetadataFiles;

/**
 * A corpus folder in our format over a ToTA-style corpus ({@code metadata.jsonl} with {@code
 * text_file}, {@code title}, {@code date}, {@code document_type}, {@code parties}; texts under
 * {@code docs/}): a folder of symbolic links to the texts beside a generated {@code
 * manifest.jsonl}, so the texts are read where they are and never copied.
 */
public final class TotaCorpusView {
  static final String METADATA = "metadata.jsonl";

  private TotaCorpusView() {}

  /** Whether {@code dir} is laid out like ToTA rather than as one of our corpus folders. */
  public static boolean applies(Path dir) {
    return Files.isRegularFile(dir.resolve(METADATA))
        && MetadataFiles.MANIFEST_NAMES.stream().noneMatch(m -> Files.exists(dir.resolve(m)));
  }

  /**
   * Fills the empty folder {@code view} with links to the texts of {@code source} and a manifest;
   * returns how many manifest rows it wrote.
   */
  public static int create(Path source, Path view) throws IOException {
    Path texts = Files.isDirectory(source.resolve("docs")) ? source.resolve("docs") : source;
    try (Stream<Path> files = Files.list(texts)) {
      for (Path text : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Files.createSymbolicLink(
            view.resolve(text.getFileName().toString()), text.toAbsolutePath());
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(source.resolve(METADATA), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(json.writeValueAsString(manifestRow(json, json.readTree(line))));
      }
    }
    Files.write(view.resolve("manifest.jsonl"), rows, StandardCharsets.UTF_8);
    return rows.size();
  }

  /** One ToTA row as a manifest row in our keys (see {@link MetadataFiles}). */
  static ObjectNode manifestRow(ObjectMapper json, JsonNode tota) {
    ObjectNode row = json.createObjectNode();
    row.put("file", tota.path("text_file").asText());
    copy(tota, "title", row, "title");
    copy(tota, "date", row, "date");
    String type = tota.path("document_type").asText("");
    // "trade_agreement" is what our vocabulary calls an agreement; other types pass through.
    row.put("type", type.equals("trade_agreement") ? "agreement" : type);
    ArrayNode parties = row.putArray("parties");
    tota.path("parties").forEach(parties::add);
    return row;
  }

  private static void copy(JsonNode from, String key, ObjectNode to, String toKey) {
    JsonNode value = from.get(key);
    if (value != null && !value.isNull()) {
      to.put(toKey, value.asText());
    }
  }
}
