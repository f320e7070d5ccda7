package org.policysearch.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The Lucene field names of a chunk document, each with the reason it is indexed the way it is. */
public final class Fields {
  private Fields() {}

  /**
   * Bumped when the schema changes, or what the indexer derives from a text (its tags, its inferred
   * parties): an index of another version is rebuilt from scratch, as an unchanged file is
   * otherwise never read again. 12: parties read from more agreements. 13: the spelling vocabulary
   * without frequencies, positions or norms. 14: each record holds its document's acronyms. 15: a
   * document's metadata is stored on its first chunk only, not on every chunk. 16: written with
   * {@link ChunkCodec} (stored fields in small blocks), which a build of 15 cannot open. 17: the
   * spelling vocabulary once per document, on its record. 18: an unnumbered heading introduces the
   * numbered sections after it (section paths change). 19: the spaces extraction lost between words
   * are put back (chunk texts change). 20: a line is judged a heading or not as it reads with its
   * lost spaces back. 21: an unnumbered heading before the first chapter groups the chapters after
   * it when a later one groups chapters. 22: "Annex 10-A according to" or "Article 4.2 of" opening
   * a wrapped line is no heading. 23: the words of treaty language the word list lacked ("de
   * minimis") are no longer split as glued words. 24: a footnote's number glued to a heading's last
   * word is left out of the heading. 25: a chapter after an annex that follows the chapter before
   * is that chapter's sibling, not part of the annex (section paths change). 26: words Porter
   * merges with a word of another meaning keep stems of their own ("national", "international").
   * 27: a numbered line as wide as a hard-wrapped text's lines, run on by the next, is a wrapped
   * paragraph, not a heading. 28: a document type given in the plural in metadata ("Reports") is
   * the known type ("report"). 29: a line leaving a parenthesis open is no heading ("Article 3.3
   * (National Treatment and" wrapped in a sentence). 30: passages that mostly cite other provisions
   * by their titles are marked ({@link #CITES}). 31: "localization" keeps a stem of its own (Porter
   * made it "local"). 32: so do "forced", "exceptions", "accession" and "securities" (Porter made
   * them "force", as in "entry into force", "except", "access", "security"). 33: a line holding two
   * headings of one kind ("ANNEX I: … ANNEX II: …") is a table of contents, no heading. 34: the
   * last of a section's title-line sub-headings stays in it, before the next section in sequence.
   * 35: 29 more words of trade policy keep stems of their own ("personal", "digital", "transit").
   * 36: nouns share their verb's stem where Porter kept them apart ("decision", "decide"). 37: so
   * do 27 more ("environmental", "environment"; "settlement", "settle"). 38: each chunk has the
   * signature of its text ({@link #SAME_TEXT}). 39: a number in a text counts in its signature
   * unless it names a provision or a footnote ("within 30 days" and "within 60 days" differ). 40:
   * sector phrases that tag nothing ("trade marks", "the quantum of fees"), and trade's customs,
   * rules of origin and trade remedies, and a heading naming several sectors leaves one to the
   * chapter under it named for it alone: a chunk's sectors change. 41: a plain name set apart by
   * blank lines under a bare section number is its name ("Sub-section 1" over "Domestic
   * regulation"), and one set apart over numbered sections is their heading ("Electronic commerce"
   * over "Sub-section 1"): section paths and chunk ordinals change. 42: the internet only as where
   * a text is published ("made available on the Internet") tags no sector. 43: satellites carrying
   * programme signals, the EU's electronic communication networks and radiocommunications are
   * telecom. 44: financial services, public procurement, the free movement of goods and industrial
   * products are trade. 45: a text that opens with its first named article ("ARTICLE 1:
   * Objectives") takes no title from it or its text; the file's name stands in. 46: each chunk of
   * 12 words or more has a sketch of its text ({@link #SAME_TEXT_SKETCH}). 47: an agreement, treaty
   * or memorandum whose title says nothing of it (its file's name, or the prose its text opens
   * with) is titled by its kind and parties ("Agreement between Japan and Thailand"). 48:
   * broadcasting defined in copyright ("by wireless means or satellite") tags no telecom, goods of
   * outer space in rules of origin no space, and "fuel, energy, catalysts" as inputs no energy. 49:
   * the mineral and mining sector, audiovisual, scientific and technological cooperation,
   * vocational training and information technology tag their sectors. 50: an inferred type is the
   * kind a text calls itself most ("this Agreement") when its title names none. 51: a title in
   * capitals opening a text run together into one long line is its title. 52: the search for a
   * title stops at a bare chapter, part, title or section number (its name is no title). 53: a
   * capital naming an instrument or a meeting ("the Paris Convention") tags no country. 54: nor
   * does a language named as one ("in the Korean, Spanish and English languages"). 55: a sector's
   * phrase never runs across punctuation it does not have itself ("information, technology"). 56: a
   * first line of two words naming the kind ("Trans-Pacific Partnership") is a title. 57: a signing
   * date in quotes or brackets ("“23” December2014", "June [2010]"), or after "This Agreement …
   * signed", is read. 58: a section numbered with a Latin adverb written onto it ("CHAPTER 8BIS",
   * "ARTICLE 8BIS.1") is a section. 59: nor does a capital an instrument is named of ("the Treaty
   * of Montevideo", "el Convenio de París"). 60: nor does a currency ("1,000 US dollars") or a
   * region named after the Americas ("the Inter-American Convention"). 61: a Spanish text's
   * preamble names its parties ("Los Gobiernos de las Repúblicas de …, DECIDIDOS A:"). 62: and so
   * do its signatures ("Por la República de Honduras"). 63–67: Spanish and French dates, kinds,
   * country names, preambles and signatures. 68: a document is searched by its sides' names. 69:
   * Spanish and French chapters and articles. 70: a PDF's running heads naming their chapter and
   * page, and its table of contents, are no text; "2 Research and skills" is a heading where "2.1"
   * comes under it, and so is a numbered question or a section over its first sub-section after an
   * open line; an HTML heading's permalink sign is no text; a publisher's line is no title, a text
   * that reports is news, a file's name names no party; a seat of government ("the White House
   * said") tags its country as a capital does; a report is known by its title; an HTML page's
   * publication date dates it where no clause does. 71: a PDF's bookmarks are its outline, and
   * where it has none, the sizes its lines are set in. 72: a Markdown file's front matter is its
   * metadata, not its text. 73: a Markdown heading underlined with === or --- is a heading; a "#"
   * opening a line of a PDF or an HTML page is not. 74: a PDF's footnotes stand after the sentence
   * its page break cut, their calls superscript. 75: Markdown is read as CommonMark, its inline
   * markup as the text it shows; a table's header row heads no rows; an HTML definition reads with
   * its term. 76: a PDF's chunks store the page they start on. 77: a PDF's cover titles it where
   * its Info does not. 78: a table of contents' heading a reader made a Markdown heading is dropped
   * with its entries. 79: what an HTML page hides, and its forms, are no text; a page in UTF-8 is
   * read as UTF-8 whatever its meta charset says; a title in Chinese or Japanese is no file name,
   * and a paragraph in them no title line. 80: a PDF's bold lines of the body's size are headings,
   * where they number no section. 81: Chinese and Japanese characters count as words, and their
   * sentences end at 。！？, so a long paragraph in them is cut into passages. 82: a web page that
   * declares itself a schema.org NewsArticle is news, unless its title opens with a kind. 83: a web
   * page takes no kind from its opening words alone. 84: a web page's publisher is the site it
   * declares. 85: a web page's bylines are no text. 86: nor the headings over its headline. 87: a
   * text without a title in a file named by a number is called by its opening words. 88: words
   * Porter merges with another of a different meaning keep their own stems: "use" is not "US",
   * "united" not "unit", "identity" not "identical", "emerging" not "emergency", "designs" not
   * "designated". 89: every chunk stores its document's publisher, which a hit shows. 90: the
   * publisher is a facet. 91: a heading that only repeats the document's title (a Markdown file's
   * "# Title", a web page's h1 headline) heads no section over its passages. 92: a line going on
   * with a sentence left open before a blank line ("the Government of", "referred to in Chapter")
   * heads no section; control characters are spaces; a template's lines recurring on every page are
   * text, not page furniture. 93: each chunk with a sketch has the number of what it commits to
   * ({@link #SAME_TEXT_COMMITMENT}): near copies that commit otherwise no longer fold; a number a
   * sentence cites on the next line ("and Article" over "75.") stays in that sentence; a formula or
   * its terms ("RVC =", "NC VNM"), or a list of names going on with a sentence, heads no section;
   * zero-padded numbers over names in their order ("03" over "Rules Of Origin") are chapters. 94: a
   * sector's acronym matches only written as one ("AI", "AIs", not a scan's "Ais"). "Renewable"
   * alone (a term, scrap) and "electric" or "electrical" tag no energy. Raw materials are critical
   * minerals only critical, strategic, mineral or mined. A satellite in a text on
   * telecommunications is no space. A defence to a claim, in defence of rights or of competition is
   * no defence sector. Agreements take the year or month of a signature clause left blank but for
   * them, and the parties a plurilateral's closing preamble or signature block names. 95: two words
   * a hyphen joins between letters are also indexed as one word at the first one's place ({@code
   * anti-dumping} also as {@code antidumping}), so either spelling finds both. 96: the member
   * states a catalogue lists for the EU, EFTA, ASEAN or SACU beside another party (most of the
   * bloc's members of the agreement's year) are the bloc's side, as when the bloc itself is listed.
   */
  public static final String SCHEMA_VERSION = "96";

