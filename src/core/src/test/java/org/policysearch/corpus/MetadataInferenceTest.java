package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataInferenceTest {
  private final MetadataInference inference = new MetadataInference();

  private DocumentMetadata infer(String text) {
    return inference.complete(
        DocumentMetadata.EMPTY, SourceText.normalised(text, null, List.of()), "agreement.txt");
  }

  @Test
  void aPageDeclaredANewsArticleIsNewsUnlessItsTitleOpensWithAnInstrumentsKind() {
    String story = "Analysts expect more deals.\n";
    SourceText headline =
        new SourceText(
                story, "Zuckerberg offers peek at Facebook's acquisition strategies", List.of())
            .declaredNews(true);
    SourceText instrument =
        new SourceText(story, "Joint Statement on Critical Minerals Cooperation", List.of())
            .declaredNews(true);

    assertEquals("news", inference.complete(DocumentMetadata.EMPTY, headline, "a.html").type());
    assertEquals(
        "joint-statement", inference.complete(DocumentMetadata.EMPTY, instrument, "b.html").type());
    // Undeclared, the headline still reads as a strategy's title: the declaration decides.
    assertEquals(
        "strategy",
        inference.complete(DocumentMetadata.EMPTY, headline.declaredNews(false), "a.html").type());
  }

  @Test
  void aTextWithoutTitleInAFileNamedByANumberIsCalledByItsOpeningWords() {
    SourceText lede =
        SourceText.normalised(
            "SEOUL, March 3 -- South Korea and Italy agreed on Tuesday to expand their cooperation"
                + " in semiconductors and space, officials said. The deal follows talks in Rome.\n",
            null,
            List.of());
    SourceText short_ =
        SourceText.normalised(
            "The ministers met in Canberra. They discussed critical minerals.\n", null, List.of());

    assertEquals(
        "SEOUL, March 3 -- South Korea and Italy agreed on Tuesday to …",
        inference.complete(DocumentMetadata.EMPTY, lede, "doc_0042.txt").title());
    assertEquals(
        "The ministers met in Canberra.",
        inference.complete(DocumentMetadata.EMPTY, short_, "news/article-17.txt").title());
    // A file name of its own words is kept: it was chosen to say what the file holds.
    assertEquals(
        "Korea italy chips 2025",
        inference.complete(DocumentMetadata.EMPTY, lede, "korea-italy-chips-2025.txt").title());
  }

  @Test
  void aWebPageAboutAnInstrumentIsNotTheInstrument() {
    SourceText page =
        SourceText.normalised(
            "Trade ministers met on Monday.\n\nThe Free Trade Agreement between the two"
                + " countries enters into force next year, after ratification.\n",
            "Ministers meet in London",
            List.of());

    assertEquals("document", inference.complete(DocumentMetadata.EMPTY, page, "talks.html").type());
    // A text file so opened is still read by the kind it names first, as agreements are.
    assertEquals("agreement", inference.complete(DocumentMetadata.EMPTY, page, "talks.txt").type());
  }

  @Test
  void aParagraphInAScriptWrittenWithoutSpacesIsNoTitle() {
    String text =
        "出国前后关注点大不同 发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版 中国青年网"
            + " 在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，"
            + "学子对两会的关注点在出国前后发生了很大的变化。\n";

    assertEquals("Agreement", infer(text).title());
  }

  @Test
  void aPublishersLineWithAYearAboveTheTitleIsNotTheTitle() {
    String text =
        """
        Office of the Press Secretary, 2024

        Joint Statement of Arcadia and Borealia
        on Critical Minerals
        March 3, 2024

        The Leaders of Arcadia and Borealia met today.
        """;
    DocumentMetadata metadata = infer(text);
    assertEquals("Joint Statement of Arcadia and Borealia on Critical Minerals", metadata.title());
    assertEquals("joint-statement", metadata.type());
  }

  @Test
  void aPressReleasesNoteAndIssuingOfficeAreNotItsTitle() {
    String text =
        """
        For Immediate Release
        Office of the Press Secretary
        June 13, 2001
        ________________________________
        Joint Statement by the President of Arcadia and the President of Borealia
        The two Presidents reaffirm the close friendship of their nations.
        """;
    DocumentMetadata metadata = infer(text);
    assertEquals(
        "Joint Statement by the President of Arcadia and the President of Borealia",
        metadata.title());
    assertEquals("joint-statement", metadata.type());
  }

  @Test
  void aReportIsKnownByItsTitleAloneNotByTheVerb() {
    assertEquals(
        "report",
        infer("Annual Report on Critical Minerals Supply Chains\n\nThe year saw new mines.\n")
            .type());
    // Every treaty says "report" as a verb, and may attach one.
    assertEquals(
        "agreement",
        infer(
                """
                Trade Cooperation between Arcadia and Borealia

                1. The Committee shall report to the Parties each year.
                2. This Agreement enters into force on signature. This report is annexed.
                """)
            .type());
  }

  @Test
  void aTextOpeningWithASentenceTakesNoSubHeadingForItsTitle() {
    String text =
        """
        The leaders of Arcadia and Borealia signed a memorandum of understanding on chips in the         capital on Monday, officials said, after two days of talks on supply chains.
        Trade Power Boost
        The two countries trade more every year.
        """;
    assertEquals("Agreement", infer(text).title());
    // A sentence may close on a quote after its full stop.
    String quoted =
        """
        The leaders of Arcadia and Borealia signed a joint declaration on Friday and "confirmed \
        their common goal."
        Addressing the press after the signing ceremony, the President said: "We are one."
        """;
    assertEquals("Agreement", infer(quoted).title());
    // An abbreviation's stop ends no sentence.
    assertEquals(
        "Statement by Gov. Newsom on Trade with Arcadia",
        infer("Statement by Gov. Newsom on Trade with Arcadia\n\nThe Governor said.\n").title());
  }

  @Test
  void aTextTellingWhoSignedWhatIsNewsAndAnInstrumentIsNot() {
    String news =
        """
        Arcadia and Borealia signed an MoU on chips on Monday. The MoU covers research, officials
        said, and the two leaders agreed to meet again next year.
        """;
    assertEquals("news", infer(news).type());
    // The memorandum's own text binds its signatories, whatever it says was signed.
    String memorandum =
        """
        The Participants signed an MoU on chips in 2023 and agreed to go further.
        1. The Participants shall exchange information on chips.
        """;
    assertEquals("mou", infer(memorandum).type());
  }

  @Test
  void aHeadlineTellingOfAMemorandumSignedIsNewsThoughTheStoryCallsItThisMemorandum() {
    String news =
        """
        Arcadia and Borealia sign memorandum of understanding on critical minerals

        Arcadia and Borealia signed a memorandum of understanding in the capital to improve the \
        supply of critical minerals. This non-binding memorandum sets out a roadmap.
        """;
    assertEquals("news", infer(news).type());
    assertEquals(
        "news",
        infer(
                """
                Arcadia and Borealia make historic joint statement

                The two leaders signed a joint statement after their summit.
                """)
            .type());
    // Its own text calls itself so again and again, whatever it tells of its signing.
    String memorandum =
        """
        Arcadia and Borealia on Critical Minerals

        Arcadia and Borealia, having signed a framework in 2020, as officials said then, sign this \
        Memorandum. This Memorandum sets out a roadmap. This Memorandum is not binding. This \
        Memorandum takes effect on signature.
        """;
    assertEquals("mou", infer(memorandum).type());
  }

  @Test
  void aNewsPagesPublicationDateWinsOverTheDatesItsStoryMentions() {
    String story =
        "Arcadia and Borealia signed an MoU on Monday, officials said, building on the framework "
            + "signed on 3 March 2020.\n";
    DocumentMetadata news =
        inference.complete(
            DocumentMetadata.EMPTY,
            SourceText.normalised(story, null, List.of()).publishedOn("2025-11-17"),
            "story.html");
    assertEquals("2025-11-17", news.date());
    // Without one, the story's first date is all there is.
    assertEquals("2020-03-03", infer(story).date());
    // An instrument's own signature clause dates it, whenever its page went up.
    String memorandum = "The Participants shall cooperate.\n\nDone at Seoul on 29 October 2025.\n";
    assertEquals(
        "2025-10-29",
        inference
            .complete(
                DocumentMetadata.EMPTY,
                SourceText.normalised(memorandum, null, List.of()).publishedOn("2025-11-17"),
                "mou.html")
            .date());
  }

  @Test
  void signingClauseDateWinsOverDatesCitedInThePreamble() {
    String text =
        """
        AGREEMENT ON TRADE IN GOODS BETWEEN ARCADIA AND BOREALIA

        The Government of Arcadia and the Government of Borealia,
        Recalling the Marrakesh Agreement Establishing the World Trade Organization, done at
        Marrakesh, 15 April 1994;
        Building on the Framework Agreement signed at Lisbon on 2 May 2010,
        Have agreed as follows:

        Article 1
        The Parties shall reduce their customs duties.

        Done at Ottawa on 14 March 2025, in duplicate, in the English language.
        """;

    assertEquals("2025-03-14", infer(text).date());
  }

  @Test
  void aSentenceSayingTheAgreementIsSignedDatesItWhereNoClauseDoes() {
    String text =
        """
        AGREEMENT ON TRADE IN GOODS BETWEEN ARCADIA AND BOREALIA

        Recalling the Framework Agreement signed at Lisbon on 2 May 2010,
        Have agreed as follows:

        Article 1
        The Parties shall reduce their customs duties.

        Conclusion
        This agreement has been prepared in the Arcadian language in two original copies, signed \
        in Borea on 4 Muharram 1425 H, corresponding to 25 February 2004.
        """;
    assertEquals("2004-02-25", infer(text).date());
    // A sentence of this instrument about another one's signature gives that one's date: none.
    String protocol =
        """
        PROTOCOL AMENDING THE AGREEMENT BETWEEN ARCADIA AND BOREALIA

        Article 1
        This Protocol amends the Agreement signed at Lisbon on 2 May 2010.
        """;
    assertNull(infer(protocol).date());
  }

  @Test
  void witnessClauseWithOrdinalDayGivesTheDate() {
    String text =
        """
        Article 1
        The Parties shall cooperate on standards.

        IN WITNESS WHEREOF, the undersigned, being duly authorised by their respective
        Governments, have signed this Agreement at Lisbon this 3rd day of April 2007.
        """;

    assertEquals("2007-04-03", infer(text).date());
  }

  @Test
  void spelledOutDayAndYearAreRead() {
    String text =
        """
        Article 1
        This Agreement shall enter into force on the first day of the second month after signature.

        Done in duplicate at Brussels the twenty-first day of May in the year two thousand
        and three.
        """;

    assertEquals("2003-05-21", infer(text).date());
  }

  @Test
  void spanishAndFrenchSignatureClausesDateTheirAgreements() {
    String spanish =
        """
        TRATADO DE LIBRE COMERCIO ENTRE ARCADIA Y BOREALIA

        Los Gobiernos de Arcadia y Borealia, en el marco del Tratado firmado
        el 12 de agosto de 1980,
        HAN ACORDADO lo siguiente:

        Artículo 1
        Las Partes establecen una zona de libre comercio.

        HECHO en la ciudad de Borea, a los veintisiete días del mes de
        junio del año dos mil seis, en dos ejemplares igualmente auténticos.
        """;
    assertEquals("2006-06-27", infer(spanish).date());
    String french =
        """
        TRAITÉ INSTITUANT UNE UNION DOUANIÈRE

        Rappelant la Convention signée le 4 mai 1973,
        Sont convenus de ce qui suit :

        Article 1
        Les Etats membres instituent une union douanière.

        Fait à Borea, le 16 mars 1994
        """;
    assertEquals("1994-03-16", infer(french).date());
  }

  @Test
  void aSpanishTreatyCitingOnlyAnOlderDateHasNoDate() {
    // Without its own signature clause, the date a Spanish treaty cites is not its own: the
    // treaty is told from a text that is no instrument by its formula and first article.
    String text =
        """
        TRATADO DE LIBRE COMERCIO ENTRE ARCADIA Y BOREALIA

        Recordando el Acuerdo firmado el 12 de agosto de 1980,
        HAN ACORDADO lo siguiente:

        Artículo 1
        Las Partes establecen una zona de libre comercio.
        """;
    assertNull(infer(text).date());
  }

  @Test
  void theFirstLanguageOfAClauseInManyLanguagesGivesItsFirstDate() {
    // "…, y en Bruselas" goes on with the sentence: the year before it is whole.
    String text =
        """
        AGREEMENT BETWEEN ARCADIA AND THE EUROPEAN COMMUNITY

        Article 1
        The Parties shall cooperate on standards.

        IN WITNESS WHEREOF, the undersigned Plenipotentiaries have affixed their signatures.

        Hecho en Borea el quince de enero de dos mil nueve, y en Bruselas el
        veintidós de enero de dos mil nueve.

        Done at Borea on the fifteenth day of January, two thousand and nine and at Brussels on
        the twenty-second day of January, two thousand and nine, respectively.
        """;
    assertEquals("2009-01-15", infer(text).date());
  }

  @Test
  void agreementCitingOnlyAnOlderDateHasNoDate() {
    String text =
        """
        AGREEMENT ON CUSTOMS COOPERATION

        The Parties,
        Bearing in mind the Marrakesh Agreement of 15 April 1994,
        Have agreed as follows:

        Article 1
        The Parties shall exchange customs information.

        Done at ____________ this ____ day of __________.
        """;

    assertNull(infer(text).date());
    // Its own clause's year, left when the day and month were left blank, dates it to the year.
    assertEquals("2010", infer(text.replace("__________.", "__________ 2010.")).date());
  }

  @Test
  void aClauseLeftBlankButForItsYearDatesTheAgreementToItsYear() {
    String text =
        """
        Article 1
        The Parties shall exchange customs information.

        IN WITNESS WHEREOF the undersigned have signed this Agreement.

        DONE in duplicate at ________________ this ________ day of____________ 2003.
        """;
    assertEquals("2003", infer(text).date());
    assertEquals(
        "1996",
        infer(text.replace("2003", "one thousand nine hundred and ninety six, in two originals"))
            .date());
    assertEquals(
        "2005",
        infer(text.replace("this ________ day of", "on ……………").replace("2003", "2005")).date());
  }

  @Test
  void aClauseWithoutItsDayDatesTheAgreementToItsMonth() {
    String text =
        """
        Article 1
        The Parties shall exchange customs information.

        Done at Torshavn, this … day of November 1997, in three originals, each in the English
        language.
        """;
    assertEquals("1997-11", infer(text).date());
  }

  @Test
  void aFullDateInAnotherClauseWinsOverAClauseLeftBlank() {
    String text =
        """
        Article 1
        The Parties shall exchange customs information.

        DONE at ________ this ____ day of ________ 2003.

        PROTOCOL ON RULES OF ORIGIN
        Done at Brussels on 17 February 2003.
        """;
    assertEquals("2003-02-17", infer(text).date());
  }

  @Test
  void aDecisionAdoptedOnADayIsDatedByIt() {
    String text =
        """
        DECISION OF THE COUNCIL

        The Council,
        Having regard to the Convention of 4 January 1960,
        DECIDES:

        The accession of Iceland to the Convention is approved.

        Adopted on 4th December, 1969. The accession became effective on 1st March, 1970.
        """;
    assertEquals("1969-12-04", infer(text).date());
    // The note over a decision appended to an agreement dates the decision, not the agreement.
    assertNull(
        infer(
                text.replace("Adopted on", "(Adopted at the 1st Meeting on")
                    .replace("1969.", "1969)"))
            .date());
  }

  @Test
  void anAgreementScannedWithoutItsFirstArticleOrClauseStillTakesNoDateItsPreambleCites() {
    // An old scan: "agreed upon the following provisions", no "Article 1", no signature clause.
    String text =
        """
        AGREEMENT ESTABLISHING AN ASSOCIATION

        The Contracting Parties to the Treaty establishing the Community,
        signed at Rome on 25 March 1957, hereinafter referred to as "the Treaty",

        HAVE AGREED UPON THE FOLLOWING PROVISIONS:

        ARTICLE 2
        The Parties shall abolish customs duties on each other's goods.
        """;

    assertNull(infer(text).date());
    assertNull(infer(text.replace("HAVE AGREED UPON THE FOLLOWING PROVISIONS:", "")).date());
  }

  @Test
  void dateLineUnderTheTitleDatesTheAgreement() {
    String text =
        """
        JOINT DECLARATION ON DIGITAL TRADE
        (Brussels, 4 March 2025)

        The Parties,
        Recalling the Agreement of 15 April 1994,
        Have agreed as follows:
        Article 1
        The Parties shall cooperate.
        """;

    assertEquals("2025-03-04", infer(text).date());
    String french =
        """
        DÉCLARATION COMMUNE SUR LE COMMERCE NUMÉRIQUE
        Bruxelles, le 4 mars 2025

        Les Parties,
        Rappelant l'Accord du 15 avril 1994,
        Sont convenues de ce qui suit :
        Article premier
        Les Parties coopèrent.
        """;
    assertEquals("2025-03-04", infer(french).date());
  }

  @Test
  void titleSigningDateCountsUnlessTheTitleNamesAnOlderInstrument() {
    String own =
        """
        Free Trade Agreement between Arcadia and Borealia signed on 3 April 2007

        Article 1
        A free trade area is established.
        """;
    String amending =
        """
        Protocol amending the Free Trade Agreement between Arcadia and Borealia signed on 3 April 2007

        Article 1
        Annex 2 is replaced.
        """;

    assertEquals("2007-04-03", infer(own).date());
    assertNull(infer(amending).date());
  }

  @Test
  void newsPageKeepsItsDatelineDate() {
    String html =
        """
        <html><head><title>Arcadia and Borealia sign trade pact</title></head><body>
        <h1>Arcadia and Borealia sign trade pact</h1>
        <p>OTTAWA, October 27, 2025 - The two governments signed an agreement on Monday.</p>
        <p>It builds on the framework agreement signed on 3 April 2007.</p>
        </body></html>
        """;
    SourceText page = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8));

    DocumentMetadata metadata = inference.complete(DocumentMetadata.EMPTY, page, "pact.html");

    assertEquals("2025-10-27", metadata.date());
    assertEquals("Arcadia and Borealia sign trade pact", metadata.title());
  }

  @Test
  void upperCaseTitleBlockBecomesTheTitleAndPreambleIsSkipped() {
    String text =
        """
        PREAMBLE

        AGREEMENT ON TRADE IN GOODS

        BETWEEN THE GOVERNMENT OF ARCADIA
        AND THE GOVERNMENT OF BOREALIA

        PREAMBLE
        The Government of Arcadia and the Government of Borealia,
        """;

    assertEquals(
        "AGREEMENT ON TRADE IN GOODS BETWEEN THE GOVERNMENT OF ARCADIA"
            + " AND THE GOVERNMENT OF BOREALIA",
        infer(text).title());
  }

  @Test
  void titleWrappedOverLinesIsJoined() {
    String text =
        """
        Free Trade Agreement between the Republic of Arcadia
        and the Kingdom of Borealia

        The Republic of Arcadia and the Kingdom of Borealia, hereinafter the Parties,
        """;

    assertEquals(
        "Free Trade Agreement between the Republic of Arcadia and the Kingdom of Borealia",
        infer(text).title());
  }

  @Test
  void aTwoWordNameOfTheKindIsTheTitleNotTheClassificationUnderIt() {
    assertEquals(
        "Trans-Pacific Partnership",
        infer("Trans-Pacific Partnership\nFree Trade Agreement\n\nPreamble\n").title());
    assertEquals(
        "Arusha Agreement", infer("Arusha Agreement\nFree Trade Agreement\n\nPreamble\n").title());
    // Two words that name no kind are a heading or a name, not yet the title.
    assertEquals(
        "Free Trade Agreement",
        infer("Pacific Alliance\nFree Trade Agreement\n\nPreamble\n").title());
    // A short kind goes on to the line that completes it.
    assertEquals(
        "Interim Agreement between the Republic of Arcadia and the Kingdom of Borealia",
        infer("Interim Agreement\nbetween the Republic of Arcadia and the Kingdom of Borealia\n")
            .title());
  }

  @Test
  void aTextThatOpensWithItsFirstArticleTakesNoTitleFromItOrItsText() {
    // The heading names no document (many agreements open with it), nor does its first line: the
    // file's name stands in.
    assertEquals(
        "Agreement",
        infer(
                "ARTICLE 1: Objectives\nto provide fair conditions of competition for trade between"
                    + " the Parties;\n")
            .title());
    assertEquals(
        "Arcadia and Borealia sign a trade pact",
        infer("Arcadia and Borealia sign a trade pact\n\nARTICLE 1: Objectives\n").title());
    // Nor does a chapter's name under its bare number.
    assertEquals(
        "Agreement",
        infer("Preamble\n\nCHAPTER I\nFree Movement Of Goods And Commercial Policy\n").title());
  }

  @Test
  void theProseATextOpensWithWhereItGivesNoTitleSaysNothingOfIt() {
    // A recital, a party of the preamble, a fragment in lower case, a binding sentence: the title
    // block takes them for want of a title (a party's name still counts), and the indexer names
    // the document by its kind and parties instead.
    for (String text :
        List.of(
            "Recognising the need for mutually supportive trade and environmental policies\n",
            "The Government of Arcadia and the Government of Borealia (hereinafter the Parties)\n",
            "His Majesty the King of the Borealians,\nthe President of Arcadia\n",
            "to contribute to political, economic and institutional stability in Borealia\n",
            "Political dialogue shall cover all issues of common interest to the Parties\n",
            "STRENGTHEN the special bonds of friendship and cooperation between them\n",
            "The object of this Agreement is to promote the growth of trade between\n")) {
      assertTrue(MetadataInference.titleSaysNothing(document(text)), text);
    }
    assertTrue(MetadataInference.titleSaysNothing(document("ARTICLE 1: Objectives\n")));
    // A title that names its kind may open as a party's name does; a news headline is a title.
    for (String text :
        List.of(
            "The Kingdom of Borealia Trade Agreement\n\nThe Parties,\n",
            "Arcadia and Borealia sign a trade pact\n\nThe two governments agreed.\n")) {
      assertFalse(MetadataInference.titleSaysNothing(document(text)), text);
    }
  }

  private SourceDocument document(String text) {
    return new SourceDocument(
        "agreement", "agreement.txt", SourceFormat.TEXT, text, infer(text), "", List.of());
  }

  @Test
  void aTextIsOfTheKindItCallsItselfThoughItsPreambleCitesAnother() {
    String agreement =
        "The European Community and the Republic of Borealia,\n\n"
            + "Having regard to the Treaty establishing the European Community,\n\n"
            + "Have agreed as follows:\n\nARTICLE 1\n\nThis Agreement establishes a free trade"
            + " area. The Parties shall apply this Agreement in good faith.\n";
    assertEquals("agreement", infer(agreement).type());
    String treaty =
        "The High Contracting Parties, mindful of their agreement of 1990,\n\n"
            + "ARTICLE 1\n\nThis Treaty establishes a common market.\n";
    assertEquals("treaty", infer(treaty).type());
    // A title that names its kind says it first.
    assertEquals(
        "treaty", infer("TREATY ON A FREE TRADE AREA\n\nThe Parties to this Agreement,\n").type());
  }

  @Test
  void aSpanishOrFrenchTextIsOfTheKindItCallsItself() {
    String spanish =
        "Los Gobiernos de Arcadia y Borealia, recordando el Acuerdo de Marrakech,\n\n"
            + "HAN ACORDADO lo siguiente:\n\nARTÍCULO 1\n\nEste Tratado establece una zona de"
            + " libre comercio. Las Partes aplicarán el presente Tratado de buena fe.\n";
    assertEquals("treaty", infer(spanish).type());
    String french =
        "Les Gouvernements d'Arcadie et de Borealie,\n\nSont convenus de ce qui suit :\n\n"
            + "Article premier\n\nLe présent Accord établit une zone de libre-échange.\n";
    assertEquals("agreement", infer(french).type());
    assertEquals(
        "mou",
        infer("MEMORÁNDUM DE ENTENDIMIENTO ENTRE ARCADIA Y BOREALIA\n\nLas Partes…\n").type());
    // "in accordance with" names no accord.
    assertEquals(
        "document",
        infer("Notes on tariffs\n\nDuties are levied in accordance with the schedule.\n").type());
  }

  @Test
  void aTitleInCapitalsOpeningATextRunIntoOneLineIsItsTitle() {
    String preamble =
        " The Government of Arcadia and the Government of Borealia (hereafter, \"the Parties\"),"
            + " Conscious of their strong ties of friendship and desiring to strengthen their"
            + " economic relations and cooperation; Aspiring to promote their mutual interests"
            + " through the liberalisation and expansion of trade in goods and services between"
            + " their countries; Wishing to establish clear and mutually advantageous rules;"
            + " Have agreed as follows:";
    assertEquals(
        "AGREEMENT BETWEEN THE GOVERNMENT OF ARCADIA AND THE GOVERNMENT OF BOREALIA ON THE"
            + " ESTABLISHMENT OF A FREE TRADE AREA",
        infer(
                "AGREEMENT BETWEEN THE GOVERNMENT OF ARCADIA AND THE GOVERNMENT OF BOREALIA ON"
                    + " THE ESTABLISHMENT OF A FREE TRADE AREA PREAMBLE"
                    + preamble
                    + "\n")
            .title());
    assertEquals(
        "THE ARCADIA AGREEMENT CODIFICATION OF THE SUBREGIONAL INTEGRATION AGREEMENT",
        infer(
                "THE ARCADIA AGREEMENT _______________ CODIFICATION OF THE SUBREGIONAL"
                    + " INTEGRATION AGREEMENT"
                    + preamble
                    + "\n")
            .title());
    // Capitals that name no kind of document open no title.
    assertEquals("Agreement", infer("THE PARTIES TO THIS TEXT" + preamble + "\n").title());
  }

  @Test
  void partiesListAfterTheTitleIsNotPartOfIt() {
    String text =
        """
        FREE TRADE AGREEMENT

        THE REPUBLIC OF ARCADIA,
        THE KINGDOM OF BOREALIA,
        """;

    assertEquals("FREE TRADE AGREEMENT", infer(text).title());
  }

  @Test
  void wordNamedPdfInfoTitleGivesWayToTheTextsTitle() throws IOException {
    byte[] pdf =
        TestPdfs.pdf(
            "Microsoft Word - ARCBOR_CM_final_v3.docx",
            List.of(
                List.of(
                    "AGREEMENT ON TRADE IN GOODS",
                    "BETWEEN THE GOVERNMENT OF ARCADIA",
                    "AND THE GOVERNMENT OF BOREALIA",
                    "The Parties have agreed as follows:")));

    DocumentMetadata metadata =
        inference.complete(DocumentMetadata.EMPTY, new PdfReader().read(pdf), "ARCBOR.pdf");

    assertEquals(
        "AGREEMENT ON TRADE IN GOODS BETWEEN THE GOVERNMENT OF ARCADIA"
            + " AND THE GOVERNMENT OF BOREALIA",
        metadata.title());
  }
}
