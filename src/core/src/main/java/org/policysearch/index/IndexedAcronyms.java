package org.policysearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.acronyms.Definition;

/**
 * The acronym table of an index, from the definitions each document's record holds as one doc
 * value: reading them takes no stored chunk per document (a fifth of opening a million chunks).
 */
public final class IndexedAcronyms {
  /** Between two definitions in the record's value; an encoded definition holds no line break. */
  private static final String BETWEEN = "\n";

  private IndexedAcronyms() {}

  /** The record's value of {@code definitions}. */
  static BytesRef encode(List<Definition> definitions) {
    List<String> encoded = new ArrayList<>(definitions.size());
    for (Definition d : definitions) {
      encoded.add(d.encoded().replace(BETWEEN, " "));
    }
    return new BytesRef(String.join(BETWEEN, encoded));
  }

  /** The table of the documents {@code reader} holds, each document's definitions in order. */
  public static AcronymTable table(IndexReader reader) throws IOException {
    Map<String, List<Definition>> byDocument = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.DOC_ACRONYMS);
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.DOC_ID);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
          byDocument.put(
              ids.lookupOrd(ids.ordValue()).utf8ToString(), decode(values.binaryValue()));
        }
      }
    }
    return AcronymTable.of(byDocument);
  }

  private static List<Definition> decode(BytesRef value) {
    List<Definition> definitions = new ArrayList<>();
    if (value.length == 0) {
      return definitions;
    }
    String text = new String(value.bytes, value.offset, value.length, StandardCharsets.UTF_8);
    for (String encoded : text.split(BETWEEN)) {
      Definition d = Definition.decode(encoded);
      if (d != null) {
        definitions.add(d);
      }
    }
    return definitions;
  }
}
