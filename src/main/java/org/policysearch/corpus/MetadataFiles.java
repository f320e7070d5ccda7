package org.policysearch.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads declared metadata: a sidecar {@code <file>.meta.json} beside a document, or one row of a
 * manifest ({@code manifest.jsonl} or {@code manifest.csv}) in the corpus folder.
 *
 * <p>Both use the same keys: {@code title}, {@code date} ({@code yyyy-mm-dd}, {@code yyyy-mm} or
 * {@code yyyy}), {@code type}, {@code publisher}, {@code parties} (ISO alpha-2 codes, a JSON array
 * or a string separated by {@code ;}, {@code ,} or spaces), {@code url}; manifest rows also name
 * their {@code file} relative to the corpus folder. A malformed value is dropped with a warning;
 * the document is indexed all the same.
 */
public final class MetadataFiles {
  public static final String SIDECAR_SUFFIX = ".meta.json";
  public static final List<String> MANIFEST_NAMES = List.of("manifest.jsonl", "manifest.csv");

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern PARTY = Pattern.compile("[A-Z]{2}");

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> warnings = new ArrayList<>();

  /** Problems met while reading, one line each, naming the file. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Whether a file in the corpus folder holds metadata rather than a document. */
  public static boolean isMetadataFile(Path relative) {
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(SIDECAR_SUFFIX)
        || (relative.getNameCount() == 1 && MANIFEST_NAMES.contains(name));
  }

  /** The rows of the corpus folder's manifest by corpus-relative file name; empty without one. */
  public Map<String, DocumentMetadata> readManifest(Path corpusDir) {
    Map<String, DocumentMetadata> rows = new HashMap<>();
    for (String name : MANIFEST_NAMES) {
      Path manifest = corpusDir.resolve(name);
      if (Files.isRegularFile(manifest)) {
        try {
          for (JsonNode row : manifestRows(manifest)) {
            String file = text(row, "file");
            if (file == null) {
              warnings.add(name + ": a row without \"file\" was ignored");
            } else {
              rows.put(file.replace('\\', '/'), toMetadata(row, name + " (" + file + ")"));
            }
          }
        } catch (IOException | RuntimeException e) {
          warnings.add(name + ": unreadable manifest, ignored: " + firstLine(e));
        }
      }
    }
    return rows;
  }

  private List<JsonNode> manifestRows(Path manifest) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    if (manifest.getFileName().toString().endsWith(".csv")) {
      CsvMapper csv = new CsvMapper();
      try (MappingIterator<JsonNode> it =
          csv.readerFor(JsonNode.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(manifest.toFile())) {
        it.forEachRemaining(rows::add);
      }
    } else {
      for (String line : Files.readAllLines(manifest)) {
        if (!line.isBlank()) {
          rows.add(json.readTree(line));
        }
      }
    }
    return rows;
  }

  /** The sidecar of a document, or {@link DocumentMetadata#EMPTY} when it has none. */
  public DocumentMetadata readSidecar(Path document) {
    Path sidecar = document.resolveSibling(document.getFileName() + SIDECAR_SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      return DocumentMetadata.EMPTY;
    }
    try {
      return toMetadata(json.readTree(sidecar.toFile()), sidecar.getFileName().toString());
    } catch (IOException e) {
      warnings.add(sidecar.getFileName() + ": unreadable metadata, ignored: " + firstLine(e));
      return DocumentMetadata.EMPTY;
    }
  }

  private DocumentMetadata toMetadata(JsonNode node, String source) {
    if (node == null || !node.isObject()) {
      warnings.add(source + ": metadata is not a JSON object, ignored");
      return DocumentMetadata.EMPTY;
    }
    String date = text(node, "date");
    if (date != null && !DATE.matcher(date).matches()) {
      warnings.add(source + ": date \"" + date + "\" is not yyyy-mm-dd, ignored");
      date = null;
    }
    String type = text(node, "type");
    return new DocumentMetadata(
        text(node, "title"),
        date,
        type == null ? null : DocumentTypes.normalise(type),
        text(node, "publisher"),
        parties(node.get("parties"), source),
        text(node, "url"));
  }

  private List<String> parties(JsonNode node, String source) {
    List<String> raw = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(p -> raw.add(p.asText()));
    } else if (node != null && !node.isNull()) {
      raw.addAll(List.of(node.asText().split("[;,\\s]+")));
    }
    List<String> parties = new ArrayList<>();
    for (String party : raw) {
      String code = party.trim().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (PARTY.matcher(code).matches()) {
        if (!parties.contains(code)) {
          parties.add(code);
        }
      } else {
        warnings.add(source + ": party \"" + party + "\" is not an ISO alpha-2 code, ignored");
      }
    }
    return parties;
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
