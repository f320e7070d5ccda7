package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the parser reads a query otherwise than typed, and says so. */
class UserQueryParserTest {
  private static List<String> notes(String query) {
    UserQueryParser parser = new UserQueryParser();
    parser.parse(query);
    return parser.notes();
  }

  @Test
  void aQueryReadAsTypedHasNoNotes() {
    for (String query :
        List.of("supply chain", "\"critical minerals\"~5", "-quantum", "(AI OR quantum) Italy")) {
      assertEquals(List.of(), notes(query), query);
    }
  }

  @Test
  void whatWasClosedIgnoredOrReadAsAWordIsSaid() {
    assertEquals(
        List.of("A parenthesis was not closed: it was closed at the end of the query."),
        notes("(AI OR quantum"));
    assertEquals(
        List.of("A quote was not closed: the phrase runs to the end of the query."),
        notes("\"critical minerals"));
    assertEquals(
        List.of("A quote was not closed: the phrase runs to the end of the query."),
        notes("country:\"South Korea"));
    assertEquals(
        List.of("A closing parenthesis without an opening one was ignored."), notes(") quantum"));
    assertEquals(List.of("OR with nothing after it was ignored."), notes("quantum OR"));
    assertEquals(
        List.of(
            "“country:” with nothing right after it was ignored: write the value after the colon,"
                + " without a space (country:value)."),
        notes("country: quantum"));
    assertEquals(
        List.of(
            "A - with a space after it was ignored: to leave a word out, write the - right"
                + " before it (-quantum)."),
        notes("- quantum"));
    assertEquals(List.of("OR with nothing before it was ignored."), notes("OR quantum"));
    assertEquals(
        List.of(
            "“se*” was searched as the word “se”: a prefix needs at least three letters or digits"
                + " before the *."),
        notes("se* korea"));
    assertEquals(
        List.of(
            "“anti-du*” was searched as the word “anti-du”: a prefix needs at least three letters"
                + " or digits between the last hyphen and the *."),
        notes("anti-du*"));
    assertEquals(
        List.of(
            "“U.S.*” was searched as the word “U.S.”: a prefix is letters or digits, and words"
                + " joined to it by single hyphens."),
        notes("U.S.*"));
    assertEquals(List.of(), notes("anti-dump*"), "words joined to a prefix by hyphens");
    assertEquals(
        List.of("AND is not needed: every word must match already."), notes("quantum AND korea"));
    assertEquals(List.of(), notes("research and development"), "a word in lower case is a word");
  }

  @Test
  void aMinusWithASpaceAfterItExcludesNothing() {
    assertEquals(new UserQueryParser().parse("quantum"), new UserQueryParser().parse("- quantum"));
    assertEquals(
        new UserQueryParser().parse("quantum space"),
        new UserQueryParser().parse("quantum - space"));
    assertEquals(new UserQueryParser().parse("quantum"), new UserQueryParser().parse("quantum -"));
  }

  @Test
  void aTitleFiltersMinusOrStarIsNoOperatorAndIsSaid() {
    UserQueryParser parser = new UserQueryParser();
    assertEquals(new QueryNode.Filter("title", "japan", false), parser.parse("title:-japan"));
    assertEquals(
        List.of(
            "“title:-japan” searched the titles for “japan”: to leave out the documents whose"
                + " title says it, write -title:japan."),
        parser.notes());
    assertEquals(new QueryNode.Filter("title", "japan", false), parser.parse("title:japan*"));
    assertEquals(
        List.of(
            "“title:japan*” searched the titles for the word “japan”: a title filter takes words,"
                + " not a prefix."),
        parser.notes());
    assertEquals(List.of(), notes("-title:japan"));
  }

  @Test
  void aFilterOverAGroupIsRefusedWithTheWayToWriteIt() {
    InvalidQueryException refused =
        assertThrows(
            InvalidQueryException.class, () -> new UserQueryParser().parse("country:(KR JP) AI"));
    assertEquals(
        "A filter takes one value after its colon: write country:A country:B to select either,"
            + " rather than country:(A B).",
        refused.getMessage());
  }

  @Test
  void aProximityThatIsNoWholeNumberIsIgnoredAndSaid() {
    UserQueryParser parser = new UserQueryParser();
    assertEquals(new QueryNode.Phrase("supply chain"), parser.parse("\"supply chain\"~0.5"));
    assertEquals(
        List.of(
            "“~0.5” was ignored: a phrase's proximity is a whole number of words right after its"
                + " closing quote (\"supply chain\"~3)."),
        parser.notes());
    assertEquals(new QueryNode.Phrase("supply chain"), parser.parse("\"supply chain\"~-1"));
    assertEquals(new QueryNode.Phrase("supply chain", 3), parser.parse("\"supply chain\"~3"));
  }

  @Test
  void eachNoteIsSaidOnceAndOnlyForTheLastQuery() {
    UserQueryParser parser = new UserQueryParser();
    parser.parse(") ) quantum");
    assertEquals(
        List.of("A closing parenthesis without an opening one was ignored."), parser.notes());
    parser.parse("quantum");
    assertEquals(List.of(), parser.notes());
  }
}
