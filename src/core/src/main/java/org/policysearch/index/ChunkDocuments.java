package org.policysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.policysearch.acronyms.Definition;
import org.policysearch.analysis.SpellingAnalyzer;
import org.policysearch.analysis.Tokens;
import org.policysearch.corpus.DocumentMetadata;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.ChunkKind;
import org.policysearch.structure.CrossReferences;
import org.policysearch.tagging.Tags;

/** Turns one tagged chunk of a source document into the Lucene document the index stores. */
public final class ChunkDocuments {
  private final FacetsConfig facets = FacetRegistry.facetsConfig();
  // The text's analysis is IndexAnalyzers'; the spelling words are read as a user types them. An
  // analyzer keeps its streams per thread, so the indexing threads share these.
  private final Analyzer textAnalysis = IndexAnalyzers.create();
  private final Analyzer spellingAnalysis = new SpellingAnalyzer();
  private final long indexed;

  /** Builds the documents of an index run that started at {@code indexed} (epoch milliseconds). */
  public ChunkDocuments(long indexed) {
    this.indexed = indexed;
  }

  /**
   * The chunk documents of {@code source}, which has {@code chunkCount} chunks and defines {@code
   * acronyms}: what all of its chunks share is worked out once here, not once per chunk.
   */
  public Block block(SourceDocument source, int chunkCount, List<Definition> acronyms) {
    return new Block(source, chunkCount, acronyms);
  }

  /**
   * Builds the chunk documents of one source document, on one thread. Each text is analysed once
   * per analysis: a chunk's text once for {@code text} and {@code body}, the title and each heading
   * once for the whole document rather than once per chunk (measured: see docs/benchmarks.md).
   */
  public final class Block {
    private final SourceDocument source;
    private final int chunkCount;
    private final List<Definition> acronyms;
    private final String title;
    private final AnalysedText titleWords;
    // A document's words repeat: a set looked up in a term's characters makes a string of each
    // word once, not once for each time it is written (the spelling words were 3.5 % of indexing
    // ToTA's CPU, half of it their set).
    private final CharArraySet spelling = new CharArraySet(1024, false);
    private final Map<String, AnalysedText> headings = new HashMap<>();

    /** Where the document's pages break ({@code \f} in its text); none for a text without pages. */
    private final int[] pageBreaks;

    private Block(SourceDocument source, int chunkCount, List<Definition> acronyms) {
      this.source = source;
      this.pageBreaks = pageBreaks(source.text());
      this.chunkCount = chunkCount;
      this.acronyms = acronyms;
      this.title = title(source);
      this.titleWords = AnalysedText.of(textAnalysis, title);
      addWords(title);
    }

    /**
     * The document's spelling vocabulary so far: the words of its title and of every chunk built,
     * as a user types them. Its record holds them once, so that "did you mean" knows each word of
     * the document; on every chunk they were a fifth of the index's postings.
     */
    Set<String> spelling() {
      Set<String> words = new HashSet<>(2 * spelling.size());
      for (Object word : spelling) {
        words.add(new String((char[]) word));
      }
      return Collections.unmodifiableSet(words);
    }

    private void addWords(String text) {
      Tokens.addDistinct(spellingAnalysis, Fields.SPELL, text, spelling);
    }

    /** The page, from 1, that offset {@code start} of the document's text is on. */
    private int pageOf(int start) {
      int at = Arrays.binarySearch(pageBreaks, start);
      return (at >= 0 ? at : -at - 1) + 1;
    }

