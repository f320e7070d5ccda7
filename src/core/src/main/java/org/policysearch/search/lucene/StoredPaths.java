package org.policysearch.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.policysearch.index.Fields;

/**
 * Reads chunks' section paths alone from the stored fields: what a folded passage shows beside its
 * document's title, read with the window that found it rather than by opening its document, which
 * made a page of folded hits cost a third more.
 */
final class StoredPaths {
  private final StoredFields fields;

  StoredPaths(IndexSearcher searcher) throws IOException {
    fields = searcher.storedFields();
  }

  /** The headings above chunk {@code doc} (an index id), outermost first. */
  List<String> of(int doc) {
    List<String> path = new ArrayList<>(4);
    try {
      fields.document(
          doc,
          new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) {
              return field.name.equals(Fields.SECTION_PATH) ? Status.YES : Status.NO;
            }

            @Override
            public void stringField(FieldInfo field, String value) {
              path.add(value);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }
}
