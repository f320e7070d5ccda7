package org.policysearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * One row of an export or a citation: a passage with its document's metadata, or (grouped by
 * document) a document with its best passage. The text is plain: no markup, no entities.
 *
 * @param chunkId the passage's chunk (for a document, its best passage's)
 * @param score the passage's or document's score; 0 where the order is not by relevance
 * @param typeLabel the document type as the page shows it ({@code Joint statement})
 * @param parties the document's parties, as labels
 * @param sectionPath the passage's headings, outermost first
 * @param matchingPassages how many of the document's passages match (1 for a passage row)
 * @param permalink the passage's stable address, relative to the site
 * @param page the page of its document the passage starts on, or null for a document without pages
 * @param publisher who published the document (a news site, a ministry), or null where it is not
 *     known
 */
public record ExportRow(
    String documentId,
    String chunkId,
    float score,
    String title,
    String type,
    String typeLabel,
    String date,
    List<Label> parties,
    List<String> sectionPath,
    String text,
    List<Label> countries,
    List<Label> sectors,
    int matchingPassages,
    String permalink,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
    @JsonInclude(JsonInclude.Include.NON_NULL) String publisher) {
  public ExportRow {
    parties = List.copyOf(parties);
    sectionPath = List.copyOf(sectionPath);
    countries = List.copyOf(countries);
    sectors = List.copyOf(sectors);
  }

  /** The row of a passage of {@code document}. */
  public static ExportRow of(Hit hit, DocumentSummary document) {
    return new ExportRow(
        hit.documentId(),
        hit.chunkId(),
        hit.score(),
        hit.title(),
        hit.type(),
        document == null ? hit.type() : document.typeLabel(),
        hit.date(),
        document == null ? List.of() : document.parties(),
        hit.sectionPath(),
        plain(hit.text()),
        hit.countries(),
        hit.sectors(),
        1,
        hit.permalink(),
        hit.page(),
        document == null ? null : document.publisher());
  }

  /** The row of a document result: its metadata and tags, its best passage. */
  public static ExportRow of(DocumentHit hit, DocumentSummary document) {
    Hit best = hit.passages().isEmpty() ? null : hit.passages().get(0);
    return new ExportRow(
        hit.documentId(),
        best == null ? null : best.chunkId(),
        hit.score(),
        hit.title(),
        hit.type(),
        document == null ? hit.type() : document.typeLabel(),
        hit.date(),
        document == null ? List.of() : document.parties(),
        best == null ? List.of() : best.sectionPath(),
        best == null ? "" : plain(best.text()),
        hit.countries(),
        hit.sectors(),
        hit.matchingPassages(),
        best == null ? hit.url() : best.permalink(),
        best == null ? null : best.page(),
        document == null ? null : document.publisher());
  }

  /** The row of a chunk as the document view holds it. */
  public static ExportRow of(DocumentChunk chunk, DocumentSummary document) {
    return new ExportRow(
        document.id(),
        chunk.chunkId(),
        0f,
        document.title(),
        document.type(),
        document.typeLabel(),
        document.date(),
        document.parties(),
        chunk.sectionPath(),
        plain(chunk.text()),
        chunk.countries(),
        chunk.sectors(),
        1,
        chunk.permalink(),
        chunk.page(),
        document.publisher());
  }

  /** A hit's marked, HTML-escaped text as the plain text it was made from. */
  static String plain(String marked) {
    return Parser.unescapeEntities(marked.replace("<mark>", "").replace("</mark>", ""), false);
  }
}
