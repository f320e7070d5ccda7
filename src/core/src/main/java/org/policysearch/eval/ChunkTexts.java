package org.policysearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.policysearch.index.TextCommitments;
import org.policysearch.index.TextSignatures;
import org.policysearch.index.TextSketches;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentView;
import org.policysearch.search.SearchService;
import org.policysearch.tagging.Commitment;

/**
 * The texts of chunks by their ids, read from the index: which judged and ranked passages read the
 * same, or nearly, for figures that count each text once.
 */
public final class ChunkTexts {
  /**
   * The share of their word triples two passages hold in common (Jaccard) from which they read
   * nearly the same: what the page's folding means to fold, measured on the words themselves.
   */
  static final double NEARLY_SAME = 0.7;

  private final SearchService service;
  private final Map<String, Text> texts = new HashMap<>();

  /**
   * A chunk's text: its signature, its word triples and what it commits to ({@link
   * TextCommitments}).
   */
  private record Text(long signature, Set<String> triples, long commitment) {}

  public ChunkTexts(SearchService service) {
    this.service = service;
  }

  /** Chunks count as one text when they read the same ({@link TextSignatures}). */
  public TextIdentity same() {
    return new TextIdentity(
        "Each text once (a copy of a text ranked above gains nothing; the ideal and the relevant"
            + " count take each judged text once)",
        (a, b) -> text(a).signature() == text(b).signature());
  }

  /**
   * Chunks count as one text when they read the same or nearly: passages of 12 words or more
   * holding 70 % of their word triples in common and committing alike, as the page folds them (a
   * "may" variant of a "shall" clause is news to an analyst, not a repeat).
   */
  public TextIdentity nearlySame() {
    return new TextIdentity(
        "Each text once, near copies as one (passages of "
            + TextSketches.FEWEST_WORDS
            + " words or more sharing "
            + Math.round(NEARLY_SAME * 100)
            + " % of their word triples and committing alike read as one text)",
        (a, b) -> {
          Text one = text(a);
          Text other = text(b);
          return one.signature() == other.signature()
              || (one.commitment() == other.commitment()
                  && jaccard(one.triples(), other.triples()) >= NEARLY_SAME);
        });
  }

  /**
   * The share of the triples in either set that both hold; 0 when either is empty (a passage too
   * short to be a near copy).
   */
  static double jaccard(Set<String> one, Set<String> other) {
    if (one.isEmpty() || other.isEmpty()) {
      return 0;
    }
    long both = one.stream().filter(other::contains).count();
    return (double) both / (one.size() + other.size() - both);
  }

  /** The word triples of {@code text}, of the words its sketch reads; none under 12 words. */
  static Set<String> triples(String text) {
    String[] words = TextSketches.words(text);
    Set<String> triples = new HashSet<>();
    for (int i = 0; i + 2 < words.length; i++) {
      triples.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
    }
    return triples;
  }

  private Text text(String chunkId) {
    return texts.computeIfAbsent(chunkId, this::read);
  }

  private Text read(String chunkId) {
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
            String text = Parser.unescapeEntities(chunk.text(), false);
            Commitment commitment =
                chunk.commitment() == null
                    ? Commitment.DESCRIPTIVE
                    : Commitment.resolve(chunk.commitment().code()).orElse(Commitment.DESCRIPTIVE);
            return new Text(
                TextSignatures.of(text), triples(text), TextCommitments.of(text, commitment));
          }
        }
      }
    } catch (NumberFormatException e) {
      // not a chunk id of this engine's form: a text of its own
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Distinct from every signature of a text, as likely as any two texts' are to meet.
    return new Text(TextSignatures.of("\u0000unknown chunk " + chunkId), Set.of(), 0);
  }
}