  /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
  public static final String SCHEMA_KEY = "schema";

  /**
   * Chunk id: exact-match term for lookups, stored for the API, doc values for deterministic ties.
   */
  public static final String CHUNK_ID = "chunk_id";

  /** Document id: the term that deletes a document's chunks on update; doc values order ties. */
  public static final String DOC_ID = "doc_id";

  /** Position of the chunk in its document: stored, and doc values so ties keep document order. */
  public static final String ORDINAL = "ordinal";

  /**
   * The page a chunk starts on, from 1, in a document that has pages (a PDF; a text paged with form
   * feeds): stored only, for the reader to find the passage in the file and to cite it.
   */
  public static final String PAGE = "page";

  /** heading, paragraph or bullet. */
  public static final String KIND = "kind";

  /**
   * The chunk's text: analysed, with offsets in the postings so highlighting needs no re-analysis.
   */
  public static final String TEXT = "text";

  /**
   * What a word must match: the section path's headings and the chunk's text as separate values, so
   * a passage under "Leading Quantum Innovation" is found by "quantum" even when its own sentences
   * never say it. Not stored; {@link #TEXT} is what users see.
   */
  public static final String BODY = "body";

  /** Document title, analysed (with offsets, for marking) and boosted at query time; stored. */
  public static final String TITLE = "title";

