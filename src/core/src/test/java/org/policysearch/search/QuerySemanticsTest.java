package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policysearch.search.TestIndexes.chunkId;
import static org.policysearch.search.TestIndexes.ids;
import static org.policysearch.search.TestIndexes.idsWithEveryWord;
import static org.policysearch.search.TestIndexes.list;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each construct of the query language finds in the seed corpus: exact sets of chunks. */
class QuerySemanticsTest {
  /** Chunks that say "supply chain(s)" (or "supply-chain") as adjacent words. */
  private static final String SUPPLY_CHAIN = "a:2 a:4 a:5 a:9 b:1 b:16 us:28 us:29 us:30 us:32";

  /** Chunks about artificial intelligence, under either name (or under such a heading). */
  private static final String AI =
      "a:1 a:4 a:7 a:8 a:9 b:0 b:3 b:10 b:15 b:16 us:12 us:13 us:14 us:15 us:16 us:17 us:18 us:19"
          + " us:20 us:21 us:22";

  /** Chunks about chips, under either name. */
  private static final String CHIPS = "a:1 a:4 a:7 a:9 b:0 b:3 b:9 b:10 b:15 b:16";

  /** Chunks naming South Korea as ROK, Republic of Korea or South Korea. */
  private static final String SOUTH_KOREA = "a:1 a:6 a:7 b:3 b:7 b:8 us:1 us:3 us:5";

  /** Chunks naming a memorandum of understanding, in full or as MOU. */
  private static final String MOU = "a:1 a:4 a:7 b:3 b:12 us:1 us:9 us:38 us:39 us:40";

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service = TestIndexes.seed(dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult search(String query) throws IOException {
    return service.search(request(query, Map.of()));
  }

  static SearchRequest request(String query, Map<String, List<String>> filters) {
    return new SearchRequest(query, filters, 1, 100, SearchRequest.Sort.RELEVANCE, false);
  }

  /**
   * The chunks holding every word (all hits when none does), in document order, to compare as a
   * set.
   */
  static String found(String query) throws IOException {
    SearchResult result = search(query);
    List<String> ids = result.relaxed() ? ids(result) : idsWithEveryWord(result);
    return String.join(" ", inDocumentOrder(ids));
  }

  static List<String> inDocumentOrder(List<String> shortIds) {
    return shortIds.stream()
        .sorted(
            Comparator.comparing((String id) -> id.split(":")[0])
                .thenComparingInt(id -> Integer.parseInt(id.split(":")[1])))
        .toList();
  }

  static String text(String shortId) throws IOException {
    String id = chunkId(shortId);
    return service.document(id.substring(0, id.indexOf(':')), null).orElseThrow().chunks().stream()
        .filter(c -> c.chunkId().equals(id))
        .findFirst()
        .orElseThrow()
        .text();
  }

  @Test
  void everyWordMustMatch() throws IOException {
    assertEquals(SUPPLY_CHAIN, found("supply chain"));
    assertEquals("a:2 a:4 a:5 a:9 b:1 b:4 b:16 us:28 us:29 us:30 us:32", found("supply"));
  }

  @Test
  void wordsMatchTheirStems() throws IOException {
    assertEquals(found("supply chain"), found("supplies chains"));
    assertEquals(found("chips"), found("chip"));
  }

  @Test
  void phraseQueryFindsAdjacentWords() throws IOException {
    assertEquals(SUPPLY_CHAIN, found("\"supply chain\""));
    assertEquals("us:31 us:32", found("\"quantum innovation\""));
  }

  @Test
  void aPhrasePastedInTypographicQuotesIsAPhrase() throws IOException {
    // From a word processor or a PDF the quotes come curly, German or as guillemets.
    assertEquals(SUPPLY_CHAIN, found("\u201Csupply chain\u201D"));
    assertEquals(SUPPLY_CHAIN, found("\u201Esupply chain\u201C"));
    assertEquals(SUPPLY_CHAIN, found("\u00AB supply chain \u00BB"));
    assertEquals("b:4", found("supply -\u201Csupply chain\u201D"));
  }

  @Test
  void quotedPhraseNeverMatchesItsWordsApart(@TempDir Path tmp) throws IOException {
    try (SearchService apart =
        TestIndexes.ofFiles(
            tmp,
            Map.of(
                "apart.txt",
                "Notes\n\nThe supply of rare earths is only one link in the chain of production.\n",
                "together.txt",
                "Notes\n\nA resilient supply chain needs rare earths.\n"))) {
      SearchResult words = apart.search(request("supply chain", Map.of()));
      SearchResult phrase = apart.search(request("\"supply chain\"", Map.of()));
      assertEquals(
          List.of("apart", "together"),
          words.hits().stream().map(Hit::documentId).sorted().toList());
      assertEquals(List.of("together"), phrase.hits().stream().map(Hit::documentId).toList());
      assertFalse(phrase.relaxed());
    }
  }

  @Test
  void aPhrasesProximityFindsItsWordsWithinThatManyWords(@TempDir Path tmp) throws IOException {
    try (SearchService near =
        TestIndexes.ofFiles(
            tmp,
            Map.of(
                "near.txt",
                "Notes\n\nCritical minerals such as lithium will come from Australia.\n",
                "far.txt",
                "Notes\n\nCritical minerals are scarce, and the partners who might supply them in"
                    + " the years ahead include the mines of western Australia.\n",
                "none.txt",
                "Notes\n\nAustralia and Japan, at their annual meeting in Tokyo, discussed"
                    + " critical minerals.\n"))) {
      Map<String, List<String>> none = Map.of();
      assertEquals(
          List.of("near"), documents(near.search(request("\"minerals australia\"~6", none))));
      assertEquals(
          List.of("far", "near", "none"),
          documents(near.search(request("\"minerals australia\"~20", none))).stream()
              .sorted()
              .toList());
      // Counted from the order typed: the other way round, the words stand farther apart.
      assertEquals(List.of(), documents(near.search(request("\"australia minerals\"~5", none))));
      assertEquals(List.of(), documents(near.search(request("\"minerals australia\"", none))));
      // A proximity written apart from its phrase is a word; "~" alone was always punctuation.
      assertEquals(
          documents(near.search(request("\"minerals australia\" 6", none))),
          documents(near.search(request("\"minerals australia\" ~6", none))));
    }
  }

  @Test
  void aPhrasesProximityBeyondAPassageIsRefused() {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> search("\"supply chain\"~99"));
    assertEquals(
        "A phrase's words may stand at most 50 words apart: \"supply chain\"~99.", e.getMessage());
    // However many digits it is typed with.
    InvalidQueryException wide =
        assertThrows(InvalidQueryException.class, () -> search("\"supply chain\"~99999999999"));
    assertEquals(
        "A phrase's words may stand at most 50 words apart: \"supply chain\"~99999999999.",
        wide.getMessage());
  }

