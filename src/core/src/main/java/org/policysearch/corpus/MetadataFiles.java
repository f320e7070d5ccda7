package org.policysearch.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Reads declared metadata: a sidecar {@code <file>.meta.json} beside a document, or one row of a
 * manifest ({@code manifest.jsonl} or {@code manifest.csv}) in the corpus folder.
 *
 * <p>Both use the same keys: {@code title}, {@code date} ({@code yyyy-mm-dd}, {@code yyyy-mm} or
 * {@code yyyy}, a real calendar date), {@code type}, {@code publisher}, {@code parties} (ISO
 * alpha-2 codes, bloc codes or names, a JSON array or a string separated by {@code ;}, {@code ,} or
 * spaces), {@code url}; manifest rows also name their {@code file} relative to the corpus folder.
 * Nothing is dropped in silence: a bad manifest line, or a bad value, is dropped with one warning
 * naming the file, the line (for manifests) and the field, and everything else is used.
 */
public final class MetadataFiles {
  public static final String SIDECAR_SUFFIX = ".meta.json";
  public static final List<String> MANIFEST_NAMES = List.of("manifest.jsonl", "manifest.csv");

  private final ObjectMapper json = new ObjectMapper();
  private final PartyCodes partyCodes;

  /** Longest title kept: a longer one is a pasted text, not a title. */
  static final int MAX_TITLE = 500;

  /** A document type as the facet shows it: a short slug of letters ({@code white-paper}). */
  private static final Pattern TYPE = Pattern.compile("[a-z]+(?:-[a-z]+)*");

  private final List<String> warnings = new ArrayList<>();

  /** A date with its time of day: the day is the date. */
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

  /** A reader that knows the vendored blocs. */
  public MetadataFiles() {
    this(new PartyCodes(Blocs.load()));
  }

  /** A reader that accepts the parties {@code partyCodes} knows. */
  public MetadataFiles(PartyCodes partyCodes) {
    this.partyCodes = partyCodes;
  }

  /** Problems met reading sidecars, one line each, naming the file and the field. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Whether a file in the corpus folder holds metadata rather than a document. */
  public static boolean isMetadataFile(Path relative) {
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(SIDECAR_SUFFIX)
        || (relative.getNameCount() == 1 && MANIFEST_NAMES.contains(name));
  }

