package org.policysearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The known outline and metadata of one document, from a structure file (one JSON object a line:
 * {@code text_file}, {@code date_signed}, {@code parties}, {@code headings} with their {@code
 * lines} and 1-based {@code line}).
 *
 * @param file the document's path relative to the corpus folder
 * @param date the signing date, {@code yyyy-mm-dd}, or null
 * @param parties the parties' ISO alpha-2 codes
 * @param headings the document's headings, in order
 */
public record StructureGold(
    String file, String date, List<String> parties, List<Heading> headings) {

  /** One heading: its kind ({@code chapter}, {@code article}), level, first line and lines. */
  public record Heading(String kind, int level, int line, List<String> lines) {
    public Heading {
      lines = List.copyOf(lines);
    }
  }

  public StructureGold {
    parties = List.copyOf(parties);
    headings = List.copyOf(headings);
  }

  /** Reads a structure file; a line that is not a usable object fails with its line number. */
  public static List<StructureGold> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<StructureGold> rows = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(of(json.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IOException(file.getFileName() + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  private static StructureGold of(JsonNode row) {
    String file = row.required("text_file").asText();
    JsonNode date = row.get("date_signed");
    List<String> parties = new ArrayList<>();
    row.path("parties").forEach(p -> parties.add(p.asText()));
    List<Heading> headings = new ArrayList<>();
    for (JsonNode h : row.path("headings")) {
      List<String> lines = new ArrayList<>();
      h.path("lines").forEach(l -> lines.add(l.asText()));
      headings.add(
          new Heading(
              h.path("kind").asText(), h.path("level").asInt(), h.path("line").asInt(), lines));
    }
    return new StructureGold(
        file, date == null || date.isNull() ? null : date.asText(), parties, headings);
  }
}