    /** The Lucene document for {@code chunk}, tagged {@code tags}. */
    public Document toDocument(Chunk chunk, Tags tags) throws IOException {
      Document doc = new Document();
      doc.add(new StringField(Fields.CHUNK_ID, chunk.id(), Field.Store.YES));
      doc.add(new SortedDocValuesField(Fields.CHUNK_ID, new BytesRef(chunk.id())));
      doc.add(new StoredField(Fields.ORDINAL, chunk.ordinal()));
      doc.add(new NumericDocValuesField(Fields.ORDINAL, chunk.ordinal()));
      if (pageBreaks.length > 0) {
        doc.add(new StoredField(Fields.PAGE, pageOf(chunk.start())));
      }
      doc.add(new StringField(Fields.KIND, chunk.kind().code(), Field.Store.YES));
      if (chunk.kind() != ChunkKind.HEADING && CrossReferences.mostlyCites(chunk.text())) {
        doc.add(new StringField(Fields.CITES, Fields.CITES_VALUE, Field.Store.NO));
      }
      // The signature, sketch and commitment all read the text's signed words: made once here,
      // they were made three times (7 % of indexing's CPU).
      String signed = TextSignatures.signed(chunk.text());
      doc.add(new NumericDocValuesField(Fields.SAME_TEXT, TextSignatures.ofSigned(signed)));
      String[] signedWords = signed.split(" ");
      long sketch = TextSketches.ofSigned(signedWords);
      if (sketch != TextSketches.NONE) {
        doc.add(new NumericDocValuesField(Fields.SAME_TEXT_SKETCH, sketch));
        doc.add(
            new NumericDocValuesField(
                Fields.SAME_TEXT_COMMITMENT,
                TextCommitments.ofSigned(signedWords, tags.commitment())));
      }
      // The text is analysed when the writer indexes TEXT, and BODY, further on, replays it.
      AnalysedText[] words = new AnalysedText[1];
      doc.add(
          AnalysedText.lazily(
              Fields.TEXT,
              chunk.text(),
              Fields.TEXT_WITH_OFFSETS,
              () -> words[0] = AnalysedText.of(textAnalysis, chunk.text())));
      addWords(chunk.text());
      List<AnalysedText> path = new ArrayList<>(chunk.sectionPath().size());
      for (String heading : chunk.sectionPath()) {
        path.add(headings.computeIfAbsent(heading, h -> AnalysedText.of(textAnalysis, h)));
      }
      for (int i = 0; i < path.size(); i++) {
        doc.add(
            path.get(i)
                .field(Fields.SECTION_PATH, chunk.sectionPath().get(i), Fields.TEXT_WITH_OFFSETS));
        doc.add(path.get(i).field(Fields.BODY, null, TextField.TYPE_NOT_STORED));
      }
      doc.add(
          AnalysedText.lazily(
              Fields.BODY,
              null,
              TextField.TYPE_NOT_STORED,
              () -> {
                AnalysedText analysed = Objects.requireNonNull(words[0], "text before body");
                words[0] = null;
                return analysed;
              }));
      doc.add(new StoredField(Fields.START, chunk.start()));
      doc.add(new StoredField(Fields.END, chunk.end()));
      doc.add(titleWords.field(Fields.TITLE, title, Fields.TEXT_WITH_OFFSETS));
      addSharedFields(doc, source);
      // What only a document's summary reads is stored once, on its first chunk (and its
      // record): copied onto every chunk, it was half of each hit's stored bytes.
      if (chunk.ordinal() == 0) {
        addDocumentMetadata(doc, source, chunkCount);
        for (Definition acronym : acronyms) {
          doc.add(new StoredField(Fields.ACRONYMS, acronym.encoded()));
        }
      }
      for (FacetDefinition facet : FacetRegistry.at(FacetDefinition.Level.CHUNK)) {
        addFacetValues(doc, facet.name(), facet.values().of(source, tags));
      }
      return finished(doc);
    }
  }

  /** {@code doc} as the index stores it: every scored field present, its facet fields built. */
  Document finished(Document doc) throws IOException {
    ScoredFields.complete(doc);
    return facets.build(doc);
  }

  /** The title a document is shown and searched by: its own, else its file name. */
  static String title(SourceDocument source) {
    String title = source.metadata().title();
    return title == null ? source.fileName() : title;
  }

  /**
   * What every chunk and record of a document holds of it: its id, type, publisher and year facets
   * (their values stored), date, and the orders by date and by index run. A hit shows the type,
   * date and publisher; a filter or a count by type or year reads them on each chunk.
   */
  void addSharedFields(Document doc, SourceDocument source) {
    DocumentMetadata meta = source.metadata();
    doc.add(new StringField(Fields.DOC_ID, source.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(source.id())));
    for (FacetDefinition facet : FacetRegistry.at(FacetDefinition.Level.DOCUMENT)) {
      addFacetValues(doc, facet.name(), facet.values().of(source, null));
    }
    if (meta.date() != null) {
      doc.add(new StoredField(Fields.DATE, meta.date()));
    }
    doc.add(new NumericDocValuesField(Fields.DATE_SORT, dateNumber(meta.date())));
    doc.add(new NumericDocValuesField(Fields.INDEXED, indexed));
  }

  /**
   * The rest of the document's stored metadata, read for its summary and by the next index run:
   * address, parties, file, format, content hash, chunk count. Only the first chunk and the record
   * hold it.
   */
  void addDocumentMetadata(Document doc, SourceDocument source, int chunkCount) {
    DocumentMetadata meta = source.metadata();
    storeIfPresent(doc, Fields.URL, meta.url());
    for (String party : meta.parties()) {
      doc.add(new StoredField(Fields.PARTIES, party));
    }
    doc.add(new StoredField(Fields.FILE, source.fileName()));
    doc.add(new StoredField(Fields.FORMAT, source.format().name()));
    doc.add(new StoredField(Fields.CONTENT_HASH, source.contentHash()));
    doc.add(new StoredField(Fields.CHUNK_COUNT, chunkCount));
  }

  static void addFacetValues(Document doc, String dimension, List<String> values) {
    for (String value : values) {
      // The plain term serves filters in queries; the facet field serves counts and drill-sideways.
      doc.add(new StringField(dimension, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  /**
   * {@code 2025-10-29} → 20251029, {@code 2025-10} → 20251000; 0 when unknown, so undated sorts
   * last: the value of {@link Fields#DATE_SORT}, which whatever lists documents by date orders by.
   */
  public static long dateNumber(String isoDate) {
    if (isoDate == null) {
      return 0;
    }
    String digits = (isoDate.replace("-", "") + "0000").substring(0, 8);
    return Long.parseLong(digits);
  }

  /** The offsets of {@code text}'s form feeds, which the PDF reader puts between pages. */
  private static int[] pageBreaks(String text) {
    return IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\f').toArray();
  }
}
