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
import org.policysearch.corpus.Bloc;
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
    Set<String> sides = sides(new LinkedHashSet<>(partyCodes), source.metadata().date());
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
   * The sides of an agreement among {@code codes}, signed on {@code date} (or null): in a mixed
   * agreement, where a bloc and its member states sign with a party outside the bloc ("the European
   * Union and its Member States" and Algeria), the member states are the bloc's side, so "EU
   * Algeria" names both sides. When every party is the bloc or a member (the treaty establishing
   * it), each member is a side.
   */
  Set<String> sides(Set<String> codes, String date) {
    return sides(codes, blocs, date);
  }

  /**
   * The years after an agreement's date in which a state joining its bloc is still taken for one of
   * the bloc's side: catalogues list the members when it came into force ("EU - Algeria", signed in
   * 2002, lists the 25 states of 2004), not the state the bloc signed with, which joins it a decade
   * on, if ever.
   */
  private static final int JOINING_WINDOW = 2;

  /** The fewest members a catalogue lists for them to be read as their bloc's side. */
  private static final int FEWEST_MEMBERS = 3;

  /** {@link #sides(Set, String)} with the members of {@code blocs}. */
  static Set<String> sides(Set<String> codes, Blocs blocs, String date) {
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
    Integer year = yearOf(date);
    if (year == null) {
      return sides;
    }
    Set<String> read = sides;
    for (Bloc bloc : blocs.all()) {
      read = asBloc(read, bloc, year);
    }
    return read;
  }

  private static Integer yearOf(String date) {
    if (date == null || date.length() < 4) {
      return null;
    }
    String year = date.substring(0, 4);
    return year.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.valueOf(year) : null;
  }

  /**
   * {@code sides} with the members of {@code bloc} as the bloc, where a catalogue lists them for it
   * and no code of it: the EU's agreements in ToTA name 6 to 28 member states and the partner,
   * never the EU, so that every pair of member states stood as a pair of parties. Read so when the
   * list holds at least half the bloc's members of the agreement's year (the EC's 7 of 10 in Lomé
   * III) and another party, and the bloc's history is known: the EFTA Convention of 1960, signed by
   * states that joined the EC later, is no EC agreement.
   */
  private static Set<String> asBloc(Set<String> sides, Bloc bloc, int year) {
    if (sides.contains(bloc.code()) || bloc.history().isEmpty()) {
      return sides;
    }
    Set<String> then = bloc.membersBetween(year, year);
    Set<String> listed = new LinkedHashSet<>(bloc.membersBetween(year, year + JOINING_WINDOW));
    listed.retainAll(sides);
    if (listed.size() < FEWEST_MEMBERS
        || 2 * listed.size() < then.size()
        || listed.size() == sides.size()) {
      return sides;
    }
    Set<String> read = new LinkedHashSet<>();
    read.add(bloc.code());
    for (String side : sides) {
      if (!listed.contains(side)) {
        read.add(side);
      }
    }
    return read;
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
