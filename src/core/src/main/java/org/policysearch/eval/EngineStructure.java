package org.policysearch.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.ChunkKind;
import org.policysearch.structure.Chunker;
import org.policysearch.tagging.ChunkTagger;

/** The indexer's own outline, date and parties: the chunker's headings, inferred metadata. */
public final class EngineStructure implements StructureSystem {
  private final Chunker chunker = new Chunker();
  private final ChunkTagger tagger;

  public EngineStructure(ChunkTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "engine";
  }

  @Override
  public StructureAnalysis analyse(SourceDocument document) {
    List<StructureAnalysis.FoundHeading> headings = new ArrayList<>();
    Set<String> entries = new LinkedHashSet<>();
    for (Chunk chunk : chunker.split(document)) {
      entries.addAll(chunk.sectionPath());
      if (chunk.kind() == ChunkKind.HEADING) {
        headings.add(
            new StructureAnalysis.FoundHeading(chunk.text(), chunk.start(), chunk.sectionPath()));
        entries.add(chunk.text());
      }
    }
    return new StructureAnalysis(
        headings, new ArrayList<>(entries), document.metadata().date(), tagger.partiesOf(document));
  }
}
