package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.SourceDocument;

/** Outlines recovered from small synthetic texts, rendered one chunk a line. */
class OutlineParserTest {

  /** Each chunk as {@code KIND [path] text}. */
  private static List<String> outline(String text) {
    return new Chunker()
        .split(SourceDocument.ofText("t", text)).stream()
            .map(c -> c.kind() + " " + c.sectionPath() + " " + c.text())
            .toList();
  }

  @Test
  void markdownHeadingsNestByHashCount() {
    String text =
        "# Agreement\n\n## Scope\n\nThis covers trade.\n\n- first item\n- second item\n\n"
            + "### Details\n\nMore text.\n\n## Final Provisions ##\n\nLast text.\n";
    assertEquals(
        List.of(
            "HEADING [] Agreement",
            "HEADING [Agreement] Scope",
            "PARAGRAPH [Agreement, Scope] This covers trade.",
            "BULLET [Agreement, Scope] first item",
            "BULLET [Agreement, Scope] second item",
            "HEADING [Agreement, Scope] Details",
            "PARAGRAPH [Agreement, Scope, Details] More text.",
            "HEADING [Agreement] Final Provisions",
            "PARAGRAPH [Agreement, Final Provisions] Last text."),
        outline(text));
  }

  @Test
  void headingsUnderlinedAsMarkdownAllowNestAsHashedOnesDo() {
    String text =
        "Critical Minerals Strategy\n==========================\n\nWe secure supplies.\n\n"
            + "Supply chains\n-------------\n\nWe map twelve minerals.\n\n"
            + "| Partner | Focus |\n|---------|:-----:|\n| Australia | Lithium |\n";
    assertEquals(
        List.of(
            "HEADING [] Critical Minerals Strategy",
            "PARAGRAPH [Critical Minerals Strategy] We secure supplies.",
            "HEADING [Critical Minerals Strategy] Supply chains",
            "PARAGRAPH [Critical Minerals Strategy, Supply chains] We map twelve minerals.",
            // The table's row of dashes under its header is no text.
            "PARAGRAPH [Critical Minerals Strategy, Supply chains] | Partner | Focus |"
                + " | Australia | Lithium |"),
        outline(text));
  }

  @Test
  void aHashOpeningALineOfAPdfOrAPageIsNoHeading() throws java.io.IOException {
    byte[] pdf =
        org.policysearch.corpus.TestPdfs.pdf(
            null,
            List.of(List.of("Results", "# of projects funded: 12", "# Settings for the tool")));
    String page =
        "<main><h2>Results</h2><p># of projects funded: 12</p><pre># Settings for the tool\n"
            + "key = value</pre></main>";

    for (var source :
        List.of(
            new org.policysearch.corpus.PdfReader().read(pdf),
            new org.policysearch.corpus.HtmlReader()
                .read(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      List<String> outline = outline(source.text());
      assertTrue(
          outline.stream().noneMatch(c -> c.startsWith("HEADING [") && c.contains("projects")),
          outline::toString);
      assertTrue(
          outline.stream().noneMatch(c -> c.contains("[Settings") || c.contains(", Settings")),
          outline::toString);
    }
  }

  @Test
  void aTablesHeaderRowHeadsNoRows() {
    assertEquals(
        List.of(
            "HEADING [] Commitments",
            "PARAGRAPH [Commitments] Mineral | Commitment | Year",
            "PARAGRAPH [Commitments] Lithium | Joint processing plant | 2027"),
        outline(
            "## Commitments\n\nMineral | Commitment | Year\n\nLithium | Joint processing plant | 2027\n"));
  }

  @Test
  void aTableOfContentsHeadingMadeAHeadingByAReaderIsDroppedWithItsEntries() {
    // A PDF's bookmark or type size makes its "Table of Contents" a Markdown heading.
    List<String> outline =
        outline(
            "# Table of Contents\n1 Introduction . . . . . . . . 1\n2 Scope . . . . . . . . 3\n"
                + "\f# 1 Introduction\n\nThis manual describes the library.\n");

    assertEquals(
        List.of(
            "HEADING [] 1 Introduction",
            "PARAGRAPH [1 Introduction] This manual describes the library."),
        outline);
  }

  @Test
  void aFormulasFractionBarIsNoUnderline() {
    String text = "The value is computed as follows:\n\nRVC =\n-----------\nAdjusted Value\n";
    assertTrue(
        outline(text).stream().noneMatch(c -> c.startsWith("HEADING")), outline(text)::toString);
  }

  @Test
  void labelAloneOnItsLineJoinsTheTextBelowItAndANumberAloneIsDropped() {
    String text =
        "Article 2 Objectives\n\n2.\nThe objectives of the present Agreement are:\n\n(a)\n"
            + "to promote trade between the Parties,\n\n(b)\nto provide fair conditions of"
            + " competition.\n\n12\n\nThe Parties shall consult.\n";
    assertEquals(
        List.of(
            "HEADING [] Article 2 Objectives",
            "PARAGRAPH [Article 2 Objectives] 2. The objectives of the present Agreement are:",
            "BULLET [Article 2 Objectives] (a) to promote trade between the Parties,",
            "BULLET [Article 2 Objectives] (b) to provide fair conditions of competition.",
            "PARAGRAPH [Article 2 Objectives] The Parties shall consult."),
        outline(text));
  }

  @Test
  void chaptersArticlesAndDecimalsNest() {
    String text =
        "Chapter 1 General Provisions\n\nArticle 1 Definitions\n\nTerms have their usual meaning.\n\n"
            + "Article 2\n\n1.1 Covered Goods\n\nThis covers goods.\n\n1.2 Excluded Goods\n\n"
            + "Services are excluded.\n\nChapter 2 Trade in Goods\n\nArticle 3 Tariffs\n\n"
            + "Tariffs shall be eliminated.\n\nAnnex I\n\nSchedules of the Parties.\n";
    assertEquals(
        List.of(
            "HEADING [] Chapter 1 General Provisions",
            "HEADING [Chapter 1 General Provisions] Article 1 Definitions",
            "PARAGRAPH [Chapter 1 General Provisions, Article 1 Definitions] Terms have their"
                + " usual meaning.",
            "HEADING [Chapter 1 General Provisions] Article 2",
            "HEADING [Chapter 1 General Provisions, Article 2] 1.1 Covered Goods",
            "PARAGRAPH [Chapter 1 General Provisions, Article 2, 1.1 Covered Goods] This covers"
                + " goods.",
            "HEADING [Chapter 1 General Provisions, Article 2] 1.2 Excluded Goods",
            "PARAGRAPH [Chapter 1 General Provisions, Article 2, 1.2 Excluded Goods] Services are"
                + " excluded.",
            "HEADING [] Chapter 2 Trade in Goods",
            "HEADING [Chapter 2 Trade in Goods] Article 3 Tariffs",
            "PARAGRAPH [Chapter 2 Trade in Goods, Article 3 Tariffs] Tariffs shall be eliminated.",
            "HEADING [] Annex I",
            "PARAGRAPH [Annex I] Schedules of the Parties."),
        outline(text));
  }

  @Test
  void decimalSubsectionsNestWithoutBlankLines() {
    String text =
        "1. Introduction\nText one.\n1.1 Background\nText two.\n2. Scope\n"
            + "2. The Parties shall cooperate in good faith.\n";
    assertEquals(
        List.of(
            "HEADING [] 1. Introduction",
            "PARAGRAPH [1. Introduction] Text one.",
            "HEADING [1. Introduction] 1.1 Background",
            "PARAGRAPH [1. Introduction, 1.1 Background] Text two.",
            "HEADING [] 2. Scope",
            // A numbered sentence is a numbered paragraph, not a heading.
            "PARAGRAPH [2. Scope] 2. The Parties shall cooperate in good faith."),
        outline(text));
  }

  @Test
  void shortTitleLineInsideNumberedSectionIsOneLevelBelow() {
    String text =
        "I. Areas\n\nSome intro text.\n\nClean Energy\n\nSolar and wind.\n\nDigital Trade\n\n"
            + "Data flows.\n\nII. Final Clauses\n\nSigned.\n";
    assertEquals(
        List.of(
            "HEADING [] I. Areas",
            "PARAGRAPH [I. Areas] Some intro text.",
            "HEADING [I. Areas] Clean Energy",
            "PARAGRAPH [I. Areas, Clean Energy] Solar and wind.",
            "HEADING [I. Areas] Digital Trade",
            "PARAGRAPH [I. Areas, Digital Trade] Data flows.",
            "HEADING [] II. Final Clauses",
            "PARAGRAPH [II. Final Clauses] Signed."),
        outline(text));
  }

  @Test
  void enumeratedBulletsKeepTheirMarkers() {
    String text =
        "The Parties shall:\n\n(a) exchange information;\n(b) hold annual meetings; and\n"
            + "(c) report progress.\n\nEach Party shall also:\n1) designate a contact point;\n"
            + "2) publish its rules.\n\nThe following apply:\ni. first rule;\nii. second rule.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] The Parties shall:",
            "BULLET [] (a) exchange information;",
            "BULLET [] (b) hold annual meetings; and",
            "BULLET [] (c) report progress.",
            "PARAGRAPH [] Each Party shall also:",
            "BULLET [] 1) designate a contact point;",
            "BULLET [] 2) publish its rules.",
            "PARAGRAPH [] The following apply:",
            "BULLET [] i. first rule;",
            "BULLET [] ii. second rule."),
        outline(text));
  }

