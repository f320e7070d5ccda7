package org.policysearch.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One source file of the corpus, read and normalised, with its metadata.
 *
 * @param id stable document id derived from the file's path inside the corpus (see {@link
 *     DocumentIds})
 * @param fileName the file's path relative to the corpus folder, with {@code /} separators
 * @param format the format it was read as
 * @param text the normalised text (see {@link SourceText} for its conventions)
 * @param metadata declared metadata completed by inference; parties may still be empty here and are
 *     inferred by the tagging stage
 * @param contentHash hash of the file's bytes and metadata, to detect changes between runs
 * @param warnings problems that did not stop the read
 */
public record SourceDocument(
    String id,
    String fileName,
    SourceFormat format,
    String text,
    DocumentMetadata metadata,
    String contentHash,
    List<String> warnings) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    warnings = List.copyOf(warnings);
  }

  /** A document made from text alone, as tests and tools build them. */
  public static SourceDocument ofText(String id, String text) {
    return new SourceDocument(
        id, id + ".txt", SourceFormat.TEXT, text, DocumentMetadata.EMPTY, "", List.of());
  }

  /** This document with other metadata (e.g. parties inferred from its text). */
  public SourceDocument withMetadata(DocumentMetadata newMetadata) {
    return new SourceDocument(id, fileName, format, text, newMetadata, contentHash, warnings);
  }
}
