package org.policysearch.index;

import java.util.List;
import java.util.Objects;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.tagging.Tags;

/**
 * One facet, defined once: its name (the API's key, the query language's {@code name:} and the
 * Lucene field), its heading on the page, whether a chunk can have several values, and where the
 * labels of its values come from.
 *
 * @param name the API key, query-language key and Lucene field
 * @param heading what the page calls it
 * @param multiValued whether a chunk can carry several values (country) or one (year, commitment)
 * @param vocabulary where the values' labels and the names users type for them come from
 * @param level whether each chunk has its own values or every chunk its document's
 * @param values the values of a chunk (for a document-level facet, of its document: tags null)
 */
public record FacetDefinition(
    String name,
    String heading,
    boolean multiValued,
    Vocabulary vocabulary,
    Level level,
    Values values) {

  /** Whose values a facet holds. */
  public enum Level {
    /** The document's (type, year): every chunk and the record carry them. */
    DOCUMENT,
    /** Each chunk's own (its countries, its sectors): the record carries their union. */
    CHUNK
  }

  /** A facet's values for one chunk of {@code source}, tagged {@code tags}. */
  public interface Values {
    List<String> of(SourceDocument source, Tags tags);
  }

  /** Where a facet's values get their labels, and what a user may type for them. */
  public enum Vocabulary {
    /** Country and bloc codes, named by the gazetteer (IT, "Italy", "ROK"). */
    COUNTRIES,
    /** Sector ids of the sector taxonomy. */
    SECTORS,
    /** Document types, known ones labelled, others a slug of their own. */
    DOCUMENT_TYPES,
    /** Four-digit years, their own labels. */
    YEARS,
    /** Commitment strengths: binding, intent, descriptive. */
    COMMITMENTS,
    /**
     * Names as the documents give them (publishers): each its own label, and a name typed in
     * another case or spacing means the corpus's.
     */
    NAMES
  }

  public FacetDefinition {
    Objects.requireNonNull(name);
    Objects.requireNonNull(heading);
    Objects.requireNonNull(vocabulary);
    Objects.requireNonNull(level);
    Objects.requireNonNull(values);
  }
}
