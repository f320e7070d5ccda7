package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manifest of one corpus folder, read once: its rows by corpus-relative file name, each with
 * the warnings its values raised, and the warnings about lines that could not be used.
 *
 * @param rows the usable rows by file name
 * @param warnings lines ignored as a whole (not JSON, no {@code file}, a second row for a file)
 */
record Manifest(Map<String, Row> rows, List<String> warnings) {
  /**
   * One usable row.
   *
   * @param where the manifest and line it was read from, e.g. {@code manifest.jsonl:3}
   * @param metadata its values, bad ones dropped
   * @param warnings one per value dropped
   */
  record Row(String where, DocumentMetadata metadata, List<String> warnings) {
    Row {
      warnings = List.copyOf(warnings);
    }
  }

  Manifest {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows)); // in manifest order
    warnings = List.copyOf(warnings);
  }

  /** The row for a file, or {@link DocumentMetadata#EMPTY}. */
  DocumentMetadata row(String fileName) {
    Row row = rows.get(fileName);
    return row == null ? DocumentMetadata.EMPTY : row.metadata();
  }

  /** Warnings about the values of one file's row, reported with that document. */
  List<String> warningsFor(String fileName) {
    Row row = rows.get(fileName);
    return row == null ? List.of() : row.warnings();
  }

  /**
   * Warnings that concern no document of the corpus: lines that could not be used, and rows naming
   * a file that is not there (most often a typo in the name), in manifest order.
   */
  List<String> unmatchedWarnings(Set<String> fileNames) {
    List<String> unmatched = new ArrayList<>(warnings);
    rows.entrySet().stream()
        .filter(e -> !fileNames.contains(e.getKey()))
        .map(
            e ->
                e.getValue().where()
                    + ": no document \""
                    + e.getKey()
                    + "\" in the corpus, line ignored")
        .forEach(unmatched::add);
    return List.copyOf(unmatched);
  }
}
