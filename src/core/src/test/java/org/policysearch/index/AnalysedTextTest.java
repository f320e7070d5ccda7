package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.policysearch.analysis.SpellingAnalyzer;
import org.policysearch.analysis.TextAnalyzer;

class AnalysedTextTest {
  private static final List<String> TEXTS =
      List.of(
          "The Parties' Ministers shall cooperate on semiconductors, e.g. R&D in Korea's fabs.",
          "  Article 4 — Critical Minerals  ",
          "Café au lait: U.S.-Japan 2025 (non-binding)",
          "",
          "…");

  @Test
  void replayGivesWhatTheAnalyzerGives() throws IOException {
    for (Analyzer analyzer : List.of(new TextAnalyzer(), new SpellingAnalyzer())) {
      for (String text : TEXTS) {
        AnalysedText analysed = AnalysedText.of(analyzer, text);
        assertEquals(tokens(analyzer.tokenStream("text", text)), tokens(replay(analysed)), text);
        // A second replay starts again from the first token.
        assertEquals(tokens(analyzer.tokenStream("text", text)), tokens(replay(analysed)), text);
      }
    }
  }

  @Test
  void aFieldReplaysIntoTheStreamTheWriterHandsBack() throws IOException {
    Analyzer analyzer = new TextAnalyzer();
    TokenStream last = null;
    // As the writer indexes one field name: each value gets the stream of the value before.
    for (String text : TEXTS) {
      TokenStream stream =
          AnalysedText.of(analyzer, text)
              .field(Fields.TEXT, text, Fields.TEXT_WITH_OFFSETS)
              .tokenStream(analyzer, last);
      assertEquals(tokens(analyzer.tokenStream("text", text)), tokens(stream), text);
      last = stream;
    }
  }

  /** A new stream over {@code analysed}, as the writer gets it for a field's first value. */
  private static TokenStream replay(AnalysedText analysed) {
    return analysed.field(Fields.TEXT, null, Fields.TEXT_WITH_OFFSETS).tokenStream(null, null);
  }

  /** Each token as term, increment and offsets, then the final offset. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            String.format(
                Locale.ROOT,
                "%s+%d[%d,%d]",
                term,
                increment.getPositionIncrement(),
                offset.startOffset(),
                offset.endOffset()));
      }
      stream.end();
      tokens.add("end " + offset.endOffset());
    }
    return tokens;
  }
}