  @Test
  void bulletContinuesOverWrappedLines() {
    String text =
        "Focus areas include:\n\n"
            + "\u2022 Driving research and development to accelerate the application of AI for \n"
            + "science, advanced manufacturing and related fields, including through \n"
            + "use-inspired research; and \n"
            + " \u2022 Another item. \n"
            + "* A starred item\n"
            + "\u2013 A dashed item\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Focus areas include:",
            "BULLET [] Driving research and development to accelerate the application of AI for"
                + " science, advanced manufacturing and related fields, including through"
                + " use-inspired research; and",
            "BULLET [] Another item.",
            "BULLET [] A starred item",
            "BULLET [] A dashed item"),
        outline(text));
  }

  @Test
  void bulletInListOfShortItemsIsNotASubheading() {
    String text = "Sectors:\n\n- Semiconductors\n- Aerospace\n\nThe list is open.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Sectors:",
            "BULLET [] Semiconductors",
            "BULLET [] Aerospace",
            "PARAGRAPH [] The list is open."),
        outline(text));
  }

  @Test
  void hyphenAtLineEndIsKeptInCompoundsAndDroppedInBrokenWords() {
    String text =
        "The Participants support sector-\nspecific applications and the develop-\nment of "
            + "trade and coopera\u00AD\ntion in cross-\nborder data.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] The Participants support sector-specific applications and the"
                + " development of trade and cooperation in cross-border data."),
        outline(text));
  }

  @Test
  void hyphenationFollowsTheDocumentsOwnSpelling() {
    String text =
        "Cooperation on well-being matters.\n\nThe Parties promote well-\nbeing and the "
            + "govern-\nance of data.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Cooperation on well-being matters.",
            "PARAGRAPH [] The Parties promote well-being and the governance of data."),
        outline(text));
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreDropped() {
    String text =
        "Korea-Italy Memorandum\nArticle 1 Purpose\nThe Parties intend to cooperate on\n"
            + "Page 1 of 3\n\fKorea-Italy Memorandum\nsemiconductors and critical minerals.\n"
            + "Article 2 Scope\nPage 2 of 3\n\fKorea-Italy Memorandum\n"
            + "It covers research and exchanges.\nPage 3 of 3\n";
    assertEquals(
        List.of(
            "HEADING [] Article 1 Purpose",
            "PARAGRAPH [Article 1 Purpose] The Parties intend to cooperate on semiconductors and"
                + " critical minerals.",
            "HEADING [] Article 2 Scope",
            "PARAGRAPH [Article 2 Scope] It covers research and exchanges."),
        outline(text));
  }

  @Test
  void pagesOfOneTemplateKeepTheirText() {
    // Each page the same text but for its number: no line of it is a header or a footer.
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= 6; page++) {
      text.append(page == 1 ? "" : "\f")
          .append("Page ")
          .append(page)
          .append(" of the form. The Participants intend to cooperate on semiconductors and\n")
          .append("artificial intelligence, and to exchange information on export controls of")
          .append(" all kinds now.\n")
          .append("Closing line of page ")
          .append(page)
          .append(" here.\n");
    }
    List<String> outline = outline(text.toString());
    assertEquals(6, String.join(" ", outline).split("export controls", -1).length - 1);
    // Short pages whose every line recurs: a form on each page, not headers alone.
    String forms =
        "Certificate of origin 1\nIssued at Seoul\n\fCertificate of origin 2\nIssued at"
            + " Seoul\n\fCertificate of origin 3\nIssued at Seoul\n";
    assertEquals(3, outline(forms).stream().filter(b -> b.endsWith("] Issued at Seoul")).count());
  }

  @Test
  void barePageNumbersAndVaryingFootersAreDropped() {
    String text =
        "Annual Report 2025 | 1\nThe first page says a few things.\n\n- 1 -\n"
            + "\fAnnual Report 2025 | 2\nThe second page says more and goes on\n- 2 -\n"
            + "\fAnnual Report 2025 | 3\nto the third page.\n\n12\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] The first page says a few things.",
            "PARAGRAPH [] The second page says more and goes on to the third page."),
        outline(text));
  }

  @Test
  void aRunningHeadNamingItsChapterAndPageIsDropped() {
    // The head names the chapter its pages are in, with the page's number before or after it: it
    // recurs on that chapter's pages only, far from half of a long report's.
    String text =
        "Chapter 1: Objectives 1\n1.1 Purpose\nThe Parties set out their aims for market access.\n"
            + "\fChapter 1: Objectives 2\n1.2 Scope\nThis strategy covers research.\n"
            + "\f3 Chapter 2: Market Access\n2.1 Tariffs\nTariffs fall over time and\n"
            + "\f4 Chapter 2: Market Access\nare gone by the end.\n";
    assertEquals(
        List.of(
            "HEADING [] 1.1 Purpose",
            "PARAGRAPH [1.1 Purpose] The Parties set out their aims for market access.",
            "HEADING [] 1.2 Scope",
            "PARAGRAPH [1.2 Scope] This strategy covers research.",
            "HEADING [] 2.1 Tariffs",
            "PARAGRAPH [2.1 Tariffs] Tariffs fall over time and are gone by the end."),
        outline(text));
  }

  @Test
  void articlesNumberedAsTheirPagesAreKept() {
    String text =
        "Article 1\nPurpose\nThe Parties cooperate.\n\fArticle 2\nScope\nIt covers trade.\n"
            + "\fArticle 3\nEntry into force\nIt enters into force on signature.\n";
    assertEquals(
        List.of(
            "HEADING [] Article 1 Purpose",
            "PARAGRAPH [Article 1 Purpose] The Parties cooperate.",
            "HEADING [] Article 2 Scope",
            "PARAGRAPH [Article 2 Scope] It covers trade.",
            "HEADING [] Article 3 Entry into force",
            "PARAGRAPH [Article 3 Entry into force] It enters into force on signature."),
        outline(text));
  }

  @Test
  void aTableOfContentsAndAFrontMattersPageNumberAreDropped() {
    String text =
        "Quantum Strategy\n\nContents\n1.1 Purpose . . . . . . . . 1\n1.2 Scope ................ 2\n"
            + "Annex \u2026 \u2026 \u2026 \u2026 9\niii\f1.1 Purpose\nThe Parties set out their aims.\n\n"
            + "1.2 Scope\nIt covers research.\n";
    assertEquals(
        List.of(
            "HEADING [] Quantum Strategy",
            "HEADING [] 1.1 Purpose",
            "PARAGRAPH [1.1 Purpose] The Parties set out their aims.",
            "HEADING [] 1.2 Scope",
            "PARAGRAPH [1.2 Scope] It covers research."),
        outline(text));
  }

  @Test
  void aWholeNumberAndATitleIsAHeadingWhereTheReportsOwnNumberingSaysSo() {
    // Numbered without dots, "2 Research and skills" is a heading because "2.1 Funding" comes
    // under it, and "3 Next Steps" because it follows section 2.
    String text =
        "Quantum Strategy\n\n1 Introduction\nThis strategy sets out our aims.\n1.1 Background\n"
            + "Quantum matters.\n2 Research and skills\nWe invest in research.\n2.1 Funding\n"
            + "Funding rises.\n3 Next Steps\nWe will review.\n";
    assertEquals(
        List.of(
            "HEADING [] Quantum Strategy",
            "HEADING [] 1 Introduction",
            "PARAGRAPH [1 Introduction] This strategy sets out our aims.",
            "HEADING [1 Introduction] 1.1 Background",
            "PARAGRAPH [1 Introduction, 1.1 Background] Quantum matters.",
            "HEADING [] 2 Research and skills",
            "PARAGRAPH [2 Research and skills] We invest in research.",
            "HEADING [2 Research and skills] 2.1 Funding",
            "PARAGRAPH [2 Research and skills, 2.1 Funding] Funding rises.",
            "HEADING [] 3 Next Steps",
            "PARAGRAPH [3 Next Steps] We will review."),
        outline(text));
  }

  @Test
  void aFirstSectionWithoutSubSectionsIsAHeadingBeforeASecondSoFound() {
    String text =
        "Quantum Strategy\n\n1 Introduction\nThis strategy sets out our aims.\n"
            + "2 Research and skills\nWe invest in research.\n2.1 Funding\nFunding rises.\n";
    assertEquals(
        List.of(
            "HEADING [] Quantum Strategy",
            "HEADING [] 1 Introduction",
            "PARAGRAPH [1 Introduction] This strategy sets out our aims.",
            "HEADING [] 2 Research and skills",
            "PARAGRAPH [2 Research and skills] We invest in research.",
            "HEADING [2 Research and skills] 2.1 Funding",
            "PARAGRAPH [2 Research and skills, 2.1 Funding] Funding rises."),
        outline(text));
  }

  @Test
  void aWholeNumberAndWordsWithoutSubSectionsAreText() {
    // Nothing numbered "1.1" or "2.1": a wrapped line may start with a number.
    String text =
        "The Parties agree as follows.\n1 Introduction\nThe Parties cooperate in line with\n"
            + "2 Annexes to this Agreement.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] The Parties agree as follows. 1 Introduction The Parties cooperate in line"
                + " with 2 Annexes to this Agreement."),
        outline(text));
  }

  @Test
  void aSectionOverItsFirstSubSectionIsAHeadingAfterALineLeftOpen() {
    // An author's address ends no sentence, yet "1.1." under "1." says a section begins.
    String text =
        "Thomas Leonard\ntal197 at users.sf.net\n1. Introduction\n1.1. Version\nThis is version"
            + " 0.21.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Thomas Leonard tal197 at users.sf.net",
            "HEADING [] 1. Introduction",
            "HEADING [1. Introduction] 1.1. Version",
            "PARAGRAPH [1. Introduction, 1.1. Version] This is version 0.21."),
        outline(text));
  }

  @Test
  void aNumberedQuestionIsAHeading() {
    String text =
        "Intro.\n\n1. Introduction\n1.1. Version\nThis is version 0.21.\n"
            + "1.2. What is this spec?\nMany programs use it.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Intro.",
            "HEADING [] 1. Introduction",
            "HEADING [1. Introduction] 1.1. Version",
            "PARAGRAPH [1. Introduction, 1.1. Version] This is version 0.21.",
            "HEADING [1. Introduction] 1.2. What is this spec?",
            "PARAGRAPH [1. Introduction, 1.2. What is this spec?] Many programs use it."),
        outline(text));
  }

  @Test
  void headingsThatOpenSuccessivePagesAreKept() {
    String text =
        "Article 1 Purpose\nCooperation.\n\fArticle 2 Scope\nTrade.\n\fArticle 3 Entry\nSigning.\n";
    assertEquals(
        List.of(
            "HEADING [] Article 1 Purpose",
            "PARAGRAPH [Article 1 Purpose] Cooperation.",
            "HEADING [] Article 2 Scope",
            "PARAGRAPH [Article 2 Scope] Trade.",
            "HEADING [] Article 3 Entry",
            "PARAGRAPH [Article 3 Entry] Signing."),
        outline(text));
  }

  @Test
  void documentTitleFollowedByDateIsNotAHeading() {
    String text = "Seoul Declaration on Digital Trade\nMay 3, 2024\n\nThe Leaders met in Seoul.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Seoul Declaration on Digital Trade",
            "PARAGRAPH [] May 3, 2024",
            "PARAGRAPH [] The Leaders met in Seoul."),
        outline(text));
  }

  @Test
  void partsCloseTheirSections() {
    String text =
        "Part I\n\nSection 1 Scope\n\nText one.\n\nSection 2 Rules\n\nText two.\n\n"
            + "Part II\n\nSection 3 Review\n\nThe Parties shall:\n1. meet yearly;\n"
            + "2. report.\n";
    assertEquals(
        List.of(
            "HEADING [] Part I",
            "HEADING [Part I] Section 1 Scope",
            "PARAGRAPH [Part I, Section 1 Scope] Text one.",
            "HEADING [Part I] Section 2 Rules",
            "PARAGRAPH [Part I, Section 2 Rules] Text two.",
            "HEADING [] Part II",
            "HEADING [Part II] Section 3 Review",
            "PARAGRAPH [Part II, Section 3 Review] The Parties shall:",
            "BULLET [Part II, Section 3 Review] 1. meet yearly;",
            "BULLET [Part II, Section 3 Review] 2. report."),
        outline(text));
  }

  @Test
  void wrappedNumberedParagraphIsNotAHeading() {
    String text =
        "ARTICLE 31 Safeguards\n"
            + "1. Without prejudice to the provisions of Article 30, after having\n"
            + "consulted the other Party, each Party may take measures.\n"
            + "2. From the entry into force of this Agreement the former Yugoslav\n"
            + "Republic shall apply the measures.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 31 Safeguards",
            "PARAGRAPH [ARTICLE 31 Safeguards] 1. Without prejudice to the provisions of Article"
                + " 30, after having consulted the other Party, each Party may take measures.",
            "PARAGRAPH [ARTICLE 31 Safeguards] 2. From the entry into force of this Agreement the"
                + " former Yugoslav Republic shall apply the measures."),
        outline(text));
  }

  @Test
  void sectionNumberAloneOnItsLineTakesTheNameBelowIt() {
    String text =
        "PART TWO\nTRADE IN GOODS\n\nCHAPTER 1\nGeneral Provisions\n\nARTICLE 1\n"
            + "The Parties shall cooperate.\n\nCHAPTER SEVEN\nTrade in services\n\n"
            + "ARTICLE 2\nScope\nThis Chapter covers services.\n\nCHAPTER TWENTY-TWO\n\n"
            + "Final Provisions\n\nVIII\nInstitutional Provisions\n\nText.\n";
    assertEquals(
        List.of(
            "HEADING [] PART TWO TRADE IN GOODS",
            "HEADING [PART TWO TRADE IN GOODS] CHAPTER 1 General Provisions",
            "HEADING [PART TWO TRADE IN GOODS, CHAPTER 1 General Provisions] ARTICLE 1",
            "PARAGRAPH [PART TWO TRADE IN GOODS, CHAPTER 1 General Provisions, ARTICLE 1] The"
                + " Parties shall cooperate.",
            "HEADING [PART TWO TRADE IN GOODS] CHAPTER SEVEN Trade in services",
            "HEADING [PART TWO TRADE IN GOODS, CHAPTER SEVEN Trade in services] ARTICLE 2 Scope",
            "PARAGRAPH [PART TWO TRADE IN GOODS, CHAPTER SEVEN Trade in services, ARTICLE 2 Scope]"
                + " This Chapter covers services.",
            "HEADING [PART TWO TRADE IN GOODS] CHAPTER TWENTY-TWO Final Provisions",
            "HEADING [PART TWO TRADE IN GOODS, CHAPTER TWENTY-TWO Final Provisions] VIII"
                + " Institutional Provisions",
            "PARAGRAPH [PART TWO TRADE IN GOODS, CHAPTER TWENTY-TWO Final Provisions, VIII"
                + " Institutional Provisions] Text."),
        outline(text));
  }

  @Test
  void aPlainNameSetApartByBlankLinesNamesTheNumberAboveIt() {
    String text =
        "CHAPTER 6\nServices\n\nSub-section 1\n\nDomestic regulation\n\nARTICLE 103 Scope\n\n"
            + "Text one.\n\nARTICLE 104\n\nLicensing in trade\n\nmatters is open.\n";
    assertEquals(
        List.of(
            "HEADING [] CHAPTER 6 Services",
            "HEADING [CHAPTER 6 Services] Sub-section 1 Domestic regulation",
            "HEADING [CHAPTER 6 Services, Sub-section 1 Domestic regulation] ARTICLE 103 Scope",
            "PARAGRAPH [CHAPTER 6 Services, Sub-section 1 Domestic regulation, ARTICLE 103 Scope]"
                + " Text one.",
            "HEADING [CHAPTER 6 Services, Sub-section 1 Domestic regulation] ARTICLE 104",
            "PARAGRAPH [CHAPTER 6 Services, Sub-section 1 Domestic regulation, ARTICLE 104]"
                + " Licensing in trade matters is open."),
        outline(text));
  }

  @Test
  void aPlainNameSetApartOverNumberedSectionsIsTheirHeading() {
    String text =
        "CHAPTER 6\nServices\n\nSub-section 1\n\nDomestic regulation\n\nARTICLE 1 Scope\n\n"
            + "Text one.\n\nElectronic commerce\n\nSub-section 1\nGeneral provisions\n\n"
            + "ARTICLE 2 Objective\n\nText two.\n\nShort answers\n\nText three.\n\nVI - 8\n\n"
            + "ARTICLE 3 Time-limits\n\nText four.\n";
    String ecommerce = "CHAPTER 6 Services, Electronic commerce";
    String general = ecommerce + ", Sub-section 1 General provisions";
    assertEquals(
        List.of(
            "HEADING [] CHAPTER 6 Services",
            "HEADING [CHAPTER 6 Services] Sub-section 1 Domestic regulation",
            "HEADING [CHAPTER 6 Services, Sub-section 1 Domestic regulation] ARTICLE 1 Scope",
            "PARAGRAPH [CHAPTER 6 Services, Sub-section 1 Domestic regulation, ARTICLE 1 Scope]"
                + " Text one.",
            "HEADING [CHAPTER 6 Services] Electronic commerce",
            "HEADING [" + ecommerce + "] Sub-section 1 General provisions",
            "HEADING [" + general + "] ARTICLE 2 Objective",
            "PARAGRAPH [" + general + ", ARTICLE 2 Objective] Text two.",
            // Set apart too, but over text, not over a numbered section: a line of the article.
            "PARAGRAPH [" + general + ", ARTICLE 2 Objective] Short answers",
            "PARAGRAPH [" + general + ", ARTICLE 2 Objective] Text three.",
            // A page label set apart over an article is no name.
            "PARAGRAPH [" + general + ", ARTICLE 2 Objective] VI - 8",
            "HEADING [" + general + "] ARTICLE 3 Time-limits",
            "PARAGRAPH [" + general + ", ARTICLE 3 Time-limits] Text four."),
        outline(text));
  }

  @Test
  void unnamedArticleKeepsItsFirstSentenceAsText() {
    String text =
        "ARTICLE 24\nWhere an increase in imports of a given\n\nproduct is detrimental, the"
            + " Party may act.\n\nARTICLE 25\nThe Contracting Parties shall refrain\n\n"
            + "from any measure.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 24",
            "PARAGRAPH [ARTICLE 24] Where an increase in imports of a given product is"
                + " detrimental, the Party may act.",
            "HEADING [] ARTICLE 25",
            "PARAGRAPH [ARTICLE 25] The Contracting Parties shall refrain from any measure."),
        outline(text));
  }

  @Test
  void chapterAfterAnArticleNeverNestsUnderIt() {
    String text =
        "PART I\n\nCHAPTER ONE Scope\n\nSECTION A Goods\n\nARTICLE 1 Coverage\n\nText one.\n\n"
            + "CHAPTER TWO Services\n\nText two.\n\nPART II\n\nText three.\n";
    assertEquals(
        List.of(
            "1 [] PART I",
            "2 [PART I] CHAPTER ONE Scope",
            "3 [PART I, CHAPTER ONE Scope] SECTION A Goods",
            "4 [PART I, CHAPTER ONE Scope, SECTION A Goods] ARTICLE 1 Coverage",
            "2 [PART I] CHAPTER TWO Services",
            "1 [] PART II"),
        headings(text));
  }

  @Test
  void aChapterInsertedAsBisIsAChapterOfItsOwnWithItsArticles() {
    String text =
        "CHAPTER 8\nInvestment\n\nARTICLE 8.38: Settlement Of Disputes\nText one.\n\n"
            + "CHAPTER 8BIS\nState Owned Enterprises\n\nARTICLE 8BIS.1: Scope\nText two.\n\n"
            + "ARTICLE 8BIS.2: State-Owned Enterprises\nText three.\n\n"
            + "CHAPTER 9\nIntellectual Property\n\nARTICLE 9.1: Objectives\nText four.\n";
    assertEquals(
        List.of(
            "1 [] CHAPTER 8 Investment",
            "2 [CHAPTER 8 Investment] ARTICLE 8.38: Settlement Of Disputes",
            "1 [] CHAPTER 8BIS State Owned Enterprises",
            "2 [CHAPTER 8BIS State Owned Enterprises] ARTICLE 8BIS.1: Scope",
            "2 [CHAPTER 8BIS State Owned Enterprises] ARTICLE 8BIS.2: State-Owned Enterprises",
            "1 [] CHAPTER 9 Intellectual Property",
            "2 [CHAPTER 9 Intellectual Property] ARTICLE 9.1: Objectives"),
        headings(text));
  }

  @Test
  void aSpanishOrFrenchChapterHoldsItsArticles() {
    String spanish =
        "CAPÍTULO 1\nDisposiciones Iniciales\n\nARTÍCULO 1.1: Establecimiento De Una Zona\n"
            + "Texto uno.\n\nARTÍCULO 1.2: Objetivos\nTexto dos.\n\n"
            + "CAPÍTULO 2\nDefiniciones Generales\n\nARTÍCULO 2.1: Definiciones\nTexto tres.\n";
    assertEquals(
        List.of(
            "1 [] CAPÍTULO 1 Disposiciones Iniciales",
            "2 [CAPÍTULO 1 Disposiciones Iniciales] ARTÍCULO 1.1: Establecimiento De Una Zona",
            "2 [CAPÍTULO 1 Disposiciones Iniciales] ARTÍCULO 1.2: Objetivos",
            "1 [] CAPÍTULO 2 Definiciones Generales",
            "2 [CAPÍTULO 2 Definiciones Generales] ARTÍCULO 2.1: Definiciones"),
        headings(spanish));
    String french =
        "Chapitre 1\nDu statut de l'Union\n\nArticle 9\nTexte un.\n\n"
            + "Chapitre 2\nDes organes\n\nArticle 10\nTexte deux.\n";
    assertEquals(
        List.of(
            "1 [] Chapitre 1 Du statut de l'Union",
            "2 [Chapitre 1 Du statut de l'Union] Article 9",
            "1 [] Chapitre 2 Des organes",
            "2 [Chapitre 2 Des organes] Article 10"),
        headings(french));
  }

  @Test
  void aLineAfterASentenceLeftOpenIsNoHeading() {
    // Korea–Chile: the chapter a sentence cites wrapped onto a line of its own, over a part title
    // that, the number back in its sentence, introduces the chapters after it as the others do.
    String cited =
        "CHAPTER 16\nIntellectual Property Rights\n\nARTICLE 16.6: Consultative Mechanism\n"
            + "Consultations shall be carried out under the procedures referred to in Chapter\n\n"
            + "19.\nADMINISTRATIVE AND INSTITUTIONAL PROVISIONS\n\nCHAPTER 17\nTransparency\n\n"
            + "ARTICLE 17.1: Contact Points\nEach Party shall designate a contact point.\n";
    assertEquals(
        List.of(
            "1 [] CHAPTER 16 Intellectual Property Rights",
            "2 [CHAPTER 16 Intellectual Property Rights] ARTICLE 16.6: Consultative Mechanism",
            "1 [] ADMINISTRATIVE AND INSTITUTIONAL PROVISIONS",
            "2 [ADMINISTRATIVE AND INSTITUTIONAL PROVISIONS] CHAPTER 17 Transparency",
            "3 [ADMINISTRATIVE AND INSTITUTIONAL PROVISIONS, CHAPTER 17 Transparency]"
                + " ARTICLE 17.1: Contact Points"),
        headings(cited));
    // SPARTECA, double-spaced: "the Government of" over a line that reads like a title.
    String spaced =
        "Article 5\n\nA Government of a Forum Island country may request the\n\n"
            + "Government of Australia or the Government of New\n\n"
            + "Zealand to make a determination.\n";
    assertEquals(List.of("1 [] Article 5"), headings(spaced));
  }

  @Test
  void aCitedNumberOnTheNextLineStaysInItsSentence() {
    // Japan–Mexico, double-spaced: the article an item cites wrapped onto a line of its own.
    String text =
        "ARTICLE 82: Expropriation\n1. Neither Party may expropriate investments except:\n\n"
            + "(c)\non payment of compensation in accordance with paragraphs 2\nthrough 4; and\n\n"
            + "(d)\nin accordance with due process of law and Article\n\n75.\n\n"
            + "2. The compensation shall be equivalent to the fair market value.\n\n"
            + "3. Claims under Articles 9.10 and\n\n9.11.\n\n"
            + "4. Each Party shall notify the other Party of a measure referred to in subparagraphs"
            + "\n\n(a) and (b); or of a measure under Article\n\n"
            + "6. This Chapter does not apply to taxation.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 82: Expropriation",
            "PARAGRAPH [ARTICLE 82: Expropriation] 1. Neither Party may expropriate investments"
                + " except:",
            "BULLET [ARTICLE 82: Expropriation] (c) on payment of compensation in accordance with"
                + " paragraphs 2 through 4; and",
            "BULLET [ARTICLE 82: Expropriation] (d) in accordance with due process of law and"
                + " Article 75.",
            "PARAGRAPH [ARTICLE 82: Expropriation] 2. The compensation shall be equivalent to the"
                + " fair market value.",
            "PARAGRAPH [ARTICLE 82: Expropriation] 3. Claims under Articles 9.10 and 9.11.",
            "PARAGRAPH [ARTICLE 82: Expropriation] 4. Each Party shall notify the other Party of a"
                + " measure referred to in subparagraphs (a) and (b); or of a measure under Article",
            "PARAGRAPH [ARTICLE 82: Expropriation] 6. This Chapter does not apply to taxation."),
        outline(text));
  }

  @Test
  void aFormulaOrItsTermsOpenNoSection() {
    // NAFTA and Costa Rica–Mexico: a rule of origin's fraction, hard-wrapped, its numerator alone.
    String text =
        "CHAPTER 4\nRules Of Origin\n\nARTICLE 402: Regional Value Content\n"
            + "1. Each Party shall provide that the regional value content is calculated on the"
            + " basis of the following net cost method:\n\nNC VNM\nRVC = --------------- x 100\n\n"
            + "NC\n\nwhere RVC is the regional value content.\n\n"
            + "2. Non-originating materials shall be determined by the following formula:\n\n"
            + "TMN\nPMN = ------------ x 100\nTMOYN\n\n"
            + "3. The producer shall keep records.\n\nARTICLE 403: Automotive Goods\nText.\n";
    assertEquals(
        List.of(
            "1 [] CHAPTER 4 Rules Of Origin",
            "2 [CHAPTER 4 Rules Of Origin] ARTICLE 402: Regional Value Content",
            "2 [CHAPTER 4 Rules Of Origin] ARTICLE 403: Automotive Goods"),
        headings(text));
    assertTrue(
        outline(text)
            .contains(
                "PARAGRAPH [CHAPTER 4 Rules Of Origin, ARTICLE 402: Regional Value Content]"
                    + " 3. The producer shall keep records."));
  }

  @Test
  void aListOfNamesAfterASentenceLeftOpenIsNoHeading() {
    // SPARTECA, double-spaced: a definition's list of islands wrapped across blank lines.
    String text =
        "ARTICLE I: Definitions\nIn this Agreement :\n\n"
            + "\"Forum Island countries\" means the Cook\n\n"
            + "Islands, Fiji, Kiribati, Nauru, Niue, Papua\n\n"
            + "New Guinea, Solomon Islands, Tonga and Tuvalu;\n\n"
            + "ARTICLE II: Objectives\nThe objectives of this Agreement are trade.\n";
    assertEquals(
        List.of("1 [] ARTICLE I: Definitions", "1 [] ARTICLE II: Objectives"), headings(text));
  }

  @Test
  void zeroPaddedNumbersOverNamesInTheirOrderAreChapters() {
    // Singapore–Australia: each chapter's number alone, "01", over its name.
    String text =
        "Have agreed as follows:\n\n01\nObjectives And General Definitions\n\n"
            + "ARTICLE 1: Objectives\nThe objectives are trade.\n\n"
            + "02\nTrade In Goods\n\nARTICLE 1: Definitions\nGoods are goods.\n\n"
            + "03\nRules Of Origin\n\nARTICLE 1: Definitions\nText.\n\n"
            + "ARTICLE 2: Origin\nText.\n";
    assertEquals(
        List.of(
            "1 [] 01 Objectives And General Definitions",
            "2 [01 Objectives And General Definitions] ARTICLE 1: Objectives",
            "1 [] 02 Trade In Goods",
            "2 [02 Trade In Goods] ARTICLE 1: Definitions",
            "1 [] 03 Rules Of Origin",
            "2 [03 Rules Of Origin] ARTICLE 1: Definitions",
            "2 [03 Rules Of Origin] ARTICLE 2: Origin"),
        headings(text));
    // Two numbers alone are no run: page numbers, or a table's.
    String two = text.substring(0, text.indexOf("03\n")) + "Text.\n";
    assertEquals(
        List.of("1 [] ARTICLE 1: Objectives", "1 [] ARTICLE 1: Definitions"), headings(two));
  }

  @Test
  void aChapterAfterASentenceCutShortStillOpens() {
    // Text lost at a page's end: the chapter's keyword says it is one all the same.
    String text =
        "CHAPTER 3\nRules Of Origin\n\nThe Sub-Committee shall meet at such venues as may be agreed"
            + " upon. a\n\nCHAPTER 4\nCustoms Procedures\n\nArticle 50 Scope\nText.\n";
    assertEquals(
        List.of(
            "1 [] CHAPTER 3 Rules Of Origin",
            "1 [] CHAPTER 4 Customs Procedures",
            "2 [CHAPTER 4 Customs Procedures] Article 50 Scope"),
        headings(text));
  }

  /** Each heading block as {@code level [path] text}. */
  private static List<String> headings(String text) {
    return new OutlineParser()
        .parse(text).stream()
            .filter(b -> b.kind() == ChunkKind.HEADING)
            .map(b -> b.level() + " " + b.sectionPath() + " " + b.text())
            .toList();
  }

  @Test
  void unnumberedHeadingBeforeChaptersIsTheirGroupBesideTheTitleBefore() {
    // A title's number lost: the chapters that follow belong to the unnumbered heading, not to
    // the title of bare articles before it.
    String text =
        "TITLE III\nFreedom, Security And Justice\n\nARTICLE 21: Legal Cooperation\n"
            + "The Parties agree to cooperate.\n\nTRADE AND TRADE-RELATED MATTERS\n\n"
            + "CHAPTER 1\nMarket Access For Goods\n\nARTICLE 22: Scope\nText one.\n\n"
            + "CHAPTER 2\nTrade Remedies\n\nARTICLE 30: Safeguards\nText two.\n";
    assertEquals(
        List.of(
            "1 [] TITLE III Freedom, Security And Justice",
            "2 [TITLE III Freedom, Security And Justice] ARTICLE 21: Legal Cooperation",
            "1 [] TRADE AND TRADE-RELATED MATTERS",
            "2 [TRADE AND TRADE-RELATED MATTERS] CHAPTER 1 Market Access For Goods",
            "3 [TRADE AND TRADE-RELATED MATTERS, CHAPTER 1 Market Access For Goods]"
                + " ARTICLE 22: Scope",
            "2 [TRADE AND TRADE-RELATED MATTERS] CHAPTER 2 Trade Remedies",
            "3 [TRADE AND TRADE-RELATED MATTERS, CHAPTER 2 Trade Remedies] ARTICLE 30: Safeguards"),
        headings(text));
  }

  @Test
  void unnumberedChapterNamesHoldTheArticlesAfterThemUntilTheNext() {
    String text =
        "ARTICLE 1: Establishment\nThe Parties establish a free trade area.\n\n"
            + "Trade In Goods\n\nARTICLE 201: Scope\nText one.\n\n"
            + "ARTICLE 202: National Treatment\nText two.\n\n"
            + "Customs Procedures\n\nARTICLE 301: Definitions\nText three.\n";
    assertEquals(
        List.of(
            "1 [] ARTICLE 1: Establishment",
            "1 [] Trade In Goods",
            "2 [Trade In Goods] ARTICLE 201: Scope",
            "2 [Trade In Goods] ARTICLE 202: National Treatment",
            "1 [] Customs Procedures",
            "2 [Customs Procedures] ARTICLE 301: Definitions"),
        headings(text));
  }

  /** A body whose first part lost its number, and whose second part {@code second} names. */
  private static String partsWithLostNumbers(String second) {
    return "The Parties have agreed as follows:\nGENERAL ASPECTS\n\nCHAPTER 1\nInitial Provisions\n\n"
        + "ARTICLE 1.1: Objectives\nText one.\n\nCHAPTER 2\nDefinitions\n\n"
        + "ARTICLE 2.1: Definitions\nText two.\n\n"
        + second
        + "CHAPTER 3\nNational Treatment\n\nARTICLE 3.1: Scope\nText three.\n";
  }

  @Test
  void unnumberedHeadingBeforeTheFirstChapterIsTheirGroupWhenALaterOneIs() {
    // The first part's name comes before any numbered section; only the second part's, which
    // introduces chapters, says that it is a group too.
    assertEquals(
        List.of(
            "1 [] GENERAL ASPECTS",
            "2 [GENERAL ASPECTS] CHAPTER 1 Initial Provisions",
            "3 [GENERAL ASPECTS, CHAPTER 1 Initial Provisions] ARTICLE 1.1: Objectives",
            "2 [GENERAL ASPECTS] CHAPTER 2 Definitions",
            "3 [GENERAL ASPECTS, CHAPTER 2 Definitions] ARTICLE 2.1: Definitions",
            "1 [] TRADE IN GOODS",
            "2 [TRADE IN GOODS] CHAPTER 3 National Treatment",
            "3 [TRADE IN GOODS, CHAPTER 3 National Treatment] ARTICLE 3.1: Scope"),
        headings(partsWithLostNumbers("TRADE IN GOODS\n\n")));
    Block text =
        new OutlineParser()
            .parse(partsWithLostNumbers("TRADE IN GOODS\n\n")).stream()
                .filter(b -> b.text().equals("Text one."))
                .findFirst()
                .orElseThrow();
    assertEquals(
        List.of("GENERAL ASPECTS", "CHAPTER 1 Initial Provisions", "ARTICLE 1.1: Objectives"),
        text.sectionPath());
  }

  @Test
  void unnumberedHeadingBeforeTheFirstChapterStaysAloneWithoutALaterGroup() {
    assertEquals(
        List.of(
            "1 [] GENERAL ASPECTS",
            "1 [] CHAPTER 1 Initial Provisions",
            "2 [CHAPTER 1 Initial Provisions] ARTICLE 1.1: Objectives",
            "1 [] CHAPTER 2 Definitions",
            "2 [CHAPTER 2 Definitions] ARTICLE 2.1: Definitions",
            "1 [] CHAPTER 3 National Treatment",
            "2 [CHAPTER 3 National Treatment] ARTICLE 3.1: Scope"),
        headings(partsWithLostNumbers("")));
  }

  @Test
  void unnumberedGroupOfSectionsUnderATitleStaysInIt() {
    // Between a title and its sections a chapter's rank is free: the group is the title's.
    String text =
        "TITLE II\nMarket Access For Goods\n\nARTICLE 6: National Treatment\nText one.\n\n"
            + "ELIMINATION OF CUSTOMS DUTIES\n\nSECTION I\nIndustrial Products\n\n"
            + "ARTICLE 16: Scope\nText two.\n";
    assertEquals(
        List.of(
            "1 [] TITLE II Market Access For Goods",
            "2 [TITLE II Market Access For Goods] ARTICLE 6: National Treatment",
            "2 [TITLE II Market Access For Goods] ELIMINATION OF CUSTOMS DUTIES",
            "3 [TITLE II Market Access For Goods, ELIMINATION OF CUSTOMS DUTIES]"
                + " SECTION I Industrial Products",
            "4 [TITLE II Market Access For Goods, ELIMINATION OF CUSTOMS DUTIES,"
                + " SECTION I Industrial Products] ARTICLE 16: Scope"),
        headings(text));
  }

  @Test
  void titleLineRightUnderAHeadingIntroducesNothing() {
    // The title's name wrapped over a second line, or the document's first heading: as before.
    String text =
        "ARTICLE 1: Aims\nText.\n\nTITLE V\nGENERAL PROVISIONS ON EXTERNAL ACTION AND SPECIFIC\n"
            + "\nPROVISIONS ON SECURITY POLICY\n\nCHAPTER 1\nGeneral Provisions\n\n"
            + "ARTICLE 21: Principles\nText one.\n";
    assertEquals(
        List.of(
            "1 [] ARTICLE 1: Aims",
            "1 [] TITLE V GENERAL PROVISIONS ON EXTERNAL ACTION AND SPECIFIC",
            "2 [TITLE V GENERAL PROVISIONS ON EXTERNAL ACTION AND SPECIFIC]"
                + " PROVISIONS ON SECURITY POLICY",
            "2 [TITLE V GENERAL PROVISIONS ON EXTERNAL ACTION AND SPECIFIC]"
                + " CHAPTER 1 General Provisions",
            "3 [TITLE V GENERAL PROVISIONS ON EXTERNAL ACTION AND SPECIFIC,"
                + " CHAPTER 1 General Provisions] ARTICLE 21: Principles"),
        headings(text));
  }

  @Test
  void aWrappedLineOpeningWithAnAnnexOrArticleNumberGoesOnWithItsSentence() {
    // "Annex 10-A according to …" is no annex titled "A according to …", nor "Article 4.2 of …"
    // an article "4" titled "2 of …": an annex opened there held every chapter after it.
    String text =
        "ARTICLE 10.18: Geographical Indications\n"
            + "The European Union undertakes to protect the geographical indications listed in\n"
            + "Annex 10-A according to the level of protection laid down in this\n"
            + "Chapter. Each Party applies the measures of\n"
            + "Article 4.2 of this Agreement; and\n"
            + "the rules of origin.\n\n"
            + "ANNEX 10-B\nGeographical Indications Of Korea\n\nText.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 10.18: Geographical Indications",
            "PARAGRAPH [ARTICLE 10.18: Geographical Indications] The European Union undertakes to"
                + " protect the geographical indications listed in Annex 10-A according to the level"
                + " of protection laid down in this Chapter. Each Party applies the measures of"
                + " Article 4.2 of this Agreement; and the rules of origin.",
            "HEADING [] ANNEX 10-B Geographical Indications Of Korea",
            "PARAGRAPH [ANNEX 10-B Geographical Indications Of Korea] Text."),
        outline(text));
  }

  @Test
  void aFootnotesNumberGluedToAHeadingIsNoPartOfIt() {
    // "Treatment14" is no word a search of the headings finds as "treatment".
    String text = "ARTICLE 9.4: National Treatment14\nEach Party shall accord treatment.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 9.4: National Treatment",
            "PARAGRAPH [ARTICLE 9.4: National Treatment] Each Party shall accord treatment."),
        outline(text));
  }

  @Test
  void longArticleTitleAfterASeparatorIsAHeading() {
    String text =
        "ARTICLE 18: Protection of Geographical Indications for Agricultural and Fishery Products"
            + " and Foodstuffs Other Than Wines and Spirits\n"
            + "Each Party shall protect geographical indications.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 18: Protection of Geographical Indications for Agricultural and"
                + " Fishery Products and Foodstuffs Other Than Wines and Spirits",
            "PARAGRAPH [ARTICLE 18: Protection of Geographical Indications for Agricultural and"
                + " Fishery Products and Foodstuffs Other Than Wines and Spirits] Each Party shall"
                + " protect geographical indications."),
        outline(text));
  }

  @Test
  void signatureBlockMakesNoHeadings() {
    String text =
        "Article 40 Entry into Force\n\nThis Agreement enters into force on signature.\n\n"
            + "IN WITNESS WHEREOF the undersigned have signed this Agreement.\n\n"
            + "For the Republic of Albania\n\nEdmond Panariti\n\nMinister of Trade\n\n"
            + "Für die Europäische Gemeinschaft\n\nA. Smith\n\nANNEX I\n\nSchedule text.\n";
    assertEquals(
        List.of(
            "HEADING [] Article 40 Entry into Force",
            "PARAGRAPH [Article 40 Entry into Force] This Agreement enters into force on"
                + " signature.",
            "PARAGRAPH [Article 40 Entry into Force] IN WITNESS WHEREOF the undersigned have"
                + " signed this Agreement.",
            "PARAGRAPH [Article 40 Entry into Force] For the Republic of Albania",
            "PARAGRAPH [Article 40 Entry into Force] Edmond Panariti",
            "PARAGRAPH [Article 40 Entry into Force] Minister of Trade",
            "PARAGRAPH [Article 40 Entry into Force] Für die Europäische Gemeinschaft",
            "PARAGRAPH [Article 40 Entry into Force] A. Smith",
            "HEADING [] ANNEX I",
            "PARAGRAPH [ANNEX I] Schedule text."),
        outline(text));
  }

  @Test
  void pageNumbersLabelsAndPunctuationAloneMakeNoChunk() {
    String text =
        "Article 3 Tariffs\n\nDuties shall be eliminated.\n\n251\n\n* * *\n\n(b)\n\n"
            + "Quotas shall be removed.\n\n252\n";
    assertEquals(
        List.of(
            "HEADING [] Article 3 Tariffs",
            "PARAGRAPH [Article 3 Tariffs] Duties shall be eliminated.",
            "PARAGRAPH [Article 3 Tariffs] Quotas shall be removed."),
        outline(text));
  }

  @Test
  void titleBlockIsOneParagraphAndPreambleOpensASection() {
    String text =
        "AGREEMENT ON TRADE IN GOODS\nBETWEEN THE GOVERNMENT OF THE REPUBLIC OF ATLANTIS\n"
            + "AND THE GOVERNMENT OF THE KINGDOM OF UTOPIA\nPREAMBLE\nThe Parties,\n"
            + "HAVE AGREED AS FOLLOWS:\n\nARTICLE 1 Objectives\n\nText.\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] AGREEMENT ON TRADE IN GOODS BETWEEN THE GOVERNMENT OF THE REPUBLIC OF"
                + " ATLANTIS AND THE GOVERNMENT OF THE KINGDOM OF UTOPIA",
            "HEADING [] PREAMBLE",
            "PARAGRAPH [PREAMBLE] The Parties, HAVE AGREED AS FOLLOWS:",
            "HEADING [] ARTICLE 1 Objectives",
            "PARAGRAPH [ARTICLE 1 Objectives] Text."),
        outline(text));
  }

  @Test
  void numberedListItemsAreNotSections() {
    String text =
        "Article 5 Products\n\nThe following products are covered:\n\n41. Peas\n\n42. Cocoa"
            + " Beans\n\n43. Raw Coffee\n\nArticle 6 Review\n\nText.\n";
    assertEquals(
        List.of(
            "HEADING [] Article 5 Products",
            "PARAGRAPH [Article 5 Products] The following products are covered:",
            "PARAGRAPH [Article 5 Products] 41. Peas",
            "PARAGRAPH [Article 5 Products] 42. Cocoa Beans",
            "PARAGRAPH [Article 5 Products] 43. Raw Coffee",
            "HEADING [] Article 6 Review",
            "PARAGRAPH [Article 6 Review] Text."),
        outline(text));
  }

  @Test
  void preambleIsNeverMergedIntoTheLineBeforeIt() {
    String text =
        "Agreement between the Government of Atlantis and the Government of Utopia\nPREAMBLE\n"
            + "The Parties, desiring closer ties,\nHAVE AGREED AS FOLLOWS:\n";
    assertEquals(
        List.of(
            "PARAGRAPH [] Agreement between the Government of Atlantis and the Government of"
                + " Utopia",
            "HEADING [] PREAMBLE",
            "PARAGRAPH [PREAMBLE] The Parties, desiring closer ties, HAVE AGREED AS FOLLOWS:"),
        outline(text));
  }

  @Test
  void aChapterAfterTheAnnexOfThePreviousChapterIsItsSiblingNotPartOfTheAnnex() {
    // NAFTA puts each chapter's annexes right after it; "CHAPTER TWO" goes on with the chapters.
    String text =
        "PART ONE GENERAL PART\n\nCHAPTER ONE\nObjectives\n\nARTICLE 101: Establishment\n"
            + "The Parties establish a free trade area.\n\n"
            + "Annex 104.1: Environmental Agreements\n\n1. The Convention on Migratory Birds.\n\n"
            + "CHAPTER TWO\nGeneral Definitions\n\nARTICLE 201: Definitions\n"
            + "Terms have their usual meaning.\n\nPART TWO TRADE IN GOODS\n\n"
            + "CHAPTER THREE\nMarket Access\n\nARTICLE 301: National Treatment\n"
            + "Each Party shall accord national treatment.\n";
    assertEquals(
        List.of(
            "HEADING [] PART ONE GENERAL PART",
            "HEADING [PART ONE GENERAL PART] CHAPTER ONE Objectives",
            "HEADING [PART ONE GENERAL PART, CHAPTER ONE Objectives] ARTICLE 101: Establishment",
            "PARAGRAPH [PART ONE GENERAL PART, CHAPTER ONE Objectives, ARTICLE 101: Establishment]"
                + " The Parties establish a free trade area.",
            "HEADING [] Annex 104.1: Environmental Agreements",
            "PARAGRAPH [Annex 104.1: Environmental Agreements] 1. The Convention on Migratory"
                + " Birds.",
            "HEADING [PART ONE GENERAL PART] CHAPTER TWO General Definitions",
            "HEADING [PART ONE GENERAL PART, CHAPTER TWO General Definitions] ARTICLE 201:"
                + " Definitions",
            "PARAGRAPH [PART ONE GENERAL PART, CHAPTER TWO General Definitions, ARTICLE 201:"
                + " Definitions] Terms have their usual meaning.",
            "HEADING [] PART TWO TRADE IN GOODS",
            "HEADING [PART TWO TRADE IN GOODS] CHAPTER THREE Market Access",
            "HEADING [PART TWO TRADE IN GOODS, CHAPTER THREE Market Access] ARTICLE 301:"
                + " National Treatment",
            "PARAGRAPH [PART TWO TRADE IN GOODS, CHAPTER THREE Market Access, ARTICLE 301:"
                + " National Treatment] Each Party shall accord national treatment."),
        outline(text));
  }

  @Test
  void anAnnexWithChaptersOfItsOwnKeepsThemWhateverTheirNumbers() {
    String text =
        "Chapter 1 Scope\n\nThis covers trade.\n\nChapter 2 Final Provisions\n\n"
            + "This enters into force.\n\nAnnex I Rules of Origin\n\nChapter 1 Definitions\n\n"
            + "Terms are defined.\n\nChapter 2 Origin Criteria\n\nGoods are originating.\n\n"
            + "Chapter 3 Proofs of Origin\n\nA certificate is issued.\n";
    assertEquals(
        List.of(
            "HEADING [] Chapter 1 Scope",
            "PARAGRAPH [Chapter 1 Scope] This covers trade.",
            "HEADING [] Chapter 2 Final Provisions",
            "PARAGRAPH [Chapter 2 Final Provisions] This enters into force.",
            "HEADING [] Annex I Rules of Origin",
            "HEADING [Annex I Rules of Origin] Chapter 1 Definitions",
            "PARAGRAPH [Annex I Rules of Origin, Chapter 1 Definitions] Terms are defined.",
            "HEADING [Annex I Rules of Origin] Chapter 2 Origin Criteria",
            "PARAGRAPH [Annex I Rules of Origin, Chapter 2 Origin Criteria] Goods are"
                + " originating.",
            "HEADING [Annex I Rules of Origin] Chapter 3 Proofs of Origin",
            "PARAGRAPH [Annex I Rules of Origin, Chapter 3 Proofs of Origin] A certificate is"
                + " issued."),
        outline(text));
  }

  @Test
  void anArticleAfterAnAnnexWithSectionsOfItsOwnGoesBackToItsChapter() {
    String text =
        "CHAPTER SEVEN\nAgriculture\n\nARTICLE 708: Definitions\nTerms are defined.\n\n"
            + "Annex 702.1: Incorporation of Trade Provisions\n\nSection C - United States\n\n"
            + "1. The United States incorporates its provisions.\n\n"
            + "ARTICLE 709: Scope And Coverage\nThis Section applies to measures.\n";
    assertEquals(
        List.of(
            "HEADING [] CHAPTER SEVEN Agriculture",
            "HEADING [CHAPTER SEVEN Agriculture] ARTICLE 708: Definitions",
            "PARAGRAPH [CHAPTER SEVEN Agriculture, ARTICLE 708: Definitions] Terms are defined.",
            "HEADING [] Annex 702.1: Incorporation of Trade Provisions",
            "HEADING [Annex 702.1: Incorporation of Trade Provisions] Section C - United States",
            "PARAGRAPH [Annex 702.1: Incorporation of Trade Provisions, Section C - United States]"
                + " 1. The United States incorporates its provisions.",
            "HEADING [CHAPTER SEVEN Agriculture] ARTICLE 709: Scope And Coverage",
            "PARAGRAPH [CHAPTER SEVEN Agriculture, ARTICLE 709: Scope And Coverage] This Section"
                + " applies to measures."),
        outline(text));
  }

  @Test
  void aSectionRightUnderAnEmptyHeadingIsItsFirstWhateverItsNumber() {
    // A chapter just opened holds the article after it, even one that goes on with the numbering
    // of the articles before the annex.
    String text =
        "CHAPTER 4\nFinancing\n\nARTICLE 239\nThe arrangements are set out in Protocol 6.\n\n"
            + "Protocol 6\nINVESTMENT AND SERVICES\n\nCHAPTER 1\nInvestment\n\nARTICLE 240\n"
            + "The Parties recognize the importance of private investment.\n";
    assertEquals(
        List.of(
            "HEADING [] CHAPTER 4 Financing",
            "HEADING [CHAPTER 4 Financing] ARTICLE 239",
            "PARAGRAPH [CHAPTER 4 Financing, ARTICLE 239] The arrangements are set out in Protocol"
                + " 6.",
            "HEADING [] Protocol 6 INVESTMENT AND SERVICES",
            "HEADING [Protocol 6 INVESTMENT AND SERVICES] CHAPTER 1 Investment",
            "HEADING [Protocol 6 INVESTMENT AND SERVICES, CHAPTER 1 Investment] ARTICLE 240",
            "PARAGRAPH [Protocol 6 INVESTMENT AND SERVICES, CHAPTER 1 Investment, ARTICLE 240] The"
                + " Parties recognize the importance of private investment."),
        outline(text));
  }

  @Test
  void aGroupHeadingAfterAnAnnexStandsBesideTheGroupBeforeIt() {
    // NAFTA's parts lost their numbers: "INTELLECTUAL PROPERTY" over "CHAPTER SEVENTEEN", after
    // the annex that ends chapter sixteen, is a group of its own, not part of the group before.
    String text =
        "CHAPTER 1\nObjectives\n\nThe Parties establish a free trade area.\n\n"
            + "TRADE IN GOODS\n\nCHAPTER 2\nMarket Access\n\nEach Party shall accord national"
            + " treatment.\n\nAnnex 201.1: Country-Specific Definitions\n\nFor Canada, the"
            + " provinces.\n\nINTELLECTUAL PROPERTY\n\nCHAPTER 3\nIntellectual Property\n\n"
            + "Each Party shall protect intellectual property.\n";
    assertEquals(
        List.of(
            "HEADING [] CHAPTER 1 Objectives",
            "PARAGRAPH [CHAPTER 1 Objectives] The Parties establish a free trade area.",
            "HEADING [] TRADE IN GOODS",
            "HEADING [TRADE IN GOODS] CHAPTER 2 Market Access",
            "PARAGRAPH [TRADE IN GOODS, CHAPTER 2 Market Access] Each Party shall accord national"
                + " treatment.",
            "HEADING [] Annex 201.1: Country-Specific Definitions",
            "PARAGRAPH [Annex 201.1: Country-Specific Definitions] For Canada, the provinces.",
            "HEADING [] INTELLECTUAL PROPERTY",
            "HEADING [INTELLECTUAL PROPERTY] CHAPTER 3 Intellectual Property",
            "PARAGRAPH [INTELLECTUAL PROPERTY, CHAPTER 3 Intellectual Property] Each Party shall"
                + " protect intellectual property."),
        outline(text));
  }

  @Test
  void aNumberedLineAsWideAsTheTextsLinesIsAWrappedParagraphNotATitle() {
    // Its words would pass for a title, but the line fills the width the text is wrapped at.
    String text =
        "ARTICLE 275: Climate Change\n"
            + "1. Bearing in mind the United Nations Framework Convention on Climate\n"
            + "Change (hereinafter referred to as UNFCCC) and the Kyoto Protocol,\n"
            + "the Parties recognise that climate change is an issue of common and\n"
            + "global concern that calls for the widest possible cooperation by all\n"
            + "countries and their participation in an effective international response.\n\n"
            + "2. Reporting\n"
            + "The Parties shall report on the measures they take under this Article,\n"
            + "at least once every two years, to the Trade and Sustainable Development\n"
            + "Sub-committee established by this Title, which shall review them.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 275: Climate Change",
            "PARAGRAPH [ARTICLE 275: Climate Change] 1. Bearing in mind the United Nations"
                + " Framework Convention on Climate Change (hereinafter referred to as UNFCCC) and"
                + " the Kyoto Protocol, the Parties recognise that climate change is an issue of"
                + " common and global concern that calls for the widest possible cooperation by"
                + " all countries and their participation in an effective international response.",
            "HEADING [ARTICLE 275: Climate Change] 2. Reporting",
            "PARAGRAPH [ARTICLE 275: Climate Change, 2. Reporting] The Parties shall report on the"
                + " measures they take under this Article, at least once every two years, to the"
                + " Trade and Sustainable Development Sub-committee established by this Title,"
                + " which shall review them."),
        outline(text));
  }

  @Test
  void aLineCitingAnArticleWhoseTitleRunsOntoTheNextLineIsNoHeading() {
    // "Article 11.3 (Cross-Border Trade in Services – National" reads like an article and its
    // title, but the parenthesis it opens closes on the next line, in the middle of a sentence.
    String text =
        "ARTICLE 22.4: Taxation\n"
            + "1. Subject to paragraphs 2 and 3:\n\n"
            + "Article 3.3 (National Treatment and Market Access for Goods\n"
            + "– National Treatment) applies to a taxation measure; and\n\n"
            + "Article 11.3 (Cross-Border Trade in Services – National\n"
            + "Treatment) and Article 13.3 (Financial Services – National\n"
            + "Treatment) apply to a taxation measure on income.\n\n"
            + "ARTICLE 22.5: Balance of Payments\n"
            + "A Party may adopt a measure.\n";
    assertEquals(
        List.of(
            "HEADING [] ARTICLE 22.4: Taxation",
            "PARAGRAPH [ARTICLE 22.4: Taxation] 1. Subject to paragraphs 2 and 3:",
            "PARAGRAPH [ARTICLE 22.4: Taxation] Article 3.3 (National Treatment and Market Access"
                + " for Goods – National Treatment) applies to a taxation measure; and",
            "PARAGRAPH [ARTICLE 22.4: Taxation] Article 11.3 (Cross-Border Trade in Services –"
                + " National Treatment) and Article 13.3 (Financial Services – National"
                + " Treatment) apply to a taxation measure on income.",
            "HEADING [] ARTICLE 22.5: Balance of Payments",
            "PARAGRAPH [ARTICLE 22.5: Balance of Payments] A Party may adopt a measure."),
        outline(text));
  }

  @Test
  void theLastSubHeadingOfAnArticleStaysInItBeforeTheNextArticle() {
    // Each paragraph of Article 843 has a title; the last, right before Article 844, is no group
    // of the articles after it.
    String text =
        "CHAPTER EIGHT\nInvestment\n\n"
            + "ARTICLE 843: General\n"
            + "Service of Documents\n\n"
            + "1. Delivery of notice shall be made to the Party.\n\n"
            + "Receipts under Insurance or Guarantee Contracts\n\n"
            + "2. A disputing Party shall not assert that the investor has received an indemnity.\n\n"
            + "Waiver of Rights\n\n"
            + "ARTICLE 844: Exclusions\n"
            + "The provisions of this Section shall not apply to the matters in Annex 844.1.\n\n"
            + "ARTICLE 845: Termination\n"
            + "This Agreement shall remain in force.\n";
    List<String> headings = headings(text);
    assertTrue(
        headings.contains("2 [CHAPTER EIGHT Investment] ARTICLE 844: Exclusions"),
        headings.toString());
    assertTrue(
        headings.contains("2 [CHAPTER EIGHT Investment] ARTICLE 845: Termination"),
        headings.toString());
  }

  @Test
  void aTitleLineBeforeArticlesNumberedAfreshStillGroupsThem() {
    String text =
        "PART ONE\nObjectives\n\n"
            + "ARTICLE 101: Objectives\n"
            + "Scope\n\nThe Parties establish a free trade area.\n\n"
            + "Definitions\n\nFor the purposes of this Agreement, terms are defined.\n\n"
            + "Trade In Goods\n\n"
            + "ARTICLE 201: Scope\nThis Chapter applies to trade in goods.\n\n"
            + "ARTICLE 202: National Treatment\nEach Party shall accord national treatment.\n";
    List<String> headings = headings(text);
    assertTrue(
        headings.contains(
            "3 [PART ONE Objectives, Trade In Goods] ARTICLE 202: National Treatment"),
        headings.toString());
  }

  @Test
  void aTableOfContentsLineHoldingTwoAnnexesOpensNoAnnex() {
    // Read as an annex, it held every chapter after it.
    String text =
        "Exceptions\n\nFinal Provisions\n\n"
            + "ANNEX I: Schedule of Canada ANNEX II: Tariff Schedule of Jordan\n\n"
            + "CHAPTER 1\nInitial Provisions\n\nARTICLE 1-1: Establishment\nText.\n\n"
            + "CHAPTER 2\nCustoms\n\nARTICLE 2-1: Scope\nText.\n";
    List<String> headings = headings(text);
    assertTrue(headings.contains("1 [] CHAPTER 1 Initial Provisions"), headings.toString());
    assertTrue(headings.contains("1 [] CHAPTER 2 Customs"), headings.toString());
  }

  @Test
  void aTitleLineLeavingAParenthesisOpenIsNoTitle() {
    String text =
        "AGREEMENT ON TRADE AND ECONOMIC COOPERATION\n\n"
            + "The Government of the Swiss Confederation (hereinafter called\n"
            + "Switzerland)\n\n"
            + "ARTICLE 1: Objective\n"
            + "The Parties shall develop trade.\n";
    assertEquals(
        List.of("1 [] AGREEMENT ON TRADE AND ECONOMIC COOPERATION", "1 [] ARTICLE 1: Objective"),
        headings(text));
  }

  @Test
  void aChapterAfterSeveralAnnexesOfThePreviousChapterGoesOnWithTheChapters() {
    String text =
        "Chapter 3 Rules of Origin\n\nGoods are originating.\n\nAnnex 3A Product Rules\n\n"
            + "Chapter 1 of the Harmonized System.\n\nAnnex 3B Certificate\n\n"
            + "The certificate is issued.\n\nChapter 4 Customs\n\nCustoms cooperate.\n";
    assertEquals(
        List.of(
            "HEADING [] Chapter 3 Rules of Origin",
            "PARAGRAPH [Chapter 3 Rules of Origin] Goods are originating.",
            "HEADING [] Annex 3A Product Rules",
            "PARAGRAPH [Annex 3A Product Rules] Chapter 1 of the Harmonized System.",
            "HEADING [] Annex 3B Certificate",
            "PARAGRAPH [Annex 3B Certificate] The certificate is issued.",
            "HEADING [] Chapter 4 Customs",
            "PARAGRAPH [Chapter 4 Customs] Customs cooperate."),
        outline(text));
  }
}