  /** The manifest of the corpus folder, its rows and its warnings; empty without one. */
  Manifest readManifest(Path corpusDir) {
    Map<String, Manifest.Row> rows = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String name : MANIFEST_NAMES) {
      Path manifest = corpusDir.resolve(name);
      if (!Files.isRegularFile(manifest)) {
        continue;
      }
      try {
        List<Line> lines = name.endsWith(".csv") ? csvLines(manifest) : jsonLines(manifest);
        for (Line line : lines) {
          String where = name + ":" + line.number();
          if (line.problem() != null) {
            problems.add(where + ": " + line.problem() + ", line ignored");
            continue;
          }
          String file = text(line.row(), "file", where, problems);
          if (file == null) {
            problems.add(where + ": no \"file\", line ignored");
          } else if (rows.containsKey(file.replace('\\', '/'))) {
            problems.add(where + ": a second row for \"" + file + "\", line ignored");
          } else {
            List<String> rowWarnings = new ArrayList<>();
            DocumentMetadata metadata = toMetadata(line.row(), where, rowWarnings);
            rows.put(file.replace('\\', '/'), new Manifest.Row(where, metadata, rowWarnings));
          }
        }
      } catch (IOException | RuntimeException e) {
        problems.add(name + ": unreadable manifest, ignored: " + firstLine(e));
      }
    }
    return new Manifest(rows, problems);
  }

  /** One line (or CSV record) of a manifest: its row, or why it cannot be read. */
  private record Line(int number, JsonNode row, String problem) {}

  private List<Line> jsonLines(Path manifest) throws IOException {
    List<Line> lines = new ArrayList<>();
    List<String> text = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (int i = 0; i < text.size(); i++) {
      if (text.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode row = json.readTree(text.get(i));
        lines.add(
            row != null && row.isObject()
                ? new Line(i + 1, row, null)
                : new Line(i + 1, null, "not a JSON object"));
      } catch (JsonProcessingException e) {
        lines.add(new Line(i + 1, null, "not valid JSON (" + e.getOriginalMessage() + ")"));
      }
    }
    return lines;
  }

  /** CSV records as JSON objects keyed by the header; a record of the wrong width is a problem. */
  private static List<Line> csvLines(Path manifest) throws IOException {
    List<Line> lines = new ArrayList<>();
    CsvMapper csv = new CsvMapper();
    try (MappingIterator<String[]> it =
        csv.readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(manifest.toFile())) {
      String[] header = null;
      while (it.hasNextValue()) {
        int number = it.getCurrentLocation().getLineNr();
        String[] cells = it.nextValue();
        if (header == null) {
          header = cells;
        } else if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        } else if (cells.length > header.length) {
          lines.add(
              new Line(number, null, cells.length + " cells for " + header.length + " columns"));
        } else {
          ObjectNode row = JsonNodeFactory.instance.objectNode();
          for (int c = 0; c < cells.length; c++) {
            row.put(header[c].strip(), cells[c]);
          }
          lines.add(new Line(number, row, null));
        }
      }
    }
    return lines;
  }

  /** The sidecar of a document, or {@link DocumentMetadata#EMPTY} when it has none. */
  public DocumentMetadata readSidecar(Path document) {
    Path sidecar = document.resolveSibling(document.getFileName() + SIDECAR_SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      return DocumentMetadata.EMPTY;
    }
    return read(
        () -> json.readTree(sidecar.toFile()),
        PrintableText.quoted(sidecar.getFileName().toString()),
        "metadata is not a JSON object");
  }

  /**
   * The metadata a Markdown file's front matter declares ({@link SourceText#frontMatter}), under
   * the keys a sidecar uses; its other fields (tags, layout) are the site generator's, and left.
   */
  public DocumentMetadata readFrontMatter(String yaml, String fileName) {
    return read(
        () -> new YAMLMapper().readTree(yaml),
        PrintableText.quoted(fileName) + " front matter",
        "not a block of fields");
  }

  /** Where a tree of fields is read from: a sidecar's JSON, a front matter's YAML. */
  private interface TreeReader {
    JsonNode read() throws IOException;
  }

  /** The metadata of the fields {@code reader} reads; {@code name} names them in warnings. */
  private DocumentMetadata read(TreeReader reader, String name, String notFields) {
    try {
      JsonNode node = reader.read();
      if (node == null || !node.isObject()) {
        warnings.add(name + ": " + notFields + ", ignored");
        return DocumentMetadata.EMPTY;
      }
      return toMetadata(node, name, warnings);
    } catch (IOException e) {
      warnings.add(name + ": unreadable metadata, ignored: " + firstLine(e));
      return DocumentMetadata.EMPTY;
    }
  }

  private DocumentMetadata toMetadata(JsonNode node, String source, List<String> problems) {
    node.fieldNames()
        .forEachRemaining(
            key ->
                misspeltField(key)
                    .ifPresent(
                        field ->
                            problems.add(
                                source
                                    + ": \""
                                    + key
                                    + "\" is no field; did you mean \""
                                    + field
                                    + "\"? Ignored")));
    String date = text(node, "date", source, problems);
    if (date != null && DATE_TIME.matcher(date).matches()) {
      date = date.substring(0, 10); // "2025-11-17T09:00:00Z", as feeds and site generators write
    }
    if (date != null && !isDate(date)) {
      problems.add(
          source
              + ": \"date\" \""
              + date
              + "\" is not a real date (yyyy-mm-dd, yyyy-mm or yyyy),"
              + " dropped");
      date = null;
    }
    String type = text(node, "type", source, problems);
    if (type != null) {
      type = DocumentTypes.normalise(type);
      if (!TYPE.matcher(type).matches()) {
        problems.add(
            source + ": \"type\" is not a short name in letters (such as treaty), dropped");
        type = null;
      }
    }
    String title = text(node, "title", source, problems);
    if (title != null && title.length() > MAX_TITLE) {
      problems.add(source + ": \"title\" is longer than " + MAX_TITLE + " characters, dropped");
      title = null;
    }
    String url = text(node, "url", source, problems);
    if (url != null && !isWebAddress(url)) {
      problems.add(source + ": \"url\" is not an http or https address, dropped");
      url = null;
    }
    return new DocumentMetadata(
        title,
        date,
        type,
        text(node, "publisher", source, problems),
        parties(node.get("parties"), source, problems),
        url);
  }

  /** The fields a document's metadata may declare, and the manifest's own. */
  private static final List<String> FIELDS =
      List.of("title", "date", "type", "publisher", "parties", "url", "file");

  /** How like a field's name another key must be to be taken for a slip ("tilte", "Title"). */
  private static final float LIKE_A_FIELD = 0.65f;

  /**
   * The field {@code key} was meant for, when it is none but nearly one: its value would be lost in
   * silence ("tilte" loses the title). Keys like none (a Markdown front matter's "layout" or
   * "tags") are other tools' and pass unremarked.
   */
  static Optional<String> misspeltField(String key) {
    if (FIELDS.contains(key)) {
      return Optional.empty();
    }
    String lower = key.strip().toLowerCase(Locale.ROOT);
    LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    String best = null;
    float closest = LIKE_A_FIELD;
    for (String field : FIELDS) {
      float similarity = lower.equals(field) ? 1 : distance.getDistance(lower, field);
      if (similarity >= closest) {
        best = field;
        closest = similarity;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code url} is an absolute http(s) address: the page links it, and a {@code
   * javascript:} or {@code file:} one must never become a link.
   */
  static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Whether {@code date} is a calendar date in one of the three forms: "2025-02-30" is not. */
  static boolean isDate(String date) {
    try {
      switch (date.length()) {
        case 4 -> Year.parse(date);
        case 7 -> YearMonth.parse(date);
        case 10 -> LocalDate.parse(date);
        default -> {
          return false;
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private List<String> parties(JsonNode node, String source, List<String> problems) {
    List<String> raw = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(p -> raw.add(p.asText()));
    } else if (node != null && !node.isNull()) {
      // A name may have spaces ("South Korea"): split on ; or , when there is one, else on spaces
      // unless the whole value is one name.
      String text = node.asText();
      if (text.matches(".*[;,].*")) {
        raw.addAll(List.of(text.split("[;,]")));
      } else if (partyCodes.resolve(text).isPresent()) {
        raw.add(text);
      } else {
        raw.addAll(List.of(text.strip().split("\\s+")));
      }
    }
    List<String> parties = new ArrayList<>();
    for (String party : raw) {
      if (party.isBlank()) {
        continue;
      }
      String code = partyCodes.resolve(party).orElse(null);
      if (code == null) {
        problems.add(
            source
                + ": \"parties\" value \""
                + party.strip()
                + "\" is not a country or bloc code or name, dropped");
      } else if (!parties.contains(code)) {
        parties.add(code);
      }
    }
    return parties;
  }

  /**
   * The field {@code key} as one line of text, or null. A list or a group of fields where text
   * belongs is dropped with a warning (Jackson reads either as empty text); line ends, control
   * characters and bidirectional overrides, which would break the title over lines or show it in
   * another order than it is written, are left out.
   */
  private static String text(JsonNode node, String key, String source, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      problems.add(source + ": \"" + key + "\" is not text, dropped");
      return null;
    }
    String text = ONE_LINE_BREAKERS.matcher(value.asText()).replaceAll(" ");
    text = BIDI_CONTROLS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? null : text;
  }

  private static final Pattern ONE_LINE_BREAKERS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

  private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
