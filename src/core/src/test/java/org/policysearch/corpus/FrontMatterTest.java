package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void aBlockOfFieldsBetweenTwoRulesOpeningTheTextIsFrontMatter() {
    FrontMatter.Split split =
        FrontMatter.split("---\ntitle: Scope\ndate: 2025-01-02\n...\nText.\n");

    assertEquals("title: Scope\ndate: 2025-01-02\n", split.yaml());
    assertEquals("Text.\n", split.body());
    assertNull(split.warning());
  }

  @Test
  void aRuleOverProseOrABlockThatNeverClosesIsText() {
    String rule = "---\nThe Parties met in Seoul.\n---\nThey agreed.\n";
    String open = "---\ntitle: Scope\nText without an end to the block.\n";

    assertEquals(rule, FrontMatter.split(rule).body());
    assertNull(FrontMatter.split(rule).yaml());
    assertEquals(open, FrontMatter.split(open).body());
    assertNull(FrontMatter.split("Text.\n---\ntitle: Scope\n---\n").yaml());
  }

  @Test
  void aBrokenBlockOfFieldsIsKeptAsTextWithAWarning() {
    String text = "---\ntitle: \"Scope\ndate: [2025\n---\nText.\n";

    FrontMatter.Split split = FrontMatter.split(text);

    assertNull(split.yaml());
    // Its fields are text; its lines of dashes are not, or the last field would read as a heading.
    assertEquals("title: \"Scope\ndate: [2025\n\nText.\n", split.body());
    assertTrue(split.warning().startsWith("front matter is not valid YAML, kept as text"));
  }
}