  private static List<String> documents(SearchResult result) {
    return result.relaxed() ? List.of() : result.hits().stream().map(Hit::documentId).toList();
  }

  @Test
  void minusExcludesAWord() throws IOException {
    assertEquals("us:31 us:32", found("quantum"));
    assertEquals("us:31", found("quantum -supply"));
  }

  @Test
  void minusExcludesAPhrase() throws IOException {
    assertEquals("us:31", found("quantum -\"supply chain\""));
    assertEquals("b:4", found("supply -\"supply chain\""));
  }

  @Test
  void minusExcludesOnlyTheWordAfterIt() throws IOException {
    // "chain" must still match (b:4 says supply without chain): the minus takes "quantum" alone.
    assertEquals("a:2 a:4 a:5 a:9 b:1 b:16 us:28 us:29 us:30", found("supply -quantum chain"));
    assertFalse(search("supply -quantum chain").relaxed());
  }

  @Test
  void notInCapitalsExcludesAsTheMinusDoes() throws IOException {
    // Analysts used to Boolean search type NOT; before, it was a stop word and "supply" required.
    assertEquals(found("quantum -supply"), found("quantum NOT supply"));
    assertEquals(found("quantum -\"supply chain\""), found("quantum NOT \"supply chain\""));
    assertEquals(
        found("supply -(quantum OR pharmaceutical) chain"),
        found("supply NOT (quantum OR pharmaceutical) chain"));
    // In lower case, or with nothing after it, it is the word.
    assertEquals(found("quantum supply"), found("quantum not supply"));
    assertEquals(found("quantum"), found("quantum NOT"));
  }

  @Test
  void aQueryPastedWithTabsAndLineBreaksReadsAsWordsAndSpaces() throws IOException {
    // Pasted from a table or a PDF: the answer, and its correction, must not carry the tab.
    SearchResult pasted = search("quantom\ttechnologies\n");
    assertEquals("quantom technologies", pasted.query().strip());
    assertEquals("quantum technologies", pasted.correctedQuery().strip());
    assertEquals(found("supply chain resilience"), found("supply chain\r\nresilience"));
  }

  @Test
  void exclusionAloneListsEverythingElse() throws IOException {
    assertEquals(70, search("-quantum").total());
  }

  @Test
  void orFindsEitherSide() throws IOException {
    assertEquals("us:29 us:30 us:31 us:32", found("quantum OR pharmaceutical"));
  }

  @Test
  void parenthesesGroupAnOrBeforeTheNextWord() throws IOException {
    assertEquals("us:29 us:30 us:32", found("(quantum OR pharmaceutical) supply"));
  }

  @Test
  void countryWordIsHeldByThePartiesOfTheDocument() throws IOException {
    // The quantum passages never say Korea; the deal they are in is between the US and Korea.
    SearchResult result = search("quantum korea");
    assertFalse(result.relaxed());
    assertEquals("us:31 us:32", found("quantum korea"));
    Hit passage =
        result.hits().stream().filter(h -> h.chunkId().endsWith(":32")).findFirst().orElseThrow();
    assertTrue(passage.matchedOn().contains("parties"), passage.matchedOn().toString());
    assertFalse(text("us:32").toLowerCase(java.util.Locale.ROOT).contains("korea"));
    // Italy is no party to the deal: its quantum passages do not hold "italy".
    assertEquals(0, search("quantum italy").allWordsTotal());
  }

  @Test
  void aDocumentsPartiesAloneFindNothing() throws IOException {
    // A chunk must say one of the words itself: "korea" does not list every chunk of the deal.
    SearchResult korea = search("korea");
    assertTrue(korea.total() < 30, korea.total() + " of 72 chunks");
    for (Hit hit : korea.hits()) {
      assertTrue(
          hit.matchedOn().contains("text") || hit.matchedOn().contains("headings"),
          hit.chunkId() + " " + hit.matchedOn());
    }
  }

  @Test
  void orBindsTighterThanTheWordsAroundIt() throws IOException {
    // Documented: "space OR quantum korea" is "(space OR quantum) AND korea".
    assertEquals(found("(space OR quantum) korea"), found("space OR quantum korea"));
    // us:36 says Korea; us:31, us:32 (quantum) and us:35 (space) are passages of the US–Korea
    // deal, whose parties hold "korea".
    assertEquals("us:31 us:32 us:35 us:36", found("space OR quantum korea"));
    assertEquals(
        found("(quantum OR pharmaceutical) supply"), found("quantum OR pharmaceutical supply"));
  }

  @Test
  void prefixFindsEveryWordStartingWithIt() throws IOException {
    // Prefixes do not expand synonyms: a:1 and b:16 only say "chips".
    assertEquals("a:4 a:7 a:9 b:0 b:3 b:9 b:10 b:15", found("semicond*"));
  }

  @Test
  void aPrefixAloneRanksThePassagesThatSayItsWordsMostFirst(@TempDir Path tmp) throws IOException {
    // Before, every passage a prefix found scored alike and came in the documents' order.
    try (SearchService service =
        TestIndexes.ofFiles(
            tmp,
            Map.of(
                "a-heading.txt",
                "Notes\n\n## Government Procurement\n\nEach Party shall publish its notices in"
                    + " one official journal and keep them there for three years.\n",
                "b-once.txt",
                "Notes\n\nThe Parties met in Geneva to discuss tariffs, services, investment and"
                    + " the procurement of medicines among other matters of common interest.\n",
                "c-often.txt",
                "Notes\n\nProcurement rules: a procuring entity shall award each procurement by"
                    + " open tender, and procurements above the threshold are published.\n"))) {
      SearchResult result = service.search(request("procure*", Map.of()));
      assertEquals(
          List.of("c-often", "b-once", "a-heading", "a-heading"),
          result.hits().stream().map(Hit::documentId).toList());
    }
  }