  /**
   * Each heading of the section path, in order: stored for the breadcrumb, analysed so the words of
   * the headings above count, with offsets so they are marked without analysing them again.
   */
  public static final String SECTION_PATH = "section_path";

  /**
   * Lower-cased, unstemmed words of text and title: the vocabulary for "did you mean", which must
   * suggest words a user would type ("energy", not its stem "energi"). Each word once per document,
   * on its record only: the suggester reads no more than which words exist and in how many
   * documents, and a word on every chunk that says it was about a fifth of the index's postings.
   */
  public static final String SPELL = "spell";

  /** ISO date of the document, stored; {@link #DATE_SORT} orders by it. */
  public static final String DATE = "date";

  /** yyyymmdd as a number (0 when unknown) for sorting by date. */
  public static final String DATE_SORT = "date_sort";

  /**
   * When the index run that wrote the document started (epoch milliseconds), as doc values on its
   * chunks and record: the feed puts the documents of one date that a later run added first. One
   * value per run, so documents indexed together tie and keep a fixed order.
   */
  public static final String INDEXED = "indexed";

  /** Facet dimensions; each is also a plain string field so a filter is a cheap term query. */
  public static final String COUNTRY = "country";

  public static final String SECTOR = "sector";
  public static final String TYPE = "type";

