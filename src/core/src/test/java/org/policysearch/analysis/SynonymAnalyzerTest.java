package org.policysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SynonymAnalyzerTest {

  @Test
  void curatedSynonymsAndSpellingVariantsWorkBothWays() throws IOException {
    SynonymAnalyzer analyzer = new SynonymAnalyzer();
    assertTrue(terms(analyzer, "labour").contains(terms(analyzer, "labor").iterator().next()));
    assertTrue(terms(analyzer, "semiconductors").containsAll(terms(new TextAnalyzer(), "chips")));
    assertTrue(terms(analyzer, "chips").containsAll(terms(new TextAnalyzer(), "semiconductors")));
  }

  @Test
  void eachAnalyzerHasTheCuratedSynonymsAndOnlyItsOwnGroups() throws IOException {
    // Two index states define different acronyms; the curated files are read once for both.
    SynonymAnalyzer science =
        new SynonymAnalyzer(List.of(List.of("NSF", "National Science Foundation")));
    SynonymAnalyzer sport = new SynonymAnalyzer(List.of(List.of("NSF", "National Sports Forum")));
    Set<String> foundation = terms(new TextAnalyzer(), "foundation");
    Set<String> forum = terms(new TextAnalyzer(), "forum");

    assertTrue(terms(science, "NSF").containsAll(foundation));
    assertFalse(terms(science, "NSF").containsAll(forum));
    assertTrue(terms(sport, "NSF").containsAll(forum));
    assertFalse(terms(sport, "NSF").containsAll(foundation));
    assertFalse(terms(new SynonymAnalyzer(), "NSF").containsAll(foundation));
    for (SynonymAnalyzer analyzer : List.of(science, sport)) {
      assertTrue(terms(analyzer, "AI").containsAll(terms(new TextAnalyzer(), "intelligence")));
    }
  }

  @Test
  void aGroupCannotRedefineACuratedEntry() throws IOException {
    // "AI" is curated as artificial intelligence; a corpus defining it otherwise does not win.
    SynonymAnalyzer analyzer = new SynonymAnalyzer(List.of(List.of("AI", "Amnesty International")));
    assertFalse(terms(analyzer, "AI").containsAll(terms(new TextAnalyzer(), "amnesty")));
    assertTrue(terms(analyzer, "AI").containsAll(terms(new TextAnalyzer(), "artificial")));
  }

  private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
