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
    return create(source, view, 1);
  }

  /**
   * {@link #create}, each text {@code copies} times: a corpus of the same agreements at a multiple
   * of their size, each copy a document of its own ({@code pta-1-copy2}, titled "… (copy 2)") with
   * the metadata and tags of the original, for measuring at archive scale.
   */
  public static int create(Path source, Path view, int copies) throws IOException {
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be 1 or more");
    }
    Path texts = Files.isDirectory(source.resolve("docs")) ? source.resolve("docs") : source;
    try (Stream<Path> files = Files.list(texts)) {
      for (Path text : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (int copy = 1; copy <= copies; copy++) {
          Files.createSymbolicLink(
              view.resolve(copyName(text.getFileName().toString(), copy)), text.toAbsolutePath());
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(source.resolve(METADATA), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        ObjectNode row = manifestRow(json, json.readTree(line));
        for (int copy = 1; copy <= copies; copy++) {
          rows.add(json.writeValueAsString(copyRow(row, copy)));
        }
      }
    }
    Files.write(view.resolve("manifest.jsonl"), rows, StandardCharsets.UTF_8);
    return rows.size();
  }

  /** {@code name.txt} for the first copy, {@code name-copy<n>.txt} for the others. */
  static String copyName(String fileName, int copy) {
    if (copy == 1) {
      return fileName;
    }
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + "-copy" + copy + fileName.substring(dot);
  }

  private static ObjectNode copyRow(ObjectNode row, int copy) {
    if (copy == 1) {
      return row;
    }
    ObjectNode copied = row.deepCopy();
    copied.put("file", copyName(row.path("file").asText(), copy));
    if (row.hasNonNull("title")) {
      copied.put("title", row.get("title").asText() + " (copy " + copy + ")");
    }
    return copied;
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