  @Test
  void aPrefixAfterAHyphenFindsTheHyphenatedWordsStartingSo(@TempDir Path tmp) throws IOException {
    try (SearchService service =
        TestIndexes.ofFiles(
            tmp,
            Map.of(
                "joined.txt",
                "Notes\n\nThe Parties may apply anti-dumping duties under the WTO Agreement.\n",
                "apart.txt",
                "Notes\n\nThe Parties are anti monopoly, and dumping of waste is forbidden.\n",
                "other.txt",
                "Notes\n\nDumping margins are computed by the anti-subsidy authority.\n"))) {
      SearchResult result = service.search(request("anti-dump*", Map.of()));
      assertEquals(List.of("joined"), result.hits().stream().map(Hit::documentId).toList());
      assertEquals(List.of(), result.readAs(), "read as typed");
      assertTrue(result.hits().get(0).snippet().contains("<mark>anti-dumping</mark>"));
    }
  }

  @Test
  void prefixShorterThanThreeLettersIsReadAsAWord() throws IOException {
    assertEquals(AI, found("ai*"));
    assertEquals(found("se"), found("se*"));
  }

  @Test
  void countryFilterTakesANameOrACode() throws IOException {
    String italy = found("country:IT");
    assertEquals(29, search("country:IT").total());
    assertEquals(italy, found("country:Italy"));
    assertEquals(italy, found("country:italy"));
    assertEquals(found("country:KR"), found("country:\"South Korea\""));
    assertEquals("us:31 us:32", found("quantum country:US"));
    assertEquals("", found("quantum country:IT"));
  }

  @Test
  void sectorAndTypeFilters() throws IOException {
    assertEquals("us:31 us:32", found("sector:quantum"));
    assertEquals(found("country:IT"), found("type:news"));
    assertEquals(43, search("type:joint-statement").total());
  }

  @Test
  void yearFilterKeepsDocumentsOfThatYear() throws IOException {
    assertEquals(found("type:joint-statement"), found("year:2025"));
    assertEquals("us:31 us:32", found("quantum year:2025"));
    assertEquals(0, search("quantum year:2024").total());
  }

  @Test
  void titleFilterSearchesDocumentTitles() throws IOException {
    SearchResult prosperity = search("title:prosperity");
    assertEquals(43, prosperity.total());
    assertTrue(prosperity.hits().stream().allMatch(h -> h.documentId().equals(TestIndexes.US_ROK)));
    assertEquals("us:31 us:32", found("title:\"technology prosperity\" quantum"));
    assertEquals(0, search("title:\"prosperity technology\"").total());
  }

