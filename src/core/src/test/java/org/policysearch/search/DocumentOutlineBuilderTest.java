package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline built from chunks' section paths: what the contents of the document view list. */
class DocumentOutlineBuilderTest {

  @Test
  void sectionStartsAtItsHeadingAndCountsItsSubsections() {
    DocumentOutline outline =
        new DocumentOutline.Builder("doc")
            .add(0, List.of(), null) // preamble: in no section
            .add(1, List.of(), "Chapter 1")
            .add(2, List.of("Chapter 1"), null)
            .add(3, List.of("Chapter 1"), "Article 1")
            .add(4, List.of("Chapter 1", "Article 1"), null)
            .add(5, List.of("Chapter 1", "Article 1"), null)
            .add(6, List.of(), "Chapter 2")
            .add(7, List.of("Chapter 2"), null)
            .build();

    assertEquals(
        List.of(
            new DocumentOutline.Section(List.of("Chapter 1"), "Chapter 1", 1, 1, 5),
            new DocumentOutline.Section(List.of("Chapter 1", "Article 1"), "Article 1", 2, 3, 3),
            new DocumentOutline.Section(List.of("Chapter 2"), "Chapter 2", 1, 6, 2)),
        outline.sections());
    assertEquals(8, outline.chunks());
  }

  @Test
  void headingWithNothingUnderItIsStillASection() {
    DocumentOutline outline =
        new DocumentOutline.Builder("doc")
            .add(0, List.of(), "Annex A")
            .add(1, List.of(), "Annex B")
            .add(2, List.of("Annex B"), null)
            .build();

    assertEquals(
        List.of("Annex A 0 1", "Annex B 1 2"),
        outline.sections().stream()
            .map(s -> s.title() + " " + s.ordinal() + " " + s.chunks())
            .toList());
  }

  @Test
  void headingSpelledOtherwiseThanThePathBelowItIsOneSectionNamedAsThePath() {
    DocumentOutline outline =
        new DocumentOutline.Builder("doc")
            .add(0, List.of(), "PART  ONE")
            .add(1, List.of("PART ONE"), null)
            .add(2, List.of("PART ONE"), null)
            .build();

    assertEquals(
        List.of(new DocumentOutline.Section(List.of("PART ONE"), "PART ONE", 1, 0, 3)),
        outline.sections());
  }

  @Test
  void pathsNamingASectionWithoutItsHeadingChunkStillNestIt() {
    DocumentOutline outline =
        new DocumentOutline.Builder("doc")
            .add(0, List.of("Part I", "Title 1"), null)
            .add(1, List.of("Part I", "Title 2"), null)
            .build();

    assertEquals(
        List.of("1 Part I 0 2", "2 Title 1 0 1", "2 Title 2 1 1"),
        outline.sections().stream()
            .map(s -> s.depth() + " " + s.title() + " " + s.ordinal() + " " + s.chunks())
            .toList());
  }
}
