package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spaces that extraction lost, put back as the outline is read. */
class GluedWordsTest {
  /** A text whose extraction lost spaces in several places, as some PDFs of agreements did. */
  private static final String DAMAGED =
      String.join(
          "\n",
          "Preamble",
          "",
          "Recallingtheirintentiontoparticipateactively in the process of integration, to trade.",
          "",
          "The Parties shall cooperate intheprocessofeconomicintegrationinEurope and in trade.",
          "",
          "They agree thatthisAgreementwillfosterthecreationofanenlargedarea of trade.",
          "",
          "This is an area that will grow at the request of theKingdomof Norway.",
          "",
          "The meeting in Gothenburg took place in Paris.",
          "",
          "The de minimis rule applies mutatismutandis to derogations.",
          "",
          "The goods listed inAnnexVII follow the rules ofthe Annex, as in Annex VII of the WTOAgreement.",
          "",
          "ARTICLE 5: Tradeingoodsandservices",
          "The Parties trade in the WTO.",
          "");

  private static List<String> paragraphs(String text) {
    return new OutlineParser()
        .parse(text).stream()
            .filter(b -> b.kind() == ChunkKind.PARAGRAPH)
            .map(Block::text)
            .toList();
  }

  @Test
  void wordsThatLostTheirSpacesAreSeparatedAgain() {
    assertEquals(
        List.of(
            "Recalling their intention to participate actively in the process of integration, to"
                + " trade.",
            "The Parties shall cooperate in the process of economic integration in Europe and in"
                + " trade.",
            "They agree that this Agreement will foster the creation of an enlarged area of trade.",
            "This is an area that will grow at the request of the Kingdom of Norway.",
            // A name no word list knows keeps its letters: "go" and "burg" are nowhere else.
            "The meeting in Gothenburg took place in Paris.",
            // Treaty Latin the English word list lacks is neither split ("minim is") nor left
            // glued.
            "The de minimis rule applies mutatis mutandis to derogations.",
            // Capitals stay whole ("VII", not "VI I"); short glued words are split too.
            "The goods listed in Annex VII follow the rules of the Annex, as in Annex VII of the WTO"
                + " Agreement.",
            "The Parties trade in the WTO."),
        paragraphs(DAMAGED));
  }

  @Test
  void aHeadingReadsTheSameInItsChunkAndInThePathsUnderIt() {
    List<Block> blocks = new OutlineParser().parse(DAMAGED);
    Block last = blocks.get(blocks.size() - 1);
    assertEquals(List.of("ARTICLE 5: Trade in goods and services"), last.sectionPath());
    assertEquals("ARTICLE 5: Trade in goods and services", blocks.get(blocks.size() - 2).text());
  }

  @Test
  void aSpacePutBackPointsAtTheWordAfterItInTheSource() {
    Block block =
        new OutlineParser()
            .parse(DAMAGED).stream()
                .filter(b -> b.text().startsWith("This is an area"))
                .findFirst()
                .orElseThrow();
    int kingdom = block.text().indexOf("Kingdom");
    assertEquals(' ', block.text().charAt(kingdom - 1));
    // The space put back has no character of its own: it points at the word after it.
    assertEquals(DAMAGED.indexOf("Kingdomof"), block.offsets().startOf(kingdom - 1));
    // Highlights map back to the source: "Kingdom" is where the source wrote it, glued.
    assertEquals(DAMAGED.indexOf("Kingdomof"), block.offsets().startOf(kingdom));
    assertEquals(
        "Kingdom",
        DAMAGED.substring(block.offsets().startOf(kingdom), block.offsets().endOf(kingdom + 6)));
  }

  @Test
  void aNumberedLineIsJudgedAsItReadsWithItsSpacesBack() {
    // Glued, the first line is one word after its number: a short title. It reads "… to the".
    String withdrawal =
        String.join(
            "\n",
            DAMAGED,
            "ARTICLE 6: Withdrawal",
            "1. EachPartymaywithdrawfromthisAgreementonnoticetothe",
            "Depositary. It takes effect in six months.",
            "",
            "2. Each Party may give notice on any day from this year to the Depositary.",
            "");
    Block first =
        new OutlineParser()
            .parse(withdrawal).stream()
                .filter(b -> b.text().startsWith("1. Each"))
                .findFirst()
                .orElseThrow();
    assertEquals(ChunkKind.PARAGRAPH, first.kind());
    assertEquals(List.of("ARTICLE 6: Withdrawal"), first.sectionPath());
    assertEquals(
        "1. Each Party may withdraw from this Agreement on notice to the Depositary. It takes"
            + " effect in six months.",
        first.text());
  }

  @Test
  void aCleanTextKeepsWordsNoListKnows() {
    // Without damage elsewhere, a long unknown word is a word (a name, a term of art).
    String clean =
        "Preamble\n\nThe registerability of marks is decided in Gothenburg by the Parties.\n";
    assertEquals(
        List.of("The registerability of marks is decided in Gothenburg by the Parties."),
        paragraphs(clean));
  }
}
