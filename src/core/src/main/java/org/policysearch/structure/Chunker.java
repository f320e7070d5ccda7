package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.corpus.SourceFormat;

/**
 * Cuts a document into chunks: one per heading, paragraph and bullet of its outline, with
 * paragraphs and bullets longer than {@link ChunkingConfig#maxWords()} split at sentence ends into
 * parts of about equal length that share the section path.
 *
 * <p>A "sentence" of more than {@value #RUN_ON_FACTOR} times the maximum is no sentence but text
 * without full stops (OCR output, a flattened table): it is cut at semicolons, and where that is
 * not enough between words, so that no chunk grows to thousands of words.
 *
 * <p>The same text always gives the same chunks, so chunk ids ({@code documentId:ordinal}) are
 * stable between runs.
 */
public final class Chunker {
  static final int RUN_ON_FACTOR = 4;

  private final ChunkingConfig config;
  private final OutlineParser parser;
  private final SentenceSplitter sentences = new SentenceSplitter();

  /** A chunker with the default configuration. */
  public Chunker() {
    this(ChunkingConfig.DEFAULT);
  }

  /** A chunker that undoes hyphenation with the {@linkplain EnglishWords#bundled bundled} words. */
  public Chunker(ChunkingConfig config) {
    this(config, new OutlineParser());
  }

  /** A chunker that undoes hyphenation with {@code words}. */
  public Chunker(ChunkingConfig config, EnglishWords words) {
    this(config, new OutlineParser(given(words)));
  }

  private static Supplier<EnglishWords> given(EnglishWords words) {
    Objects.requireNonNull(words, "words");
    return () -> words;
  }

  private Chunker(ChunkingConfig config, OutlineParser parser) {
    this.config = Objects.requireNonNull(config, "config");
    this.parser = parser;
  }

  /** The chunks of {@code doc}, in document order, numbered from 0. */
  public List<Chunk> split(SourceDocument doc) {
    List<Chunk> chunks = new ArrayList<>();
    // A web page is not: it sets a sentence's math, or its halves apart by two line breaks, as
    // blocks of their own (Readability's pages: "When" over "a ≠ 0" over ", there are …").
    boolean explicitBlocks = doc.format() == SourceFormat.MARKDOWN;
    for (Block block :
        TitleHeading.unnested(parser.parse(doc.text(), explicitBlocks), doc.metadata().title())) {
      for (Part part : parts(block)) {
        int ordinal = chunks.size();
        chunks.add(
            new Chunk(
                Chunk.idOf(doc.id(), ordinal),
                doc.id(),
                ordinal,
                block.kind(),
                block.sectionPath(),
                part.text(),
                part.start(),
                part.end()));
      }
    }
    return chunks;
  }

  private record Part(String text, int start, int end) {}

  private List<Part> parts(Block block) {
    String text = block.text();
    int words = LineShape.wordCount(text);
    if (block.kind() == ChunkKind.HEADING || words <= config.maxWords()) {
      return List.of(new Part(text, block.start(), block.end()));
    }
    // Aim for parts of equal size rather than full parts and a short remainder.
    int target = (words + partCount(words) - 1) / partCount(words);
    List<Part> parts = new ArrayList<>();
    int from = 0;
    int partWords = 0;
    int previousEnd = 0;
    for (int end : ends(text)) {
      int sentenceWords = LineShape.wordCount(text, previousEnd, end);
      if (partWords > 0 && (partWords >= target || partWords + sentenceWords > config.maxWords())) {
        parts.add(part(block, from, previousEnd));
        from = previousEnd;
        partWords = 0;
      }
      partWords += sentenceWords;
      previousEnd = end;
    }
    parts.add(part(block, from, text.length()));
    return parts;
  }

  /** Where parts may end: sentence ends, and inside run-on text clause ends and word gaps. */
  private List<Integer> ends(String text) {
    List<Integer> ends = new ArrayList<>();
    int from = 0;
    for (int end : sentences.ends(text)) {
      if (LineShape.wordCount(text, from, end) > RUN_ON_FACTOR * config.maxWords()) {
        int clauseFrom = from;
        for (int semicolon = text.indexOf("; ", from);
            semicolon >= 0 && semicolon < end;
            semicolon = text.indexOf("; ", semicolon + 1)) {
          wordGaps(text, clauseFrom, semicolon + 1, ends);
          clauseFrom = semicolon + 1;
        }
        wordGaps(text, clauseFrom, end, ends);
      } else {
        ends.add(end);
      }
      from = end;
    }
    return ends;
  }

  /** Adds {@code end} and, when more than the maximum words lie before it, gaps between them. */
  private void wordGaps(String text, int from, int end, List<Integer> ends) {
    int words = 0;
    for (int i = from; i < end; i++) {
      boolean wordStart =
          !Character.isWhitespace(text.charAt(i))
              && (i == from || Character.isWhitespace(text.charAt(i - 1)));
      if (wordStart && words > 0 && words % config.maxWords() == 0) {
        ends.add(i);
      }
      words += wordStart ? 1 : 0;
    }
    ends.add(end);
  }

  private int partCount(int words) {
    return (words + config.maxWords() - 1) / config.maxWords();
  }

  private static Part part(Block block, int from, int to) {
    String text = block.text();
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    int start = from == 0 ? block.start() : block.offsets().startOf(from);
    int end = to == text.length() ? block.end() : block.offsets().endOf(to - 1);
    return new Part(text.substring(from, to), start, end);
  }
}
