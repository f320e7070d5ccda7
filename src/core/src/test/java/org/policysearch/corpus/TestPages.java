package org.policysearch.corpus;

/** Small HTML pages for tests, written for them. */
public final class TestPages {
  private TestPages() {}

  /**
   * A ministry press release about Korea and Italy, wrapped in the usual furniture: a skip link, a
   * cookie dialog, a share bar, a sidebar of related links and a "most read" list naming Australia
   * and China, a newsletter box and a footer.
   */
  public static final String PRESS_RELEASE =
      """
      <!DOCTYPE html>
      <html lang="en"><head>
      <title>Korea and Italy sign MoU on semiconductors | Ministry of Foreign Affairs</title>
      <meta name="viewport" content="width=device-width">
      </head><body>
      <a class="skip-link" href="#content">Skip to main content</a>
      <div id="cookie-notice" role="dialog" aria-modal="true">
        <p>We use cookies to understand how you use this site.</p>
        <button>Accept all cookies</button> <a href="/cookies">Cookie settings</a>
      </div>
      <header><a href="/">Ministry of Foreign Affairs</a></header>
      <nav><a href="/">Home</a> <a href="/press">Press</a></nav>
      <main id="content">
        <article>
          <h1>Korea and Italy sign MoU on semiconductors</h1>
          <div class="share-bar">
            <a href="https://x.com/share">Share on X</a>
            <a href="https://www.facebook.com/share">Share on Facebook</a>
            <a href="mailto:?subject=MoU">Email</a>
          </div>
          <p>Seoul, 12 March 2025 &mdash; The Republic of Korea and Italy signed a memorandum of
          understanding on semiconductor supply chains.</p>
          <h2>Next steps</h2>
          <p>Korean and Italian research institutes will exchange engineers from next year.</p>
        </article>
        <aside>
          <h2>Related links</h2>
          <ul>
            <li><a href="/au">Australia and China resume trade dialogue</a></li>
            <li><a href="/cn">China and Australia sign fisheries accord</a></li>
          </ul>
        </aside>
        <section class="newsletter-signup">
          <h2>Subscribe to our newsletter</h2>
          <p>The week's news from Australia, China and the world, every Friday.</p>
          <form><input type="email" name="email"><button>Sign up</button></form>
        </section>
      </main>
      <div class="most-read">
        <h2>Most read</h2>
        <ol>
          <li><a href="/1">Minister visits Australia</a></li>
          <li><a href="/2">Talks with China on climate</a></li>
          <li><a href="/3">Australia and China join the summit</a></li>
        </ol>
      </div>
      <footer><p>&copy; 2025 Ministry of Foreign Affairs</p></footer>
      </body></html>
      """;
}
