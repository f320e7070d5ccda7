package org.policysearch.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.acronyms.Definition;

/** Rebuilds the acronym table from the definitions stored with each indexed document. */
public final class IndexedAcronyms {
  private IndexedAcronyms() {}

  /**
   * The table of {@code chunks}, one stored chunk per document id (see {@link
   * IndexedDocuments#oneChunkEach}), for a caller that reads them for more than acronyms.
   */
  public static AcronymTable table(Map<String, Document> chunks) {
    Map<String, List<Definition>> byDocument = new LinkedHashMap<>();
    for (Map.Entry<String, Document> doc : chunks.entrySet()) {
      List<Definition> definitions = new ArrayList<>();
      for (String stored : doc.getValue().getValues(Fields.ACRONYMS)) {
        Definition d = Definition.decode(stored);
        if (d != null) {
          definitions.add(d);
        }
      }
      byDocument.put(doc.getKey(), definitions);
    }
    return AcronymTable.of(byDocument);
  }
}
