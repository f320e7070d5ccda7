package org.policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * The tokens of one text, analysed once and replayed for every field value that would analyse the
 * same text the same way: a chunk's text is both {@code text} and {@code body}, a document's title
 * and headings recur on every chunk under them. Holds terms, position increments and offsets, all
 * that the index reads of a token (the analyses here make no graphs, payloads or flags).
 */
final class AnalysedText {
  /** No tokens: an empty value of a field. */
  static final AnalysedText NONE =
      new AnalysedText(new char[0], new int[0], new int[0], new int[0], new int[0], 0);

  /** Every term's characters, one after another; term i ends at {@code termEnds[i]}. */
  private final char[] chars;

  private final int[] termEnds;
  private final int[] increments;
  private final int[] starts;
  private final int[] ends;
  private final int finalOffset;

  private AnalysedText(
      char[] chars, int[] termEnds, int[] increments, int[] starts, int[] ends, int finalOffset) {
    this.chars = chars;
    this.termEnds = termEnds;
    this.increments = increments;
    this.starts = starts;
    this.ends = ends;
    this.finalOffset = finalOffset;
  }

  /** {@code text} as {@code analyzer} analyses it. */
  static AnalysedText of(Analyzer analyzer, String text) {
    StringBuilder chars = new StringBuilder(text.length());
    int n = 0;
    int[] termEnds = new int[8];
    int[] increments = new int[8];
    int[] starts = new int[8];
    int[] ends = new int[8];
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (n == starts.length) {
          termEnds = Arrays.copyOf(termEnds, 2 * n);
          increments = Arrays.copyOf(increments, 2 * n);
          starts = Arrays.copyOf(starts, 2 * n);
          ends = Arrays.copyOf(ends, 2 * n);
        }
        chars.append(term.buffer(), 0, term.length());
        termEnds[n] = chars.length();
        increments[n] = increment.getPositionIncrement();
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        n++;
      }
      stream.end();
      char[] all = new char[chars.length()];
      chars.getChars(0, all.length, all, 0);
      return new AnalysedText(
          all,
          Arrays.copyOf(termEnds, n),
          Arrays.copyOf(increments, n),
          Arrays.copyOf(starts, n),
          Arrays.copyOf(ends, n),
          offset.endOffset());
    } catch (IOException e) {
      // Analysing a String reads no file; an IOException here is a bug.
      throw new UncheckedIOException(e);
    }
  }

  /** A field {@code name} of {@code type}, storing {@code stored}, indexed as these tokens. */
  Field field(String name, String stored, FieldType type) {
    return lazily(name, stored, type, () -> this);
  }

  /**
   * A field {@code name} of {@code type}, storing {@code stored} (null: nothing), indexed as the
   * tokens {@code tokens} gives when the writer indexes it: a chunk's text is analysed while its
   * first field is indexed and held only until its second is, not for the whole of a document's
   * block.
   */
  static Field lazily(String name, String stored, FieldType type, Supplier<AnalysedText> tokens) {
    return new Replayed(name, stored, type, tokens);
  }

  /**
   * A field whose tokens are replayed. The writer hands each field the stream it indexed the last
   * value of that field name with, and the field replays into that stream: one stream per field
   * name and indexing thread, where a stream per value made a chunk's eight or so streams and their
   * attributes (2.6 % of indexing).
   */
  private static final class Replayed extends Field {
    private final Supplier<AnalysedText> tokens;

    Replayed(String name, String stored, FieldType type, Supplier<AnalysedText> tokens) {
      super(name, type);
      this.fieldsData = stored;
      this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      Replay replay = reuse instanceof Replay reused ? reused : new Replay();
      replay.source = tokens;
      return replay;
    }
  }

  /** Replays the tokens, as an analyzer's stream would give them. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private Supplier<AnalysedText> source;
    private AnalysedText tokens;
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == tokens.termEnds.length) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : tokens.termEnds[next - 1];
      term.copyBuffer(tokens.chars, from, tokens.termEnds[next] - from);
      increment.setPositionIncrement(tokens.increments[next]);
      offset.setOffset(tokens.starts[next], tokens.ends[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(tokens.finalOffset, tokens.finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      tokens = Objects.requireNonNull(source.get(), "tokens");
      next = 0;
    }

    @Override
    public void close() throws IOException {
      super.close();
      tokens = null; // the writer keeps the field, with this stream, until the block is indexed
    }
  }
}
