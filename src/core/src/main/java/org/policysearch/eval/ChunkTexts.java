package org.policysearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.parser.Parser;
import org.policysearch.index.TextSignatures;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentView;
import org.policysearch.search.SearchService;

/**
 * The text signature of a chunk by its id, read from the index: which judged and ranked passages
 * read the same, for figures that count each text once.
 */
public final class ChunkTexts implements Function<String, Long> {
  private final SearchService service;
  private final Map<String, Long> signatures = new HashMap<>();

  public ChunkTexts(SearchService service) {
    this.service = service;
  }

  /**
   * The signature of chunk {@code chunkId}'s text; a chunk the index lacks is a text of its own.
   */
  @Override
  public Long apply(String chunkId) {
    return signatures.computeIfAbsent(chunkId, this::read);
  }

  private long read(String chunkId) {
    int colon = chunkId.lastIndexOf(':');
    try {
      if (colon > 0) {
        int ordinal = Integer.parseInt(chunkId.substring(colon + 1));
        DocumentView view =
            service.document(chunkId.substring(0, colon), null, ordinal, 1).orElse(null);
        if (view != null && !view.chunks().isEmpty()) {
          DocumentChunk chunk = view.chunks().get(0);
          if (chunk.chunkId().equals(chunkId)) {
            // The document view's text is HTML-escaped for the page.
            return TextSignatures.of(Parser.unescapeEntities(chunk.text(), false));
          }
        }
      }
    } catch (NumberFormatException e) {
      // not a chunk id of this engine's form: a text of its own
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Distinct from every signature of a text, as likely as any two texts' are to meet.
    return TextSignatures.of("\u0000unknown chunk " + chunkId);
  }
}
