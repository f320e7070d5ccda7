package org.policysearch.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The manifest of one corpus folder, read once: its rows by corpus-relative file name and the
 * warnings met reading it, so that each warning can be reported with the document it concerns.
 */
record Manifest(Map<String, DocumentMetadata> rows, List<String> warnings) {
  Manifest {
    rows = Map.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  static Manifest read(Path corpusDir) {
    MetadataFiles files = new MetadataFiles();
    Map<String, DocumentMetadata> rows = files.readManifest(corpusDir);
    return new Manifest(rows, files.warnings());
  }

  /** The row for a file, or {@link DocumentMetadata#EMPTY}. */
  DocumentMetadata row(String fileName) {
    return rows.getOrDefault(fileName, DocumentMetadata.EMPTY);
  }

  /** Warnings about the row of one file; {@link MetadataFiles} names it as {@code (file):}. */
  List<String> warningsFor(String fileName) {
    return warnings.stream().filter(w -> w.contains(" (" + fileName + "): ")).toList();
  }

  /**
   * Warnings that concern no document of the corpus: problems with the manifest as a whole, and
   * rows naming a file that is not there (most often a typo in the name).
   */
  List<String> unmatchedWarnings(Set<String> fileNames) {
    List<String> unmatched = new ArrayList<>();
    for (String warning : warnings) {
      if (fileNames.stream().noneMatch(name -> warning.contains(" (" + name + "): "))) {
        unmatched.add(warning);
      }
    }
    for (String file : new TreeSet<>(rows.keySet())) {
      if (!fileNames.contains(file)) {
        unmatched.add("manifest: no document \"" + file + "\" in the corpus, its row was ignored");
      }
    }
    return List.copyOf(unmatched);
  }
}
