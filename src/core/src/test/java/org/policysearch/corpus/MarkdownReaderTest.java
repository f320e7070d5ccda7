package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  private SourceText read(String markdown) {
    return reader.read(markdown.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void inlineMarkupIsTheTextAReaderSees() {
    SourceText text =
        read(
            """
            # **Joint Statement** on *Quantum* Cooperation

            The [Government of Japan](https://www.mofa.go.jp) and Canada affirmed
            their commitment to __quantum__ research ([full text][1]) \\*today\\*.

            ![Leaders at the signing](photo.jpg)

            [1]: https://example.org/full-text
            """);

    assertEquals("Joint Statement on Quantum Cooperation", text.title());
    assertEquals(
        "# Joint Statement on Quantum Cooperation\n\n"
            + "The Government of Japan and Canada affirmed\n"
            + "their commitment to quantum research (full text) *today*.\n\n"
            + "Leaders at the signing\n",
        text.text());
  }

  @Test
  void listsTablesAndUnderlinedHeadingsKeepTheOutlineParsersConventions() {
    SourceText text =
        read(
            """
            Critical Minerals Strategy
            ==========================

            3. Map `twelve` minerals.
            4. Set recycling targets:
               - for lithium;
               - for cobalt.

            | Partner | Focus |
            |---------|:-----:|
            | Australia | *Lithium* |
            """);

    assertEquals("Critical Minerals Strategy", text.title());
    assertEquals(
        "# Critical Minerals Strategy\n\n"
            + "3. Map twelve minerals.\n\n"
            + "4. Set recycling targets:\n\n"
            + "- for lithium;\n\n"
            + "- for cobalt.\n\n"
            + "Partner | Focus\n\n"
            + "Australia | Lithium\n",
        text.text());
  }

  @Test
  void theFrontMatterIsStillKeptApart() {
    SourceText text = read("---\ntitle: Scope\n---\nSome *text*.\n");

    assertEquals("title: Scope\n", text.frontMatter());
    assertEquals("Some text.\n", text.text());
  }
}
