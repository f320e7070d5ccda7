package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader();

  private SourceText read(String html) {
    return reader.read(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void turnsHeadingsListsAndParagraphsIntoMarkdownBlocks() {
    String html =
        """
        <!DOCTYPE html>
        <html><head><title>Korea &amp; Italy sign MoU</title>
        <style>p { color: red }</style></head>
        <body>
        <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
        <header><p>Site banner</p></header>
        <h1>Korea &amp; Italy   sign
          MoU</h1>
        <p>Leaders met in <b>Seoul</b> on Monday&nbsp;to sign it.</p>
        <script>var tracking = "do not index";</script>
        <h2>Areas of cooperation</h2>
        <ul>
          <li>Artificial intelligence</li>
          <li><p>Semiconductors</p>
            <ul><li>AI chips</li></ul>
          </li>
        </ul>
        <div>Officials said &ldquo;more to come&rdquo;.<div>Nested block</div></div>
        <blockquote>A quoted passage.</blockquote>
        <table><tr><th>Sector</th><th>Lead</th></tr><tr><td>Aerospace</td><td>Italy</td></tr></table>
        <p>Line one<br>line two</p>
        <footer>Copyright 2025</footer>
        </body></html>
        """;

    SourceText text = read(html);

    assertEquals("Korea & Italy sign MoU", text.title());
    assertEquals(
        """
        # Korea & Italy sign MoU

        Leaders met in Seoul on Monday to sign it.

        ## Areas of cooperation

        - Artificial intelligence

        - Semiconductors

        - AI chips

        Officials said \u201cmore to come\u201d.

        Nested block

        A quoted passage.

        Sector | Lead

        Aerospace | Italy

        Line one
        line two""",
        text.text());
  }

  @Test
  void pressReleaseKeepsItsTextAndNoneOfThePageAroundIt() {
    SourceText text = read(TestPages.PRESS_RELEASE);

    assertEquals("Korea and Italy sign MoU on semiconductors", text.title());
    assertEquals(
        """
        # Korea and Italy sign MoU on semiconductors

        Seoul, 12 March 2025 \u2014 The Republic of Korea and Italy signed a memorandum of \
        understanding on semiconductor supply chains.

        ## Next steps

        Korean and Italian research institutes will exchange engineers from next year.""",
        text.text());
    assertEquals(List.of(), text.warnings());
  }

  @Test
  void pageWithoutMainLosesBoilerplateNamedByClassRoleOrMadeOfLinks() {
    String html =
        """
        <body><div id="page" class="site has-sidebar">
          <div class="cookieConsent"><p>This site uses cookies.</p></div>
          <div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a></div>
          <div class="content">
            <h1>Joint Statement on Quantum Cooperation</h1>
            <div class="social-share"><a href="/x">X</a> <a href="/in">LinkedIn</a></div>
            <p>Japan and Canada will fund joint <a href="/q">quantum sensing</a> research.</p>
            <p class="shareholder-note">Shareholders of the consortium report every year.</p>
            <div class="main-content-sidebar-free"><p>The statement takes effect today.</p></div>
            <h2>See also</h2>
            <ul>
              <li><a href="/1">Germany and France on batteries</a></li>
              <li><a href="/2">Brazil and India on biofuels</a></li>
              <li><a href="/3">Mexico and Chile on lithium</a></li>
            </ul>
          </div>
          <div class="widget">
            <h3>Latest news</h3>
            <a href="/4">Germany opens an embassy</a> <a href="/5">France hosts a summit</a>
            <a href="/6">India launches a satellite</a>
          </div>
          <div role="complementary"><p>Brazil in focus</p></div>
          <div class="promo"><p>Visit our exhibition on Mexico.</p></div>
          <section id="comments"><h3>Comments</h3><p>Great news for Chile!</p></section>
        </div></body>
        """;

    SourceText text = read(html);

    assertEquals(
        """
        # Joint Statement on Quantum Cooperation

        Japan and Canada will fund joint quantum sensing research.

        Shareholders of the consortium report every year.

        The statement takes effect today.""",
        text.text());
  }

  @Test
  void dialogsAndBannersInsideMainAreDropped() {
    String html =
        """
        <main>
          <div class="consent" aria-modal="true"><p>Allow cookies?</p></div>
          <p>Italy and Japan renew their space accord.</p>
          <div role="alertdialog"><p>Your session expires soon.</p></div>
          <div class="promo-banner"><p>Visit the exhibition!</p></div>
        </main>
        """;

    assertEquals("Italy and Japan renew their space accord.", read(html).text());
  }

  @Test
  void whatThePageHidesIsNoText() {
    String html =
        """
        <main>
          <p>Italy and Japan renew their space accord.</p>
          <div hidden><p>Loading the comments…</p></div>
          <span aria-hidden="true">★★★</span>
          <div style="display: none"><p>Sorry, this video is not available.</p></div>
          <ul style="VISIBILITY:hidden"><li>Settings</li><li>Full screen</li></ul>
        </main>
        """;

    assertEquals("Italy and Japan renew their space accord.", read(html).text());
  }

  @Test
  void aBylineAndItsAuthorsBioAreNoText() {
    String html =
        """
        <article><h1>Impeachment vote fails in Seoul</h1>
          <div class="article-body__byline">By <span class="byline-name">Stella Kim</span></div>
          <p>The motion fell short of the votes it needed.</p>
          <p class="byline-bio">Stella Kim is a freelance producer based in Seoul.</p>
        </article>
        """;

    assertEquals(
        "# Impeachment vote fails in Seoul\n\nThe motion fell short of the votes it needed.",
        read(html).text());
  }

  @Test
  void aKickerAboveTheHeadlineIsNoSection() {
    String html =
        """
        <article><h3 class="kicker"><a href="/world/africa">Africa</a></h3>
          <h1>United States to Lift Sudan Sanctions</h1>
          <p>The country will be able to trade with the United States.</p>
          <h2>Aid groups</h2><p>Access will improve.</p>
        </article>
        """;

    assertEquals(
        """
        # United States to Lift Sudan Sanctions

        The country will be able to trade with the United States.

        ## Aid groups

        Access will improve.""",
        read(html).text());
  }

  @Test
  void anArticleHiddenUntilAScriptShowsItIsStillRead() {
    String html =
        """
        <body><div class="nojs-hide" style="display:none">
          <h1>Joint statement</h1>
          <p>The leaders met in Rome.</p><p>They agreed on chips.</p><p>And on space.</p>
        </div></body>
        """;

    assertEquals(
        """
        # Joint statement

        The leaders met in Rome.

        They agreed on chips.

        And on space.""",
        read(html).text());
  }

  @Test
  void aFormIsNoTextUnlessItWrapsThePage() {
    String login =
        """
        <article><p>The ministers signed the roadmap.</p>
          <form action="/login"><label>Username *</label><input name="u">
            <p>Login with your social network</p></form></article>
        """;
    // ASP.NET sites wrap the whole page in one form.
    String wrapped =
        """
        <body><form id="aspnetForm" action="/default.aspx">
          <h1>Memorandum of understanding</h1>
          <p>The Participants intend to cooperate.</p><p>On research.</p><p>On trade.</p>
        </form></body>
        """;

    assertEquals("The ministers signed the roadmap.", read(login).text());
    assertEquals(
        """
        # Memorandum of understanding

        The Participants intend to cooperate.

        On research.

        On trade.""",
        read(wrapped).text());
  }

  @Test
  void wrapperNamedLikeASidebarKeepsTheTextItHolds() {
    String html =
        """
        <body><div class="container sidebar-left">
          <div class="toc"><a href="#a1">Article 1</a> <a href="#a2">Article 2</a>
            <a href="#a3">Article 3</a></div>
          <p>The Parties agree as follows.</p>
          <h3 id="a1">Article 1</h3><p>Each Party shall fund research.</p>
          <h3 id="a2">Article 2</h3><p>The Agreement may be amended.</p>
          <div class="sidebar"><p>Other treaties</p></div>
        </div></body>
        """;

    assertEquals(
        """
        The Parties agree as follows.

        ### Article 1

        Each Party shall fund research.

        ### Article 2

        The Agreement may be amended.""",
        read(html).text());
  }

  @Test
  void headingLeftWithNothingUnderItIsDropped() {
    String html =
        """
        <main><p>The accord enters into force today.</p>
        <div class="page-feedback"><h2>Is this page useful?</h2><button>Yes</button></div></main>
        """;

    assertEquals("The accord enters into force today.", read(html).text());
  }

  @Test
  void deeplyNestedPageIsRead() {
    String html = "<div>".repeat(5_000) + "<p>Deep text.</p>" + "</div>".repeat(5_000);

    assertEquals("Deep text.", read(html).text());
  }

  @Test
  void articleKeepsItsOwnHeaderAndTheHeadingAboveIt() {
    String html =
        """
        <body><header><p>Site name</p></header>
        <div class="layout"><h1>Korea and Italy sign MoU</h1>
          <article><header><h2>Summary</h2><p>By the press office</p></header>
            <p>Leaders met in Seoul.</p></article>
        </div></body>
        """;

    assertEquals(
        "# Korea and Italy sign MoU\n\n## Summary\n\nBy the press office\n\nLeaders met in Seoul.",
        read(html).text());
  }

  @Test
  void ofSeveralArticlesTheOneWithMostTextIsTheContent() {
    String html =
        """
        <body>
        <article><h2>Earlier release</h2><p>A teaser.</p></article>
        <article><h1>Chips Accord</h1><p>The parties agree to share research on chip design
          and to meet every year.</p><article><p>A reader comment.</p></article></article>
        <article><h2>Later release</h2><p>Another teaser.</p></article>
        </body>
        """;

    assertEquals(
        "# Chips Accord\n\nThe parties agree to share research on chip design and to meet every"
            + " year.\n\nA reader comment.",
        read(html).text());
  }

  @Test
  void mainWrappingSeveralArticlesKeepsThemAll() {
    String html =
        """
        <body><div><p>Outside</p></div><main><article><p>First part.</p></article>
        <article><p>Second, longer part of the text.</p></article></main></body>
        """;

    assertEquals("First part.\n\nSecond, longer part of the text.", read(html).text());
  }

  @Test
  void emptyMainFallsBackToTheBodyWithoutItsBoilerplate() {
    String html =
        """
        <body><main></main><aside>Related links</aside>
        <div><p>The text sits outside the empty main.</p></div></body>
        """;

    SourceText text = read(html);

    assertEquals("The text sits outside the empty main.", text.text());
    assertEquals(List.of(), text.warnings());
  }

  @Test
  void pageWhoseOnlyTextLooksLikeBoilerplateIsKeptWithAWarning() {
    SourceText text = read("<body><aside><p>A note on the Korea visit.</p></aside></body>");

    assertEquals("A note on the Korea visit.", text.text());
    assertEquals(List.of(HtmlReader.WHOLE_PAGE_WARNING), text.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "})
  void titleLosesTheSiteNameAfterASeparator(String separator) {
    String html =
        "<title>Korea and Italy sign MoU"
            + separator
            + "Ministry of Foreign Affairs</title><p>T</p>";

    assertEquals("Korea and Italy sign MoU", read(html).title());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "MOFA | Korea and Italy sign MoU; Korea and Italy sign MoU",
        "US-Korea Deal; US-Korea Deal",
        "US - Korea Deal; US - Korea Deal",
        "News | MOFA; News | MOFA",
        "Joint Statement | The White House; Joint Statement",
        "Press releases | Korea and Italy sign MoU | MOFA; Press releases | Korea and Italy sign MoU"
      })
  void titleLosesAPartOnlyWhenWhatRemainsIsATitle(String declared, String expected) {
    assertEquals(expected, read("<title>" + declared + "</title><p>T</p>").title());
  }

  @Test
  void titleIsTheH1WhenTheTitleIsMadeOfIt() {
    String html =
        """
        <title>Press releases | Korea - Italy MoU | MOFA</title>
        <header><h1>MOFA</h1></header><main><h1>Korea - Italy MoU</h1><p>T</p></main>
        """;

    assertEquals("Korea - Italy MoU", read(html).title());
  }

  @Test
  void titleIsTheOpenGraphTitleLessTheSiteName() {
    String html =
        """
        <head><title>Home | Ministry</title>
        <meta property="og:title" content="Chips Accord signed | Ministry of Trade">
        <meta property="og:site_name" content="Ministry of Trade"></head><p>T</p>
        """;

    assertEquals("Chips Accord signed", read(html).title());
  }

  @Test
  void titleLosesTheSiteNameThePageDeclaresEvenBeforeIt() {
    String html =
        """
        <head><title>Ministry of Foreign Affairs \u2013 Korea and Italy sign MoU</title>
        <meta property="og:site_name" content="Ministry of Foreign Affairs"></head><p>T</p>
        """;

    assertEquals("Korea and Italy sign MoU", read(html).title());
  }

  @Test
  void aTitleInAScriptWrittenWithoutSpacesIsNoFileName() {
    String html =
        "<html><head><title>两会关注点大不同_教育频道_中国青年网</title></head>"
            + "<body><p>学子对两会的关注点。</p></body></html>";

    assertEquals("两会关注点大不同_教育频道_中国青年网", read(html).title());
  }

  @Test
  void titleFallsBackToFirstH1() {
    SourceText text = read("<html><body><h1>Joint Statement</h1><p>Text.</p></body></html>");

    assertEquals("Joint Statement", text.title());
  }

  @Test
  void headingLevelsBecomeHashCounts() {
    SourceText text = read("<h3>Annex</h3><h6>Note</h6>");

    assertEquals("### Annex\n\n###### Note", text.text());
  }

  @Test
  void aDefinitionReadsWithItsTerm() {
    SourceText text =
        read(
            "<main><dl><dt>Working group</dt><dd>Meets every quarter.</dd>"
                + "<dt>Date:</dt><dd><p>17 November 2025</p></dd><dd>Second sitting.</dd></dl>"
                + "</main>");

    assertEquals(
        "Working group: Meets every quarter.\n\nDate: 17 November 2025\n\nSecond sitting.",
        text.text());
  }

  @Test
  void aHeadingsPermalinkSignIsNotPartOfIt() {
    // As Sphinx, MkDocs and GitHub render headings: a sign linking to the heading itself.
    SourceText text =
        read(
            "<h1>Joint Statement<a class=\"headerlink\" href=\"#joint\">¶</a></h1>"
                + "<h2><a href=\"#scope\" aria-hidden=\"true\">#</a>1. Scope</h2><p>Text.</p>"
                + "<h2>Annex <a href=\"#annex-1\">1</a></h2><p>More.</p>");

    assertEquals("# Joint Statement\n\n## 1. Scope\n\nText.\n\n## Annex 1\n\nMore.", text.text());
    assertEquals("Joint Statement", text.title());
  }

  @Test
  void aPagesPublicationDateIsReadAsNewsroomsDeclareIt() {
    String body = "<body><article><h1>Arcadia and Borealia sign MoU</h1><p>Text.</p></article>";
    assertEquals(
        "2025-11-17",
        read("<head><meta property=\"article:published_time\" content=\"2025-11-17T09:30:00+09:00\">"
                + "</head>"
                + body)
            .published());
    assertEquals(
        "2024-03-02",
        read("<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2024-03-02T10:00:00Z\"}</script></head>"
                + body)
            .published());
    assertEquals(
        "2023-05-06",
        read("<article><h1>Statement</h1><time datetime=\"2023-05-06\">6 May</time><p>Text.</p>"
                + "</article>")
            .published());
    assertEquals(
        "2024-04-20",
        read("<head><meta name=\"parsely-pub-date\" content=\"2024-04-20T04:20:00.000Z\"></head>"
                + body)
            .published());
    // No day that exists, or none declared: no date.
    assertEquals(
        null, read("<head><meta name=\"date\" content=\"2025-13-40\"></head>" + body).published());
    assertEquals(null, read(body).published());
  }

  @Test
  void aPageDeclaresItselfANewsArticleInItsJsonLd() {
    String body = "<body><article><h1>Chips accord</h1><p>Text.</p></article></body>";

    assertTrue(
        read("<head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                + " \"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": [\"ReportageNewsArticle\"]}]}"
                + "</script></head>"
                + body)
            .newsArticle());
    assertFalse(
        read("<head><script type=\"application/ld+json\">{\"@type\": \"Article\"}</script></head>"
                + body)
            .newsArticle());
    assertFalse(read(body).newsArticle());
  }

  @Test
  void aPageNamesItsPublisherAsItsSiteOrItsJsonLdPublisher() {
    String body = "<body><article><h1>Chips accord</h1><p>Text.</p></article></body>";

    assertEquals(
        "BBC News",
        read("<head><meta property=\"og:site_name\" content=\"BBC News\"></head>" + body)
            .publisher());
    assertEquals(
        "The White House",
        read("<head><script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"publisher\":"
                + " {\"@type\": \"Organization\", \"name\": \"The White House\"}}</script></head>"
                + body)
            .publisher());
    assertNull(read(body).publisher());
  }

  @Test
  void decomposedAccentsAreComposed() {
    SourceText text = read("<p>Re\u0301publique fran\u00e7aise</p>");

    assertEquals("R\u00e9publique fran\u00e7aise", text.text());
  }

  @Test
  void pageWithOnlyScriptsHasNoText() {
    var e =
        assertThrows(
            UnreadableSourceException.class,
            () -> read("<html><body><script>alert(1)</script><nav>Menu</nav></body></html>"));
    assertEquals("no text in HTML", e.getMessage());
  }

  @Test
  void emptyFileIsRejected() {
    var e = assertThrows(UnreadableSourceException.class, () -> read("  \n"));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void utf16PageIsRead() {
    String html = "<html><head><title>Accord</title></head><body><p>Coopération.</p></body></html>";

    for (String page : List.of("\uFEFF" + html, html)) {
      SourceText text = reader.read(page.getBytes(StandardCharsets.UTF_16LE));

      assertEquals("Coopération.", text.text());
      assertEquals("Accord", text.title());
    }
  }

  @Test
  void aPageInUtf8IsReadAsUtf8WhateverItsMetaSays() {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            + "<title>人工智能</title></head><body><p>新电脑已可利用记忆自学。</p></body></html>";

    SourceText text = reader.read(html.getBytes(StandardCharsets.UTF_8));

    assertEquals("新电脑已可利用记忆自学。", text.text());
    assertEquals("人工智能", text.title());
  }

  @Test
  void aPageInItsDeclaredLegacyCharsetIsReadInIt() {
    String html =
        "<html><head><meta charset=\"windows-1252\"><title>Accord</title></head>"
            + "<body><p>Coopération – “en vigueur”.</p></body></html>";

    SourceText text = reader.read(html.getBytes(Charset.forName("windows-1252")));

    assertEquals("Coopération – “en vigueur”.", text.text());
  }

  @Test
  void aPageOfUnknownCharsetThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
    for (String declared : List.of("<meta charset=\"x-no-such-charset\">", "")) {
      String html =
          "<html><head>"
              + declared
              + "<title>Accord</title></head><body><p>Coopération au café.</p></body></html>";

      SourceText text = reader.read(html.getBytes(Charset.forName("windows-1252")));

      assertEquals("Coopération au café.", text.text(), declared);
      assertEquals(List.of(HtmlReader.LEGACY_WARNING), text.warnings(), declared);
    }
  }

  @Test
  void binaryFileNamedHtmlIsRejected() {
    byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(content));
    assertEquals("binary content, not HTML", e.getMessage());
  }

  @Test
  void aFramesetPageIsReadFromItsNoframesText() {
    String html =
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\">"
            + "<html><head><title>Agreement on Fisheries</title></head>"
            + "<frameset cols=\"20%,80%\"><frame src=\"menu.html\"><frame src=\"text.html\">"
            + "<noframes><body><h1>Agreement on Fisheries</h1>"
            + "<h2>Article 1</h2><p>The Parties shall <b>cooperate</b> on fisheries.</p>"
            + "</body></noframes></frameset></html>";

    SourceText text = read(html);

    assertEquals(
        "# Agreement on Fisheries\n\n## Article 1\n\nThe Parties shall cooperate on fisheries.",
        text.text());
    assertEquals("Agreement on Fisheries", text.title());
  }

  @Test
  void aFramesetPageWithoutNoframesTextIsSkippedSayingWhereItsTextIs() {
    String html =
        "<html><head><title>Treaty</title></head><frameset rows=\"50%,50%\">"
            + "<frame src=\"a.html\"><frameset cols=\"*,*\"><frame src=\"b.html\"></frameset>"
            + "</frameset></html>";

    var e = assertThrows(UnreadableSourceException.class, () -> read(html));
    assertEquals("a frameset page: its text is in the frames' own files", e.getMessage());
  }

  @Test
  void noframesTextInAnOrdinaryPageIsNoText() {
    String html =
        "<html><body><p>The ministers met in Rome.</p>"
            + "<noframes>Your browser does not show frames.</noframes></body></html>";

    assertEquals("The ministers met in Rome.", read(html).text());
  }
}
