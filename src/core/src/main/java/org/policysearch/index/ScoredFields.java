package org.policysearch.index;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * Gives every Lucene document each field that search scores, empty where it has none, so that the
 * fields' length norms are dense.
 *
 * <p>A field's norms are kept densely, read by document number, only when every document of a
 * segment has a value; the document records and the chunks without headings lacked the chunks'
 * fields, and the chunks the records', so every scored match found its norm through an index (7.6 %
 * of search samples on ToTA; by CPU time the records' fields saved 2–4 % of a search, the chunks'
 * fields no more than the noise). An empty field has no words: it adds a length of zero and changes
 * neither what matches nor how it scores, since Lucene's field statistics count the documents that
 * hold a word. It is not stored, and {@code SolrChunkSink} sends only values that have text.
 */
final class ScoredFields {
  /** The scored fields indexed with offsets, for highlighting. */
  private static final List<String> WITH_OFFSETS =
      List.of(Fields.TEXT, Fields.TITLE, Fields.SECTION_PATH);

  /**
   * The other scored fields: the chunks' words, and the documents' parties and text, which only the
   * records have and which the records' scores read when the parties or the document hold a query's
   * word.
   */
  private static final List<String> WITHOUT_OFFSETS =
      List.of(Fields.BODY, Fields.DOC_PARTIES, Fields.DOC_TEXT);

  private static final FieldType EMPTY_WITH_OFFSETS = emptyWithOffsets();

  private ScoredFields() {}

  private static FieldType emptyWithOffsets() {
    FieldType type = new FieldType(Fields.TEXT_WITH_OFFSETS);
    type.setStored(false);
    type.freeze();
    return type;
  }

  /**
   * Adds to {@code doc} an empty value of each scored field it does not have: replayed, like the
   * other fields, into the stream the writer hands back (every chunk lacks two or three).
   */
  static void complete(Document doc) {
    for (String name : WITH_OFFSETS) {
      if (doc.getField(name) == null) {
        doc.add(AnalysedText.NONE.field(name, null, EMPTY_WITH_OFFSETS));
      }
    }
    for (String name : WITHOUT_OFFSETS) {
      if (doc.getField(name) == null) {
        doc.add(AnalysedText.NONE.field(name, null, TextField.TYPE_NOT_STORED));
      }
    }
  }
}
