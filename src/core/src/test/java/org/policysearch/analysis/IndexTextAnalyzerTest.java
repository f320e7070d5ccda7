package org.policysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class IndexTextAnalyzerTest {

  @Test
  void twoWordsAHyphenJoinsAreAlsoOneWordAtTheFirstOnesPlace() throws IOException {
    assertEquals(
        List.of("anti@0[0-4]", "antidump@0[0-12]", "dump@1[5-12]", "duti@2[13-19]"),
        tokens(new IndexTextAnalyzer(), "anti-dumping duties"));
  }

  @Test
  void theWordWrittenWithoutItsHyphenIsTheOneWordTheTextsJoinedWordIs() throws IOException {
    // What makes "cooperation" find "co-operation": the same term, stemmed as the one word is.
    List<String> joined = terms(new IndexTextAnalyzer(), "Co-operation");
    assertEquals(List.of("co", "cooper", "oper"), joined);
    assertEquals(List.of("cooper"), terms(new TextAnalyzer(), "cooperation"));
  }

  @Test
  void eachTwoNeighbouringPartsOfALongerWordAreJoined() throws IOException {
    assertEquals(
        List.of(
            "most@0[0-4]",
            "mostfavour@0[0-13]",
            "favour@1[5-13]",
            "favouredn@1[5-20]",
            "nation@2[14-20]"),
        tokens(new IndexTextAnalyzer(), "most-favoured-nation"));
  }

  @Test
  void digitsOrSpacesBesideAHyphenJoinNothing() throws IOException {
    for (String text :
        List.of("COVID-19 measures", "in 2019-2023", "Korea - Chile", "Article 3-bis", "A4-size")) {
      assertEquals(tokens(new TextAnalyzer(), text), tokens(new IndexTextAnalyzer(), text), text);
    }
  }

  @Test
  void withoutItsJoinedWordsTheIndexAnalysesATextAsTheQueryAnalysisDoes() throws IOException {
    // The parts must be the very words a query finds, at the same places and offsets.
    for (String text :
        List.of(
            "e-commerce's rules and the Parties' state-owned enterprises",
            "most-favoured-nation treatment of non-U.S. goods",
            "co\u2010operation and co\u2011ordination (Korea-EU FTA)",
            "x--y, -leading, trailing-, re-\nenter",
            "Über-Öffnung of the Côte-d'Ivoire market",
            "日本-韓国 and Ελλάδα-Κύπρος",
            "the anti-dumping-duty order's scope")) {
      assertEquals(
          tokens(new TextAnalyzer(), text), withoutJoined(new IndexTextAnalyzer(), text), text);
    }
  }

  @Test
  void aJoinerTheTextAlreadyWritesPartsWordsAsAHyphenWould() throws IOException {
    // U+203F stands for a hyphen inside the analysis; a text writing it loses no word for that.
    assertEquals(
        List.of("alon@0[1-6]", "twice@1[8-13]", "twiceher@1[8-19]", "here@2[15-19]"),
        tokens(new IndexTextAnalyzer(), "\u203Falone\u203F twice\u203F\u203Fhere"));
  }

  /** Each token as term@position[start-end]. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    analyse(analyzer, text, tokens, true);
    return tokens;
  }

  private static List<String> withoutJoined(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    analyse(analyzer, text, tokens, false);
    return tokens;
  }

  private static void analyse(Analyzer analyzer, String text, List<String> out, boolean joined)
      throws IOException {
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (joined || increment.getPositionIncrement() > 0) {
          out.add(
              term + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
        }
      }
      stream.end();
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    for (String token : tokens(analyzer, text)) {
      terms.add(token.substring(0, token.indexOf('@')));
    }
    return terms;
  }
}
