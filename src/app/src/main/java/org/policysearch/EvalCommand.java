package org.policysearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policysearch.bench.TotaCorpusView;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.eval.BaselineRanker;
import org.policysearch.eval.ChunkTexts;
import org.policysearch.eval.CommitmentEvaluation;
import org.policysearch.eval.CommitmentLabels;
import org.policysearch.eval.CutCorpus;
import org.policysearch.eval.EngineRanker;
import org.policysearch.eval.KnownItem;
import org.policysearch.eval.KnownItemEvaluation;
import org.policysearch.eval.MainContentEvaluation;
import org.policysearch.eval.Qrels;
import org.policysearch.eval.RankingEvaluation;
import org.policysearch.eval.StructureGold;
import org.policysearch.eval.StructureRun;
import org.policysearch.eval.TaggingEvaluation;
import org.policysearch.eval.TaggingGold;
import org.policysearch.eval.Topics;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval}: ranking figures against judged topics, beside a BM25 baseline; tagging and
 * commitment accuracy.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure search quality: nDCG@10, MRR@10, Recall@10 and P@5 per topic and overall, for the"
          + " engine and a plain BM25 baseline; with --tagging, tag precision/recall/F1; with"
          + " --commitment, the commitment facet against hand labels; with"
          + " --known-items, MRR@10 by document of each agreement's remembered query.",
      "The corpus is indexed first (into a temporary folder unless --index is given)."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--topics", description = "Topics file: id<TAB>query[<TAB>facet=value]…")
  Path topics;

  @Option(names = "--qrels", description = "Qrels file: topicId 0 chunkId grade (0–3).")
  Path qrels;

  @Option(names = "--tagging", description = "Gold tags: chunkId<TAB>countries<TAB>sectors.")
  Path tagging;

  @Option(
      names = "--commitment",
      description =
          "Commitment labels (chunkId<TAB>hash<TAB>source<TAB>split<TAB>label): precision, recall"
              + " and F1 per value, accuracy and macro-F1 of the commitment facet and of a"
              + " \"shall\" baseline, per split and source.")
  Path commitment;

  @Option(
      names = "--structure",
      description =
          "Known outlines, dates and parties (JSON lines: text_file, date_signed, parties,"
              + " headings); documents are read from --corpus (or its docs/ folder) without"
              + " declared metadata.")
  Path structure;

  @Option(
      names = "--drop-lines",
      defaultValue = "0",
      description =
          "With --structure: cut each document's first N lines first (a catalogue's title"
              + " that is not the document's own text; default: ${DEFAULT-VALUE}).")
  int dropLines;

  @Option(
      names = "--details",
      description =
          "With --structure: write every miss (system, file, what, value) here; with"
              + " --known-items: every query's rank per system; with --commitment: every"
              + " passage's label, tagger's and baseline's value; with --main-content: every"
              + " page's figures.")
  Path details;

  @Option(
      names = "--known-items",
      description =
          "Known-item search: a catalogue's metadata (JSON lines: text_file, title, wto_type,"
              + " language, parties). Each English document of --corpus (or its docs/ folder) is"
              + " indexed without metadata and without its first two lines, then found by its"
              + " parties' names and kind (\"Japan Thailand free trade agreement\"): MRR@10 by"
              + " document, engine and BM25 baseline.")
  Path knownItems;

  @Option(
      names = "--main-content",
      paramLabel = "FOLDER",
      description =
          "Web pages whose article is known, a folder each (source.html, expected.html,"
              + " expected-metadata.json: Mozilla Readability's test/test-pages): how much of the"
              + " text indexed is the article's and how much of the article is indexed, by"
              + " words; titles and publication dates as expected. Pages declared in another"
              + " language than English are left out.")
  Path mainContent;

  // Not CorpusOptions: here --index defaults to a temporary folder, so that measuring never
  // touches the index a server is using.
  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description =
          "Corpus folder: ours, or ToTA-style (metadata.jsonl + docs/), read through a temporary"
              + " view of links and a generated manifest, as bench does (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", description = "Index folder to build or update (default: temporary).")
  Path index;

  @Override
  public Integer call() throws Exception {
    boolean rankingAsked = topics != null || qrels != null || tagging != null || commitment != null;
    if (mainContent != null) {
      if (details != null && (structure != null || knownItems != null)) {
        System.err.println(
            "--details takes the figures of one run: --main-content, --structure or"
                + " --known-items.");
        return 2;
      }
      if (!Files.isDirectory(mainContent)) {
        System.err.println("No folder of pages at " + mainContent.toAbsolutePath());
        return 2;
      }
      MainContentEvaluation pages = MainContentEvaluation.run(mainContent);
      System.out.print(pages.toText());
      if (details != null) {
        Files.write(details, pages.details());
      }
      if (!rankingAsked && structure == null && knownItems == null) {
        return 0;
      }
      System.out.println();
    }
    if ((topics == null) != (qrels == null)
        || (!rankingAsked && structure == null && knownItems == null)) {
      System.err.println(
          "Give --topics with --qrels, and/or --tagging, --commitment, --structure,"
              + " --known-items or --main-content.");
      return 2;
    }
    if (structure != null && knownItems != null && details != null) {
      System.err.println("--details takes the misses of one run: --structure or --known-items.");
      return 2;
    }
    if (!Files.isDirectory(corpus)) {
      System.err.println("No corpus folder at " + corpus.toAbsolutePath());
      return 2;
    }
    if (structure != null) {
      new StructureRun(corpus, dropLines, details).run(StructureGold.read(structure));
      if (!rankingAsked && knownItems == null) {
        return 0;
      }
      System.out.println();
    }
    if (knownItems != null) {
      knownItems();
      if (!rankingAsked) {
        return 0;
      }
      System.out.println();
    }
    Engine engine = Engine.create();
    Path dir = index != null ? index : Files.createTempDirectory("policy-search-eval");
    // A ToTA-style corpus is indexed as the bench indexes it: through a view with a manifest.
    Path view =
        TotaCorpusView.applies(corpus) ? Files.createTempDirectory("policy-search-view") : null;
    try {
      Files.createDirectories(dir);
      Path corpusDir = corpus;
      if (view != null) {
        TotaCorpusView.create(corpus, view);
        corpusDir = view;
      }
      // The view is links to the texts where they lie, outside it: those are to be followed.
      engine.index(
          corpusDir,
          view == null ? CorpusReader.Links.INSIDE_CORPUS : CorpusReader.Links.FOLLOW,
          dir,
          Indexer.Progress.NONE);
      try (SearchService service = engine.searchService(dir)) {
        if (topics != null) {
          try (BaselineRanker baseline = new BaselineRanker(dir, engine.labels())) {
            ChunkTexts texts = new ChunkTexts(service);
            RankingEvaluation ranking =
                RankingEvaluation.run(
                    Topics.read(topics),
                    Qrels.read(qrels),
                    List.of(new EngineRanker(service), baseline, new EngineRanker(service, true)),
                    List.of(texts.same(), texts.nearlySame()));
            System.out.print(ranking.toText());
          }
        }
        if (tagging != null) {
          if (topics != null) {
            System.out.println();
          }
          TaggingEvaluation tags =
              TaggingEvaluation.compare(
                  TaggingGold.read(tagging), TaggingEvaluation.indexed(service));
          System.out.print(tags.toText());
        }
        if (commitment != null) {
          if (topics != null || tagging != null) {
            System.out.println();
          }
          CommitmentEvaluation scores =
              CommitmentEvaluation.run(CommitmentLabels.read(commitment), service);
          System.out.print(scores.toText());
          if (details != null && structure == null && knownItems == null) {
            Files.write(details, scores.details());
          }
        }
      }
      return 0;
    } finally {
      if (view != null) {
        CutCorpus.delete(view); // links only: walking does not follow them
      }
      if (index == null) {
        CutCorpus.delete(dir);
      }
    }
  }

  /** Indexes the cut English documents into temporary folders and prints the known-item figures. */
  private void knownItems() throws IOException {
    Engine engine = Engine.create();
    List<KnownItem> items = KnownItem.read(knownItems, "en", engine.countries()::label);
    Path cut = CutCorpus.copy(corpus, items.stream().map(KnownItem::file).toList(), 2);
    // Kept when --index names it: to look into a miss afterwards.
    Path dir = index != null ? index : Files.createTempDirectory("policy-search-known");
    try {
      IndexSummary summary = engine.index(cut, dir, Indexer.Progress.NONE);
      System.out.printf(
          Locale.ROOT,
          "Known items: %d English documents, first 2 lines cut, no metadata; %d indexed"
              + " (%.0f s)%n",
          items.size(),
          summary.documents(),
          summary.seconds());
      long start = System.nanoTime();
      KnownItemEvaluation evaluation;
      try (SearchService service = engine.searchService(dir);
          BaselineRanker baseline = new BaselineRanker(dir, engine.labels())) {
        evaluation = KnownItemEvaluation.run(items, List.of(new EngineRanker(service), baseline));
      }
      System.out.print(evaluation.toText());
      System.out.printf(
          Locale.ROOT, "(%d s of searching)%n", (System.nanoTime() - start) / 1_000_000_000L);
      if (details != null) {
        Files.write(details, evaluation.details());
      }
    } finally {
      CutCorpus.delete(cut);
      if (index == null) {
        CutCorpus.delete(dir);
      }
    }
  }
}
