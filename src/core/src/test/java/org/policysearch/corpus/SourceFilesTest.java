package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a document's source file is found again, and where it is not handed out. */
class SourceFilesTest {
  @TempDir Path dir;

  @Test
  void aDocumentsFileIsFoundByItsNameInTheCorpusWithItsFormat() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus/treaties"));
    Files.writeString(corpus.resolve("accord.md"), "# Accord\n\nText.\n");

    SourceFiles.Found found =
        SourceFiles.in(dir.resolve("corpus"), CorpusReader.Links.INSIDE_CORPUS)
            .find("treaties/accord.md")
            .orElseThrow();

    assertEquals(corpus.resolve("accord.md").toAbsolutePath(), found.path());
    assertEquals(SourceFormat.MARKDOWN, found.format());
  }

  @Test
  void aNameLeadingOutOfTheCorpusOrToNoSourceFindsNothing() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("secret.txt"), "not in the corpus\n");
    Files.writeString(corpus.resolve("notes.docx"), "not a format the reader reads\n");
    SourceFiles sources = SourceFiles.in(corpus, CorpusReader.Links.INSIDE_CORPUS);

    assertTrue(sources.find("../secret.txt").isEmpty());
    assertTrue(sources.find(dir.resolve("secret.txt").toString()).isEmpty());
    assertTrue(sources.find("notes.docx").isEmpty());
    assertTrue(sources.find("gone.txt").isEmpty());
    assertTrue(SourceFiles.NONE.find("notes.docx").isEmpty());
  }

  @Test
  void aLinkLeadingOutIsFollowedOnlyWhereTheReaderFollowsIt() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path outside = Files.writeString(dir.resolve("shared.txt"), "On a shared drive.\n");
    try {
      Files.createSymbolicLink(corpus.resolve("shared.txt"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }

    assertTrue(
        SourceFiles.in(corpus, CorpusReader.Links.INSIDE_CORPUS).find("shared.txt").isEmpty());
    assertTrue(SourceFiles.in(corpus, CorpusReader.Links.FOLLOW).find("shared.txt").isPresent());
  }
}
