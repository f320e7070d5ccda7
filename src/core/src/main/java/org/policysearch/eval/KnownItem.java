package org.policysearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.policysearch.corpus.DocumentIds;

/**
 * One agreement and the query an analyst remembers it by, from a catalogue's metadata (one JSON
 * object a line: {@code text_file}, {@code title}, {@code wto_type}, {@code language}, {@code
 * parties}).
 *
 * <p>The query is the parties' names and the agreement's kind ({@code Japan Thailand free trade
 * agreement}). The kind is the first one the catalogue names, lower-cased ({@code Free Trade
 * Agreement & Economic Integration Agreement} → {@code free trade agreement}). With more than
 * {@value #MAX_NAMED_PARTIES} parties nobody types every name: the catalogue's title stands for
 * them ({@code EU - Albania} → {@code EU Albania}), punctuation dropped, followed by the words of
 * the kind the title does not already hold.
 *
 * @param file the document's path relative to the corpus folder (or its {@code docs/})
 * @param documentId the id the indexer gives that file
 * @param query the remembered query
 */
public record KnownItem(String file, String documentId, String query) {
  static final int MAX_NAMED_PARTIES = 3;

  /**
   * The known items of a metadata file, in its order: the rows whose {@code language} is {@code
   * language}; {@code names} turns a party code into the name an analyst types.
   */
  public static List<KnownItem> read(Path metadata, String language, Function<String, String> names)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<KnownItem> items = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(metadata)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode row = json.readTree(line);
        if (language.equals(row.path("language").asText())) {
          List<String> parties = new ArrayList<>();
          row.path("parties").forEach(p -> parties.add(p.asText()));
          String file = row.required("text_file").asText();
          String query =
              query(row.path("title").asText(), row.path("wto_type").asText(), parties, names);
          items.add(new KnownItem(file, DocumentIds.of(file), query));
        }
      } catch (IOException | RuntimeException e) {
        throw new IOException(metadata.getFileName() + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return items;
  }

  /** The query an analyst remembers an agreement by (the rule is in the class comment). */
  static String query(
      String title, String wtoType, List<String> parties, Function<String, String> names) {
    String kind = wtoType.split("&", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (parties.size() <= MAX_NAMED_PARTIES && !parties.isEmpty()) {
      List<String> words = new ArrayList<>();
      parties.forEach(code -> words.add(names.apply(code)));
      words.add(kind);
      return String.join(" ", words).strip();
    }
    String name = title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    Set<String> said = new LinkedHashSet<>();
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      said.add(word);
    }
    StringBuilder query = new StringBuilder(name);
    for (String word : kind.split("\\s+")) {
      if (!word.isEmpty() && !said.contains(word)) {
        query.append(' ').append(word);
      }
    }
    return query.toString().strip();
  }
}
