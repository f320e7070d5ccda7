package org.policysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.policysearch.acronyms.Definition;
import org.policysearch.corpus.Blocs;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.tagging.Tags;

/**
 * Builds a document's record: the Lucene document written after its chunks, in the same block, that
 * stands for the document as a whole in block-join queries (a document-level match lifts every
 * chunk; results grouped by document rank and count documents).
 */
public final class DocumentRecords {
  /** How much of the document's opening the record holds, in characters, cut at a word. */
  public static final int OPENING_CHARS = 1_500;

  private final ChunkDocuments chunks;
  private final Blocs blocs;

  public DocumentRecords(ChunkDocuments chunks) {
    this(chunks, Blocs.load());
  }

  /** Records whose party count folds the members of {@code blocs} into their bloc. */
  public DocumentRecords(ChunkDocuments chunks, Blocs blocs) {
    this.chunks = chunks;
    this.blocs = blocs;
  }

  /**
   * The record of a document.
   *
   * @param source the document, with its parties
   * @param chunks the document's chunks in order
   * @param tags each chunk's tags; the record has every country and sector of any of its chunks
   * @param partyCodes the code of each of the document's parties
   * @param partyNames every name of each of the document's parties
   * @param definitions the acronyms the document defines
   * @param spelling the words of the document's title and text as a user types them
   */
  public Document toRecord(
      SourceDocument source,
      List<Chunk> chunks,
      List<Tags> tags,
      List<String> partyCodes,
      List<String> partyNames,
      List<Definition> definitions,
      Set<String> spelling)
      throws IOException {
    Document record = new Document();
    record.add(new StringField(Fields.RECORD, Fields.RECORD_VALUE, Field.Store.NO));
    record.add(new BinaryDocValuesField(Fields.DOC_ACRONYMS, IndexedAcronyms.encode(definitions)));
    // The title is not stored: a field is analysed on every Lucene document or on none, and the
    // record's title is searched in DOC_TEXT. Its chunks store it.
    this.chunks.addSharedFields(record, source);
    this.chunks.addDocumentMetadata(record, source, chunks.size());
    Set<String> sides = sides(new LinkedHashSet<>(partyCodes));
    for (String code : sides) {
      record.add(new StringField(Fields.PARTY, code, Field.Store.NO));
      // Read per document where the analyst's views count country pairs and partners.
      record.add(new SortedSetDocValuesField(Fields.PARTY, new BytesRef(code)));
    }
    record.add(new NumericDocValuesField(Fields.PARTY_COUNT, sides.size()));
    for (String name : partyNames) {
      record.add(new TextField(Fields.DOC_PARTIES, name, Field.Store.NO));
    }
    for (String value : about(ChunkDocuments.title(source), partyNames, chunks, source.text())) {
      record.add(new TextField(Fields.DOC_TEXT, value, Field.Store.NO));
    }
    // Only counted: which words exist, in how many documents (the field is on records alone).
    for (String word : spelling) {
      record.add(new StringField(Fields.SPELL, word, Field.Store.NO));
    }
    // A chunk-level facet's values on the record: every value of any of its chunks.
    for (FacetDefinition facet : FacetRegistry.at(FacetDefinition.Level.CHUNK)) {
      Set<String> values = new LinkedHashSet<>();
      for (Tags t : tags) {
        values.addAll(facet.values().of(source, t));
      }
      ChunkDocuments.addFacetValues(record, facet.name(), List.copyOf(values));
    }
    return this.chunks.finished(record);
  }

  /**
   * The sides of an agreement among {@code codes}: in a mixed agreement, where a bloc and its
   * member states sign with a party outside the bloc ("the European Union and its Member States"
   * and Algeria), the member states are the bloc's side, so "EU Algeria" names both sides. When
   * every party is the bloc or a member (the treaty establishing it), each member is a side.
   */
  Set<String> sides(Set<String> codes) {
    return sides(codes, blocs);
  }

  /** {@link #sides(Set)} with the members of {@code blocs}. */
  static Set<String> sides(Set<String> codes, Blocs blocs) {
    Set<String> sides = new LinkedHashSet<>(codes);
    for (String code : codes) {
      blocs
          .byCode(code)
          .ifPresent(
              bloc -> {
                Set<String> side = new HashSet<>(bloc.members());
                side.addAll(bloc.formerMembers());
                side.add(code);
                if (!side.containsAll(codes)) {
                  sides.removeAll(bloc.members());
                  sides.removeAll(bloc.formerMembers());
                }
              });
    }
    return sides;
  }

  /** Title, party names, each distinct heading, then the opening of the text. */
  private static List<String> about(
      String title, List<String> partyNames, List<Chunk> chunks, String text) {
    List<String> values = new ArrayList<>();
    values.add(title);
    values.addAll(partyNames);
    Set<String> headings = new LinkedHashSet<>();
    for (Chunk chunk : chunks) {
      headings.addAll(chunk.sectionPath());
    }
    values.addAll(headings);
    values.add(opening(text));
    return values;
  }

  static String opening(String text) {
    if (text.length() <= OPENING_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', OPENING_CHARS);
    return text.substring(0, cut > 0 ? cut : OPENING_CHARS);
  }
}
