package org.policysearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policysearch.corpus.Blocs;
import org.policysearch.corpus.CorpusFile;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.corpus.UnreadableSourceException;
import org.policysearch.tagging.ChunkTagger;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/**
 * Reads the documents of a structure file the way the indexer does and prints the engine's and the
 * regex baseline's structure figures side by side, measured in the same run.
 */
public final class StructureRun {
  private final Path corpus;
  private final int dropLines;
  private final Path details;

  /**
   * @param corpus the folder the structure file's paths are relative to (or its {@code docs/})
   * @param dropLines how many lines to cut from the start of each document before reading it
   * @param details where to write every miss, or null
   */
  public StructureRun(Path corpus, int dropLines, Path details) {
    this.corpus = corpus;
    this.dropLines = dropLines;
    this.details = details;
  }

  /** Scores every document of {@code gold} and prints the figures; returns them. */
  public StructureEvaluation run(List<StructureGold> gold) throws IOException {
    CountryTagger countries = new CountryTagger();
    ChunkTagger tagger = new ChunkTagger(countries, new SectorTagger());
    List<StructureSystem> systems =
        List.of(new EngineStructure(tagger), new RegexStructure(countries));
    StructureEvaluation evaluation = new StructureEvaluation(countries, Blocs.load());
    Path folder =
        dropLines > 0
            ? CutCorpus.copy(corpus, gold.stream().map(StructureGold::file).toList(), dropLines)
            : corpus;
    try {
      CorpusReader reader = new CorpusReader();
      Map<String, CorpusFile> files = new HashMap<>();
      for (CorpusFile file : reader.list(folder)) {
        files.put(file.fileName(), file);
      }
      int missing = 0;
      for (StructureGold known : gold) {
        CorpusFile file = files.getOrDefault(known.file(), files.get("docs/" + known.file()));
        if (file == null) {
          missing++;
          continue;
        }
        try {
          SourceDocument document = reader.read(file);
          evaluation.add(known, document, dropLines, systems);
        } catch (UnreadableSourceException e) {
          System.err.println(known.file() + ": skipped: " + e.getMessage());
        }
      }
      if (missing > 0) {
        System.err.println(missing + " documents of the structure file are not in " + corpus);
      }
    } finally {
      if (folder != corpus) {
        CutCorpus.delete(folder);
      }
    }
    if (dropLines > 0) {
      System.out.println("(first " + dropLines + " lines of each document cut)");
    }
    System.out.print(evaluation.toText());
    if (details != null) {
      Files.write(details, evaluation.details());
    }
    return evaluation;
  }
}
