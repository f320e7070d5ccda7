package org.policysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.policysearch.acronyms.AcronymFinder;
import org.policysearch.acronyms.Definition;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.Chunker;
import org.policysearch.tagging.ChunkTagger;
import org.policysearch.tagging.Tags;

/**
 * Turns one source document into its block: its chunks, tagged, then its record. Holds no state
 * between documents, so indexing threads share one.
 */
final class DocumentBlocks {
  private final Chunker chunker;
  private final ChunkTagger tagger;
  private final AcronymFinder acronyms;
  private final ChunkDocuments documents = new ChunkDocuments();
  private final DocumentRecords records = new DocumentRecords(documents);

  DocumentBlocks(Chunker chunker, ChunkTagger tagger, AcronymFinder acronyms) {
    this.chunker = Objects.requireNonNull(chunker);
    this.tagger = Objects.requireNonNull(tagger);
    this.acronyms = Objects.requireNonNull(acronyms);
  }

  /**
   * The Lucene documents of {@code source}: each chunk in order, then the record that closes the
   * block (block joins find a chunk's document as the next record); empty if it has no text.
   */
  List<Document> of(SourceDocument source) throws IOException {
    List<Chunk> chunks = chunker.split(source);
    if (chunks.isEmpty()) {
      return List.of();
    }
    List<Document> docs = new ArrayList<>(chunks.size() + 1);
    SourceDocument withParties = withParties(source);
    List<String> parties = withParties.metadata().parties();
    List<Tags> tags = tagger.tagDocument(parties, chunks);
    ChunkDocuments.Block block = documents.block(withParties, chunks.size(), definitions(chunks));
    for (int i = 0; i < chunks.size(); i++) {
      docs.add(block.toDocument(chunks.get(i), tags.get(i)));
    }
    docs.add(
        records.toRecord(
            withParties, chunks, tags, tagger.partyCodes(parties), tagger.partyNames(parties)));
    return docs;
  }

  /** The acronyms the chunks define, each once; a heading may define one as well as a text. */
  private List<Definition> definitions(List<Chunk> chunks) {
    Set<Definition> found = new LinkedHashSet<>();
    for (Chunk chunk : chunks) {
      found.addAll(acronyms.find(chunk.text()));
    }
    return List.copyOf(found);
  }

  /** The document with its declared parties, or parties inferred from its text when it has none. */
  private SourceDocument withParties(SourceDocument source) {
    List<String> parties = tagger.partiesOf(source.metadata(), source.text());
    return source.withMetadata(source.metadata().withParties(parties));
  }
}