  @Test
  void unknownFilterValueIsInvalid() {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> search("country:Narnia"));
    assertTrue(e.getMessage().startsWith("Unknown country \"Narnia\""), e.getMessage());
    assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
  }

  @Test
  void aCountryTypedWithASlipIsNamedInTheMessage() {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> search("country:Japn tariff"));
    assertTrue(
        e.getMessage().startsWith("Unknown country \"Japn\": did you mean Japan? Use an ISO code"),
        e.getMessage());
  }

  @Test
  void artificialIntelligenceFindsChunksThatOnlySayAi() throws IOException {
    assertFalse(text("us:15").toLowerCase(java.util.Locale.ROOT).contains("intelligence"));
    assertEquals(AI, found("artificial intelligence"));
  }

  @Test
  void aiFindsChunksThatOnlySayArtificialIntelligence() throws IOException {
    assertFalse(text("b:16").contains("AI"));
    assertEquals(AI, found("AI"));
    assertEquals(AI, found("\"artificial intelligence\""));
  }

  @Test
  void chipsAndSemiconductorsFindEachOther() throws IOException {
    assertFalse(text("a:1").contains("semiconductor"));
    assertFalse(text("b:9").contains("chip"));
    assertEquals(CHIPS, found("chips"));
    assertEquals(CHIPS, found("semiconductors"));
  }

  @Test
  void rokAndSouthKoreaFindEachOther() throws IOException {
    assertFalse(text("us:5").contains("South Korea"));
    assertFalse(text("a:1").contains("ROK"));
    assertEquals(SOUTH_KOREA, found("ROK"));
    assertEquals(SOUTH_KOREA, found("South Korea"));
    assertEquals(SOUTH_KOREA, found("\"Republic of Korea\""));
  }

  @Test
  void mouAndMemorandumOfUnderstandingFindEachOther() throws IOException {
    assertFalse(text("us:38").contains("Memorandum"));
    assertFalse(text("b:12").contains("MoU"));
    assertEquals(MOU, found("MOU"));
    assertEquals(MOU, found("memorandum of understanding"));
  }

  @Test
  void synonymsApplyInsidePhrases() throws IOException {
    // b:16 says "artificial intelligence chips", a:1 "AI, chips".
    assertEquals("a:1 b:0 b:15 b:16", found("\"AI chips\""));
    assertEquals("a:1 b:0 b:15 b:16", found("\"artificial intelligence chips\""));
    assertEquals(MOU, found("\"MOU\""));
  }

  @Test
  void stopWordsNeedNotBeInAChunk() throws IOException {
    assertEquals(found("Korean peninsula"), found("on the Korean peninsula"));
    assertFalse(search("on the Korean peninsula").relaxed());
  }

  @Test
  void aQuestionTypedWholeFindsWhatItsOtherWordsFind() throws IOException {
    // "where", "is" and "what" are not what a passage must say: what it is about is.
    assertEquals(SUPPLY_CHAIN, found("where is the supply chain?"));
    assertEquals(found("quantum standards"), found("what are the quantum standards?"));
    assertFalse(search("what are the quantum standards?").relaxed());
  }

  @Test
  void theGuidesQuestionFindsTheQuantumPassagesOfKoreasAgreementsFirst() throws IOException {
    // "agreements" and "cover" frame the question: the passages must hold quantum and Korea.
    SearchResult answer = search("which agreements cover quantum with South Korea?");
    assertFalse(answer.relaxed());
    Hit first = answer.hits().get(0);
    assertEquals(TestIndexes.US_ROK, first.documentId());
    assertTrue(first.text().toLowerCase(Locale.ROOT).contains("quantum"), first.text());
  }

  @Test
  void aQuestionNeedsNotItsAuxiliaryVerb(@TempDir Path tmp) throws IOException {
    // A treaty says a party "may withdraw"; "can" is how the analyst asks, not what the text says.
    Map<String, String> clauses =
        Map.of(
            "may.txt", "Notes\n\nEach Party may withdraw from this Agreement by written notice.\n",
            "can.txt", "Notes\n\nOther States can join this Agreement by application.\n");
    assertEquals(
        List.of("may"),
        documentsHoldingEveryWord(tmp, clauses, "how can a party withdraw from the agreement?"));
  }

  @Test
  void aQuestionForATimeNeedsNotItsWordForIt(@TempDir Path tmp) throws IOException {
    // The period is answered in years; "long" is how the analyst asks.
    Map<String, String> clauses =
        Map.of(
            "period.txt",
                "Notes\n\nThe transition period means ten years after entry into force.\n",
            "long.txt", "Notes\n\nA long period of consultations precedes the panel.\n");
    assertEquals(
        List.of("period"),
        documentsHoldingEveryWord(tmp, clauses, "how long is the transition period?"));
  }

  @Test
  void aTradePolicyAcronymNoTextDefinesFindsItsName(@TempDir Path tmp) throws IOException {
    // Analysts type "ISDS"; treaties spell it out and seldom define it.
    Map<String, String> settlement =
        Map.of(
            "investor.txt",
            "Notes\n\nSection B sets out investor-state dispute settlement procedures.\n",
            "state.txt",
            "Notes\n\nState-to-state dispute settlement follows Chapter 20.\n");
    assertEquals(List.of("investor"), documentsHoldingEveryWord(tmp, settlement, "ISDS"));
  }

  @Test
  void eCommerceFindsElectronicCommerceWhileTheWordsStayWords(@TempDir Path tmp)
      throws IOException {
    // Treaties mostly say "electronic commerce"; analysts often type "e-commerce". Typed in
    // words, the term is not made a phrase: "commerce by electronic means" still holds them.
    Map<String, String> chapters =
        Map.of(
            "electronic.txt", "Notes\n\nEach Party shall adopt measures on electronic commerce.\n",
            "short.txt", "Notes\n\nThe Parties shall cooperate on e-commerce.\n",
            "means.txt", "Notes\n\nCommerce by electronic means is open.\n");
    assertEquals(
        List.of("electronic", "short"),
        documentsHoldingEveryWord(tmp, chapters, "e-commerce").stream().sorted().toList());
    assertEquals(
        List.of("electronic", "means"),
        documentsHoldingEveryWord(tmp, chapters, "electronic commerce").stream().sorted().toList());
  }

  @Test
  void soeFindsStateOwnedEnterprisesAndSandDtItsTreatment(@TempDir Path tmp) throws IOException {
    // Few texts write the acronyms an analyst types; "enterprises owned by the state" still holds
    // the words typed in full.
    Map<String, String> texts =
        Map.of(
            "soe.txt",
                "Notes\n\nEach Party shall ensure that its state-owned enterprises act fairly.\n",
            "owned.txt", "Notes\n\nEnterprises owned by the state shall act fairly.\n",
            "sdt.txt", "Notes\n\nDeveloping Parties receive special and differential treatment.\n");
    assertEquals(List.of("soe"), documentsHoldingEveryWord(tmp.resolve("a"), texts, "SOEs"));
    assertEquals(
        List.of("owned", "soe"),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "state owned enterprises").stream()
            .sorted()
            .toList());
    assertEquals(List.of("sdt"), documentsHoldingEveryWord(tmp.resolve("c"), texts, "S&DT"));
  }

  @Test
  void nationalTreatmentIsNotMostFavouredNationTreatment(@TempDir Path tmp) throws IOException {
    // Porter stems "national" to "nation": two distinct obligations of every trade agreement.
    Map<String, String> articles =
        Map.of(
            "nt.txt", "Notes\n\nEach Party shall accord national treatment to the goods.\n",
            "nts.txt", "Notes\n\nThe nationals of a Party receive fair treatment.\n",
            "mfn.txt", "Notes\n\nEach Party shall accord most-favoured-nation treatment.\n");
    assertEquals(List.of("nt"), documentsHoldingEveryWord(tmp, articles, "\"national treatment\""));
    assertEquals(
        List.of("nt", "nts"),
        documentsHoldingEveryWord(tmp, articles, "national treatment").stream().sorted().toList());
  }

  @Test
  void dataLocalisationFindsTheLocationOfComputingFacilitiesNotALocalNetwork(@TempDir Path tmp)
      throws IOException {
    // Analysts say "data localization"; the treaties say "location of computing facilities", and
    // Porter stems "localization" to "local".
    Map<String, String> texts =
        Map.of(
            "facilities.txt",
                "Notes\n\nNo Party shall require a covered person to use or locate computing"
                    + " facilities in its territory. The location of computing facilities is free.\n",
            "network.txt",
                "Notes\n\nLocal area network apparatus means a good that connects automatic data"
                    + " processing machines.\n");
    assertEquals(
        List.of("facilities"),
        documentsHoldingEveryWord(tmp.resolve("a"), texts, "data localization"));
    assertEquals(
        List.of("facilities"),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "data localisation"));
    assertEquals(List.of(), documentsHoldingEveryWord(tmp.resolve("c"), texts, "localisation"));
  }

  @Test
  void harmToAnIndustryFindsItsInjury(@TempDir Path tmp) throws IOException {
    // One way: "injury" typed stays the word, or it would also find every passage on harm.
    Map<String, String> texts =
        Map.of(
            "injury.txt",
                "Notes\n\nIncreased imports cause serious injury to the domestic industry.\n",
            "harm.txt", "Notes\n\nPollution may harm the domestic industry.\n");
    assertEquals(
        List.of("injury"),
        documentsHoldingEveryWord(tmp.resolve("a"), texts, "imports harm industry"));
    assertEquals(List.of("injury"), documentsHoldingEveryWord(tmp.resolve("b"), texts, "injury"));
  }

  @Test
  void tariffsFindCustomsDutiesOneWay(@TempDir Path tmp) throws IOException {
    Map<String, String> texts =
        Map.of(
            "duties.txt", "Notes\n\nEach Party shall eliminate its customs duties on goods.\n",
            "tariff.txt", "Notes\n\nEach Party shall reduce its tariff on goods.\n");
    assertEquals(
        List.of("duties", "tariff"),
        documentsHoldingEveryWord(tmp.resolve("a"), texts, "tariffs goods").stream()
            .sorted()
            .toList());
    assertEquals(
        List.of("duties"), documentsHoldingEveryWord(tmp.resolve("b"), texts, "customs duties"));
  }

  @Test
  void dataFlowsFindTheTransferOfInformation(@TempDir Path tmp) throws IOException {
    Map<String, String> texts =
        Map.of(
            "transfer.txt",
            "Notes\n\nEach Party shall allow the cross-border transfer of information by"
                + " electronic means.\n",
            "goods.txt",
            "Notes\n\nEach Party shall allow the cross-border transfer of goods.\n");
    assertEquals(
        List.of("transfer"), documentsHoldingEveryWord(tmp, texts, "cross-border data flows"));
  }

  @Test
  void forcedIsNotInForce(@TempDir Path tmp) throws IOException {
    // Every treaty "enters into force": Porter makes "forced" the same word.
    Map<String, String> texts =
        Map.of(
            "transfer.txt",
                "Notes\n\nNo Party shall require the transfer of a technology as a condition of"
                    + " investment.\n",
            "entry.txt",
                "Notes\n\nThe obligations in force between the Parties on technology transfer"
                    + " remain.\n",
            "labour.txt", "Notes\n\nEach Party shall eliminate all forms of forced labour.\n");
    assertEquals(List.of("labour"), documentsHoldingEveryWord(tmp.resolve("a"), texts, "forced"));
    assertEquals(
        List.of(),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "forced technology transfer"));
  }

  @Test
  void theUsIsNotTheWordUse(@TempDir Path tmp) throws IOException {
    // Porter stems "use", "used" and "using" to "us", the word a query for the United States is.
    Map<String, String> texts =
        Map.of(
            "us.txt", "Notes\n\nThe US and Korea shall cooperate on semiconductors.\n",
            "states.txt",
                "Notes\n\nThe United States and Korea shall cooperate on semiconductors.\n",
            "used.txt", "Notes\n\nKorea used its semiconductors in vehicles.\n",
            "using.txt", "Notes\n\nKorea is using semiconductors made elsewhere.\n");
    assertEquals(
        List.of("states", "us"),
        documentsHoldingEveryWord(tmp.resolve("a"), texts, "US Korea semiconductors").stream()
            .sorted()
            .toList());
    assertEquals(
        List.of("used", "using"),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "use semiconductors").stream()
            .sorted()
            .toList());
  }

  @Test
  void wordsOfTechnologyPolicyAreNotTheTreatyWordsPorterMakesThem(@TempDir Path tmp)
      throws IOException {
    Map<String, String> texts =
        Map.of(
            "identity.txt", "Notes\n\nThe Parties shall cooperate on digital identity.\n",
            "identical.txt", "Notes\n\nThe Parties shall cooperate on identical digital goods.\n",
            "emerging.txt", "Notes\n\nThe Parties shall cooperate on emerging technologies.\n",
            "emergency.txt",
                "Notes\n\nThe Parties shall cooperate on technologies for emergency measures.\n",
            "designs.txt", "Notes\n\nEach Party shall protect industrial designs.\n",
            "designated.txt", "Notes\n\nEach Party shall protect the designated industrial zone.\n",
            "generic.txt", "Notes\n\nGeneric medicines shall be registered promptly.\n",
            "general.txt", "Notes\n\nMedicines shall be registered under the general rules.\n");
    assertEquals(
        List.of("identity"),
        documentsHoldingEveryWord(tmp.resolve("a"), texts, "digital identity"));
    assertEquals(
        List.of("emerging"),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "emerging technologies"));
    assertEquals(
        List.of("designs"),
        documentsHoldingEveryWord(tmp.resolve("c"), texts, "industrial designs"));
    assertEquals(
        List.of("generic"),
        documentsHoldingEveryWord(tmp.resolve("d"), texts, "generic medicines"));
  }

  @Test
  void competeFindsCompetitionNotCompetentAuthorities(@TempDir Path tmp) throws IOException {
    Map<String, String> texts =
        Map.of(
            "competition.txt",
                "Notes\n\nEach Party shall maintain competition law for its enterprises.\n",
            "authorities.txt",
                "Notes\n\nThe competent authorities shall inform the enterprises.\n");
    assertEquals(
        List.of("competition"), documentsHoldingEveryWord(tmp, texts, "enterprises that compete"));
  }

  @Test
  void aHeadingThatRepeatsTheTitleIsNoSectionOverEveryPassage(@TempDir Path tmp)
      throws IOException {
    Map<String, String> files =
        Map.of(
            "note.md",
            "# Japan–UK Memorandum on Quantum Computing\n\n## Summary\n\nThe United Kingdom and"
                + " Japan signed a memorandum on quantum computing.\n\n## Background\n\nEarlier"
                + " talks covered hydrogen and offshore wind.\n",
            "page.html",
            "<html><head><title>Korea and Germany agree hydrogen partnership | Energy"
                + " Wire</title></head><body><article><h1>Korea and Germany agree hydrogen"
                + " partnership</h1><p>SEOUL — South Korea and Germany signed a declaration on"
                + " green hydrogen.</p><h2>Reaction</h2><p>Analysts said the deal could speed up"
                + " battery investment.</p></article></body></html>");
    try (SearchService small = TestIndexes.ofFiles(tmp, files)) {
      // Only what says quantum (the passage, under its own heading, and the title's line): the
      // title's words in the heading over them all made every passage of the note match.
      List<Hit> quantum = small.search(request("quantum", Map.of())).hits();
      assertEquals(
          List.of(List.of("Summary"), List.of()),
          quantum.stream().map(Hit::sectionPath).toList(),
          quantum.toString());
      assertTrue(quantum.get(0).text().contains("signed"), quantum.toString());
      List<Hit> hydrogen =
          small.search(request("hydrogen", Map.of("type", List.of("news")))).hits();
      // The headline and the paragraph that say hydrogen, neither under the headline.
      assertEquals(List.of(List.of(), List.of()), hydrogen.stream().map(Hit::sectionPath).toList());
      assertEquals(
          List.of("Reaction"),
          small.search(request("battery", Map.of())).hits().get(0).sectionPath());
    }
  }

  @Test
  void exceptionsAccessionAndSecuritiesAreNotExceptAccessAndSecurity(@TempDir Path tmp)
      throws IOException {
    Map<String, String> texts =
        Map.of(
            "general.txt", "Notes\n\nThe general exceptions of GATT 1994 apply.\n",
            "except.txt",
                "Notes\n\nEach Party shall grant market access, except for the goods in Annex"
                    + " 2.\n",
            "accession.txt", "Notes\n\nAny State may accede to this Agreement.\n",
            "securities.txt", "Notes\n\nSecurities markets shall be open to suppliers.\n",
            "security.txt", "Notes\n\nNothing prevents a Party from protecting its security.\n");
    assertEquals(
        List.of("general"), documentsHoldingEveryWord(tmp.resolve("a"), texts, "exceptions"));
    assertEquals(
        List.of("accession"), documentsHoldingEveryWord(tmp.resolve("b"), texts, "accession"));
    assertEquals(
        List.of("security"), documentsHoldingEveryWord(tmp.resolve("c"), texts, "security"));
  }

  @Test
  void wordsOfTradePolicyAreNotTheCommonWordsPorterMakesThem(@TempDir Path tmp) throws IOException {
    Map<String, String> texts =
        Map.of(
            "data.txt", "Notes\n\nEach Party shall protect the personal data of users.\n",
            "persons.txt", "Notes\n\nThe data of natural persons is collected.\n",
            "digital.txt", "Notes\n\nThe Parties shall promote digital trade.\n",
            "digits.txt", "Notes\n\nTrade is classified at the level of six digits.\n",
            "transit.txt", "Notes\n\nGoods in transit shall be exempt from duties.\n",
            "period.txt", "Notes\n\nThe transitional period for goods ends in 2030.\n");
    assertEquals(
        List.of("data"), documentsHoldingEveryWord(tmp.resolve("a"), texts, "personal data"));
    assertEquals(
        List.of("digital"), documentsHoldingEveryWord(tmp.resolve("b"), texts, "digital trade"));
    assertEquals(
        List.of("transit"), documentsHoldingEveryWord(tmp.resolve("c"), texts, "transit goods"));
  }

  @Test
  void aNounFindsTheVerbItNames(@TempDir Path tmp) throws IOException {
    // Porter stems "composition" to "composit" and "composed" to "compos", "decision" and
    // "decide" apart: the same thing said two ways.
    Map<String, String> texts =
        Map.of(
            "panel.txt", "Notes\n\nThe panel shall be composed of three members.\n",
            "committee.txt", "Notes\n\nThe Joint Committee shall decide by consensus.\n");
    assertEquals(
        List.of("panel"), documentsHoldingEveryWord(tmp.resolve("a"), texts, "panel composition"));
    assertEquals(
        List.of("committee"),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "decisions of the joint committee"));
  }

  @Test
  void anAdjectiveFindsTheNounItDerivesFrom(@TempDir Path tmp) throws IOException {
    // Porter stems "environment" to "environ" and "environmental" to "environment".
    Map<String, String> texts =
        Map.of(
            "protection.txt", "Notes\n\nEach Party shall enforce its environmental laws.\n",
            "settle.txt", "Notes\n\nThe Parties shall settle any dispute by consultation.\n");
    assertEquals(
        List.of("protection"),
        documentsHoldingEveryWord(tmp.resolve("a"), texts, "environment laws"));
    assertEquals(
        List.of("settle"),
        documentsHoldingEveryWord(tmp.resolve("b"), texts, "dispute settlement"));
  }

  @Test
  void importAndImportantAreDifferentWords(@TempDir Path tmp) throws IOException {
    Map<String, String> texts =
        Map.of(
            "duties.txt", "Notes\n\nNo Party may apply duties on imports from the other.\n",
            "role.txt", "Notes\n\nThe Parties recognise the important role of duties.\n");
    assertEquals(List.of("duties"), documentsHoldingEveryWord(tmp, texts, "import duties"));
    assertEquals(List.of("role"), documentsHoldingEveryWord(tmp, texts, "importance duties"));
  }

  @Test
  void aPrefixFindsTheWordsStartingWithItWhateverTheirStems(@TempDir Path tmp) throws IOException {
    // "procurement" is indexed by its stem "procur", shorter than the prefix typed.
    Map<String, String> files =
        Map.of(
            "procurement.txt", "Notes\n\nGovernment procurement is open to suppliers.\n",
            "procured.txt", "Notes\n\nGoods procured by the Party are listed.\n",
            "other.txt", "Notes\n\nThe procedure applies to suppliers.\n");
    assertEquals(
        List.of("procured", "procurement"),
        documentsHoldingEveryWord(tmp, files, "procure*").stream().sorted().toList());
  }

  @Test
  void aLoneIIsANumeralThatAChunkMustHold(@TempDir Path tmp) throws IOException {
    Map<String, String> annexes =
        Map.of(
            "first.txt", "Notes\n\nThe schedules of Annex I list the goods concerned.\n",
            "second.txt", "Notes\n\nThe schedules of Annex II list the services concerned.\n");
    assertEquals(List.of("first"), documentsHoldingEveryWord(tmp, annexes, "Annex I"));
  }

  @Test
  void aWordStemmedAsAStopWordIsNone(@TempDir Path tmp) throws IOException {
    // "owned" stems as the stop word "own" does, yet it is what the analyst asks about.
    Map<String, String> enterprises =
        Map.of(
            "owned.txt", "Notes\n\nEnterprises owned by the state act on commercial terms.\n",
            "run.txt", "Notes\n\nEnterprises run by the state act on commercial terms.\n");
    assertEquals(
        List.of("owned"), documentsHoldingEveryWord(tmp, enterprises, "state owned enterprises"));
  }

  private static final Map<String, String> COMMERCE =
      Map.of(
          "adjacent.txt", "Notes\n\nThe Parties shall cooperate on e-commerce rules.\n",
          "apart.txt", "Notes\n\n(e) the rules on commerce in services.\n");

  @Test
  void aWordJoinedByHyphensHoldsItsPartsTogether(@TempDir Path tmp) throws IOException {
    // Not an "e" anywhere (a list's "(e)") and "commerce" somewhere else.
    assertEquals(List.of("adjacent"), documentsHoldingEveryWord(tmp, COMMERCE, "e-commerce rules"));
  }

  @Test
  void aQuestionAboutAWordJoinedByHyphensNeedsNoneOfItsStopWords(@TempDir Path tmp)
      throws IOException {
    assertEquals(
        List.of("adjacent"), documentsHoldingEveryWord(tmp, COMMERCE, "what is e-commerce?"));
  }

  @Test
  void aWordJoinedByHyphensKeepsTheAcronymItIsPartOf(@TempDir Path tmp) throws IOException {
    Map<String, String> barriers =
        Map.of(
            "defines.txt",
            "Notes\n\nThe Parties shall remove non-tariff barriers (NTBs) between them.\n",
            "acronym.txt",
            "Notes\n\nEach NTB shall be notified to the committee.\n");
    assertEquals(
        List.of("acronym", "defines"),
        documentsHoldingEveryWord(tmp, barriers, "non-tariff barriers").stream().sorted().toList());
  }

  @Test
  void aWordJoinedByHyphensHoldsItsPartsTogetherWhenAPartHasASynonym(@TempDir Path tmp)
      throws IOException {
    // "tariffs" is also searched as "customs duties", "EU" as "European Union": the compound is
    // still one word, not "non" in one place and "tariff" in another.
    Map<String, String> files =
        Map.of(
            "adjacent.txt", "Notes\n\nThe Parties shall remove non-tariff measures.\n",
            "apart.txt", "Notes\n\nNon-originating goods pay the preferential tariff rate.\n",
            "outside.txt", "Notes\n\nGoods from non-EU countries are covered.\n",
            "union.txt", "Notes\n\nNon-members of the European Union may join.\n");
    assertEquals(List.of("adjacent"), documentsHoldingEveryWord(tmp, files, "non-tariff"));
    assertEquals(List.of("outside"), documentsHoldingEveryWord(tmp, files, "non-EU"));
  }

  @Test
  void aWordWrittenWithOrWithoutItsHyphenFindsBothSpellings(@TempDir Path tmp) throws IOException {
    // Agreements write "anti-dumping" and "antidumping" about as often, "co-operation" a fifth
    // as often as "cooperation": an analyst types one and means both.
    Map<String, String> files =
        Map.of(
            "hyphen.txt", "Notes\n\nThe Parties may apply anti-dumping duties.\n",
            "closed.txt", "Notes\n\nThe Parties may apply antidumping duties.\n",
            "spaced.txt", "Notes\n\nNo anti dumping rule applies.\n",
            "apart.txt", "Notes\n\nAnti-trust rules prevent dumping.\n");
    assertEquals(
        List.of("closed", "hyphen"), sorted(documentsHoldingEveryWord(tmp, files, "antidumping")));
    assertEquals(
        List.of("closed", "hyphen", "spaced"),
        sorted(documentsHoldingEveryWord(tmp, files, "anti-dumping")));
    // Quoted, either spelling finds both, the words after it too.
    for (String phrase :
        List.of("\"may apply antidumping\"", "\"antidumping duties\"", "\"anti-dumping duties\"")) {
      assertEquals(
          List.of("closed", "hyphen"),
          sorted(documentsHoldingEveryWord(tmp, files, phrase)),
          phrase);
    }
  }

  private static List<String> sorted(List<String> documents) {
    return documents.stream().sorted().toList();
  }

  @Test
  void anEmojiBesideTheWordsIsNoWordAPassageMustHold(@TempDir Path tmp) throws IOException {
    Map<String, String> files =
        Map.of("quantum.txt", "Notes\n\nThe Parties cooperate on quantum sensing.\n");
    assertEquals(
        List.of("quantum"), documentsHoldingEveryWord(tmp, files, "quantum sensing \uD83D\uDE00"));
  }

  @Test
  void aWordJoinedByHyphensIsAsRareAsItsRarerPart(@TempDir Path tmp) throws IOException {
    // "e" is in every list's "(e)", "commerce" in one passage: the passage saying "e-commerce"
    // holds the rarer word of the two asked for, and comes first.
    Map<String, String> files = new HashMap<>();
    files.put("online.txt", "Notes\n\nRules on e-commerce apply.\n");
    for (int i = 0; i < 6; i++) {
      files.put("list" + i + ".txt", "Notes\n\n(e) customs procedures apply in port " + i + ".\n");
    }
    try (SearchService small = TestIndexes.ofFiles(tmp, files)) {
      assertEquals(
          "online",
          small.search(request("e-commerce customs", Map.of())).hits().get(0).documentId());
    }
  }

  @Test
  void twoPartiesJoinedByAHyphenAreTwoWords(@TempDir Path tmp) throws IOException {
    // "EU-Japan" is how an analyst names a pair; the text names them apart.
    Map<String, String> pair =
        Map.of("pair.txt", "Notes\n\nJapan and the European Union agree on closer cooperation.\n");
    assertEquals(List.of("pair"), documentsHoldingEveryWord(tmp, pair, "EU-Japan cooperation"));
  }

  /** The documents of {@code files}, indexed in {@code dir}, whose hits hold every word. */
  @Test
  void theArticlesOfASpanishOrFrenchQueryNeedNotBeInAPassageNorAreMarked(@TempDir Path tmp)
      throws IOException {
    // In a Spanish or French passage nearly every line says "de", "la" or "des": what it is
    // about is said by the other words, as with "the" and "of" in an English one.
    Map<String, String> zones =
        Map.of(
            "es-articles.txt", "Notas\n\nLas Partes establecen la zona de libre comercio.\n",
            "es-without.txt", "Notas\n\nZona franca y libre comercio entre las Partes.\n",
            "fr-articles.txt", "Notes\n\nLa zone de libre-échange des Parties est établie.\n",
            "fr-without.txt", "Notes\n\nZone franche et libre-échange entre les Parties.\n");
    assertEquals(
        List.of("es-articles", "es-without"),
        documentsHoldingEveryWord(tmp, zones, "la zona de libre comercio").stream()
            .sorted()
            .toList());
    assertEquals(
        List.of("fr-articles", "fr-without"),
        documentsHoldingEveryWord(tmp, zones, "la zone de libre-échange des Parties").stream()
            .sorted()
            .toList());
    try (SearchService small = TestIndexes.ofFiles(tmp.resolve("marks"), zones)) {
      for (Hit hit : small.search(request("la zona de libre comercio", Map.of())).hits()) {
        if (!hit.allWords()) {
          continue; // the French passages, which hold "libre" alone
        }
        String text = hit.text().toLowerCase(Locale.ROOT);
        assertTrue(text.contains("<mark>zona</mark>"), text);
        assertFalse(text.contains("<mark>de</mark>") || text.contains("<mark>la</mark>"), text);
      }
    }
  }

  @Test
  void aMemberStateOfABlocSideIsNotAWordEveryPassageOfItsAgreementHolds(@TempDir Path tmp)
      throws IOException {
    // Belgium signs the EU agreement as a member state: a search naming Belgium and Morocco finds
    // their own agreement's passage, not every passage of the EU's, which holds "EU" and
    // "Morocco" through its parties as before.
    Map<String, String> agreements =
        Map.of(
            "mixed.txt",
            "The European Union, the Kingdom of Belgium and the French Republic, of the one part,"
                + " and the Kingdom of Morocco, of the other part,\n\nHave agreed as follows:\n\n"
                + "Article 1\n\nCustoms duties on imports shall be abolished.\n",
            "bilateral.txt",
            "The Kingdom of Belgium and the Kingdom of Morocco,\n\nHave agreed as follows:\n\n"
                + "Article 1\n\nCustoms duties on imports shall be abolished.\n");
    assertEquals(
        List.of("bilateral"),
        documentsHoldingEveryWord(tmp.resolve("be"), agreements, "Belgium Morocco customs duties")
            .stream()
            .distinct()
            .toList());
    assertEquals(
        List.of("mixed"),
        documentsHoldingEveryWord(tmp.resolve("eu"), agreements, "EU Morocco customs duties")
            .stream()
            .distinct()
            .toList());
  }

  private static List<String> documentsHoldingEveryWord(
      Path dir, Map<String, String> files, String query) throws IOException {
    try (SearchService small = TestIndexes.ofFiles(dir, files)) {
      return small.search(request(query, Map.of())).hits().stream()
          .filter(Hit::allWords)
          .map(Hit::documentId)
          .toList();
    }
  }

  @Test
  void aFilterInsideAnOrGroupFindsPassagesOnly() throws IOException {
    // "country:KR OR country:IT" is the same selection as ticking both boxes.
    SearchResult either = search("country:KR OR country:IT");
    SearchResult ticked = service.search(request("", Map.of("country", List.of("KR", "IT"))));
    assertEquals(ticked.total(), either.total());
    assertEquals(ids(ticked).stream().sorted().toList(), ids(either).stream().sorted().toList());
    SearchResult sectors = search("sector:quantum OR sector:ai");
    assertTrue(sectors.total() > 0);
    for (Hit hit : sectors.hits()) {
      assertTrue(
          hit.sectors().stream().anyMatch(s -> s.code().equals("quantum") || s.code().equals("ai")),
          hit.chunkId());
    }
    SearchResult mixed = search("quantum OR country:IT");
    assertTrue(mixed.total() >= search("quantum").total());
    assertTrue(mixed.hits().stream().allMatch(hit -> hit.text() != null), "passages only");
  }

  @Test
  void aQuestionAroundAQuotedPhraseFindsWhatItsOtherWordsFind() throws IOException {
    // "where is" is a clause of its own before the phrase: left out like the stop words of a
    // clause.
    assertEquals(
        found("\"supply chain resilience\""), found("where is \"supply chain resilience\"?"));
    assertFalse(search("where is \"supply chain resilience\"?").relaxed());
  }

  @Test
  void aQueryOfNothingButStopWordsSearchesThem() throws IOException {
    SearchResult which = search("which");
    assertTrue(which.total() > 0);
    for (Hit hit : which.hits()) {
      assertTrue(hit.text().toLowerCase(Locale.ROOT).contains("which"), hit.chunkId());
    }
  }

  @Test
  void noChunkWithEveryWordFallsBackToSomeWords() throws IOException {
    SearchResult strict = search("Meloni");
    assertFalse(strict.relaxed());
    assertEquals("a:3 a:4 a:6 a:10 a:11 b:0 b:13", found("Meloni"));
    SearchResult relaxed = search("Meloni quantum");
    assertTrue(relaxed.relaxed());
    assertEquals("a:3 a:4 a:6 a:10 a:11 b:0 b:13 us:31 us:32", found("Meloni quantum"));
  }

  @Test
  void relaxedFallbackStillNeedsOneWordBesideAFilter() throws IOException {
    // No Italian chunk says quantum: the filter alone must not pass every Italian chunk.
    assertEquals(0, search("quantum country:IT").total());
    SearchResult some = search("quantum Meloni country:IT");
    assertTrue(some.relaxed());
    assertEquals("a:3 a:4 a:6 a:10 a:11 b:0 b:13", found("quantum Meloni country:IT"));
  }

  @Test
  void emptyQueryWithFiltersListsChunksInDocumentOrder() throws IOException {
    SearchResult news = service.search(request("", Map.of("type", List.of("news"))));
    assertEquals(29, news.total());
    assertFalse(news.relaxed());
    assertEquals(
        list(
            "a:0 a:1 a:2 a:3 a:4 a:5 a:6 a:7 a:8 a:9 a:10 a:11 b:0 b:1 b:2 b:3 b:4 b:5 b:6 b:7 b:8"
                + " b:9 b:10 b:11 b:12 b:13 b:14 b:15 b:16"),
        ids(news));
    assertEquals(
        list("us:31 us:32"),
        ids(service.search(request("", Map.of("sector", List.of("quantum"))))));
  }

  @Test
  void sortByDatePutsDatedDocumentsFirst() throws IOException {
    SearchResult byDate =
        service.search(
            new SearchRequest("supply", Map.of(), 1, 100, SearchRequest.Sort.DATE, false));
    // Only the joint statement has a date (2025-10-29); the news items have none.
    List<String> documents = byDate.hits().stream().map(Hit::documentId).toList();
    assertEquals(11, documents.size());
    assertEquals(List.of(TestIndexes.US_ROK), documents.subList(0, 4).stream().distinct().toList());
    assertFalse(documents.subList(4, 11).contains(TestIndexes.US_ROK), documents.toString());
    assertEquals("2025-10-29", byDate.hits().get(0).date());
  }

  @Test
  void secondPageContinuesTheFirst() throws IOException {
    List<String> all = ids(search("AI"));
    List<String> pages = new java.util.ArrayList<>();
    for (int page = 1; page <= 5; page++) {
      SearchResult result =
          service.search(
              new SearchRequest("AI", Map.of(), page, 5, SearchRequest.Sort.RELEVANCE, false));
      assertEquals(21, result.total());
      assertEquals(page, result.page());
      pages.addAll(ids(result));
    }
    assertEquals(all, pages);
  }

  @Test
  void pagingPastTenThousandResultsIsInvalid() {
    assertThrows(
        InvalidQueryException.class,
        () -> new SearchRequest("AI", Map.of(), 101, 100, SearchRequest.Sort.RELEVANCE, false));
    assertThrows(
        InvalidQueryException.class,
        () -> new SearchRequest("AI", Map.of(), 2000, 10, SearchRequest.Sort.RELEVANCE, false));
  }

  @Test
  void aQueryOfPunctuationOnlyFindsNothing() throws IOException {
    for (String query : List.of("!!!", "*:*", ":", "... -quantum", "!!! country:IT")) {
      SearchResult result = search(query);
      assertEquals(0, result.total(), query);
      assertTrue(result.hits().isEmpty(), query);
    }
    // Beside a phrase the punctuation is nothing asked: the phrase alone is searched.
    assertEquals(found("\"supply chain\""), found("!!! \"supply chain\""));
  }

  @Test
  void explainAddsLuceneExplanationToEachHit() throws IOException {
    SearchResult explained =
        service.search(
            new SearchRequest("quantum", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE, true));
    assertEquals(2, explained.hits().size());
    for (Hit hit : explained.hits()) {
      assertTrue(hit.explanation().contains("body:quantum"), hit.explanation());
    }
    assertTrue(search("quantum").hits().stream().allMatch(h -> h.explanation() == null));
  }
}