  /** Who published a document (a news site, a ministry): a facet, stored on every chunk. */
  public static final String PUBLISHER = "publisher";

  public static final String YEAR = "year";

  /**
   * How firmly the chunk commits anyone to anything ({@code binding}, {@code intent}, {@code
   * descriptive}): one value per chunk, read by {@code tagging.CommitmentTagger} when indexing, so
   * an analyst can keep only the obligations.
   */
  public static final String COMMITMENT = "commitment";

  /**
   * The acronyms the chunk's document defines, one stored value each ({@code NSF<tab>National
   * Science Foundation}): on the document's first chunk, with the rest of its metadata, so a
   * document's summary reads them from one chunk and an update or deletion of the document changes
   * them in the same commit.
   */
  public static final String ACRONYMS = "acronyms";

  /**
   * On a document's record, as one binary doc value: the definitions it states (see {@link
   * IndexedAcronyms}), read for the whole index without decompressing a stored chunk per document.
   */
  public static final String DOC_ACRONYMS = "doc_acronyms";

  /**
   * Marks a document record, the Lucene document written after a document's chunks in the same
   * block: the parent of block-join queries that score or group chunks by their document. Chunks do
   * not have it.
   */
  public static final String RECORD = "record";

  /**
   * Marks a passage that mostly cites other provisions by their titles ("Articles 9.2 (National
   * Treatment), 10.2 (National Treatment)"): ranked as a heading, since it names what is said
   * elsewhere. Indexed only, with the value {@link #CITES_VALUE}.
   */
  public static final String CITES = "cites";

  /**
   * The {@link TextSignatures} signature of a chunk's text, as a doc value: the passages that read
   * the same as a better one are folded into it.
   */
  public static final String SAME_TEXT = "same_text";

  /**
   * The {@link TextSketches} sketch of a chunk's text, as a doc value, absent when it has none: the
   * passages that read nearly the same as a better one are folded into it.
   */
  public static final String SAME_TEXT_SKETCH = "same_text_sketch";

  /**
   * The {@link TextCommitments} number of a chunk's text, as a doc value, beside its sketch and
   * absent without one: a passage nearly the same as a better one folds into it only when the two
   * commit alike ("shall" in both, no "not" added), which their sketches cannot tell.
   */
  public static final String SAME_TEXT_COMMITMENT = "same_text_commitment";

  /** The value of {@link #CITES} on a passage that mostly cites. */
  public static final String CITES_VALUE = "mostly";

  /** The value of {@link #RECORD} on every document record. */
  public static final String RECORD_VALUE = "document";

  /**
   * On a document record: the names of the document's parties ("Korea", "Republic of Korea", "South
   * Korea" for KR), so a query that names a country finds the documents it is party to.
   */
  public static final String DOC_PARTIES = "doc_parties";

  /**
   * On a document record: the code of each of its parties (KR, EU), and {@link #PARTY_COUNT} how
   * many there are, so a query naming "Japan Thailand" prefers the agreement between exactly those
   * two over one of forty parties that include them.
   */
  public static final String PARTY = "party";

  public static final String PARTY_COUNT = "party_count";

  /**
   * On a document record: what the document is about as a whole (its title, its parties' names,
   * every heading it has, its opening), which a query matches to lift all of its chunks.
   */
  public static final String DOC_TEXT = "doc_text";

  /**
   * Document metadata stored on a document's first chunk and its record, so the index alone
   * describes every document; the other chunks store only what a hit shows.
   */
  public static final String PARTIES = "parties";

  public static final String URL = "url";
  public static final String FILE = "file";
  public static final String FORMAT = "format";
  public static final String CONTENT_HASH = "content_hash";
  public static final String CHUNK_COUNT = "chunk_count";
  public static final String START = "start";
  public static final String END = "end";

  /**
   * Analysed, stored, with positions and offsets: phrase queries and postings-based highlighting.
   */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
