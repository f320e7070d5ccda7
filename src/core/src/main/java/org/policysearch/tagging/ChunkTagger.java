package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.policysearch.corpus.DocumentMetadata;
import org.policysearch.corpus.MetadataInference;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.ChunkKind;

/**
 * Tags a chunk with countries, sectors and commitment strength, and infers the parties of a
 * document that declares none.
 *
 * <p>A chunk's countries are its document's parties followed by every country its section headings
 * or its text name; its sectors are those its headings or its text speak of, so a bullet under
 * "Leading Quantum Innovation" is a quantum chunk even if it never says "quantum"; its commitment
 * is {@link CommitmentTagger}'s.
 */
public final class ChunkTagger {
  /** How much of a text without a preamble {@link #inferParties} reads for mentions. */
  public static final int PARTY_WINDOW = PartyInference.MENTION_WINDOW;

  /** The most parties {@link #inferParties} infers from mentions in prose. */
  public static final int MAX_INFERRED_PARTIES = PartyInference.MAX_MENTIONED_PARTIES;

  private final CountryTagger countries;
  private final SectorTagger sectors;
  private final CommitmentTagger commitments;
  private final PartyInference parties;

  /** A tagger over the vendored gazetteer and sector taxonomy. */
  public ChunkTagger() {
    this(new CountryTagger(), new SectorTagger());
  }

  /** A tagger combining {@code countries}, {@code sectors} and the vendored commitment rules. */
  public ChunkTagger(CountryTagger countries, SectorTagger sectors) {
    this(countries, sectors, new CommitmentTagger());
  }

  /** A tagger combining {@code countries}, {@code sectors} and {@code commitments}. */
  public ChunkTagger(CountryTagger countries, SectorTagger sectors, CommitmentTagger commitments) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.sectors = Objects.requireNonNull(sectors, "sectors");
    this.commitments = Objects.requireNonNull(commitments, "commitments");
    this.parties = new PartyInference(countries);
  }

  /**
   * The tags of a chunk.
   *
   * @param parties the document's parties as codes or names ("KR", "Italy"); a value that does not
   *     resolve is kept as given
   * @param sectionPath the headings above the chunk, outermost first
   * @param text the chunk's text, a paragraph of a document of no known type
   * @return countries: parties first, then countries named in the headings (outermost first) and
   *     the text, each once; sectors: those the headings or text speak of, in taxonomy order
   */
  public Tags tag(List<String> parties, List<String> sectionPath, String text) {
    return tag(
        resolve(parties), null, ChunkKind.PARAGRAPH, sectionPath, text, new HashMap<>(), Map.of());
  }

  /**
   * The tags of each of a document's chunks, in order, as {@link #tag(List, List, String)} gives
   * them, the commitment read with each chunk's kind and the document's type ({@code news} is
   * reported, not agreed); a heading shared by many chunks is read once, not once per chunk under
   * it. A heading that names several sectors does not pass down one that a heading right under it,
   * itself over headings, names alone: that heading holds the passages about it ("Establishment,
   * Trade in Services and Electronic Commerce" over a chapter "Electronic Commerce" passes nothing
   * of the digital economy to its chapter on establishment).
   */
  public List<Tags> tagDocument(List<String> parties, String documentType, List<Chunk> chunks) {
    List<String> codes = resolve(parties);
    Map<String, Mentions> headings = new HashMap<>();
    Map<List<String>, Set<String>> heldBelow = new HashMap<>();
    for (Chunk chunk : chunks) {
      List<String> path = chunk.sectionPath();
      for (int i = 1; i < path.size(); i++) {
        // Only a heading over headings of its own (a chapter over articles) holds its sector's
        // passages; an article on one subject of a chapter on two is still part of both.
        boolean headsHeadings = i < path.size() - 1 || chunk.kind() == ChunkKind.HEADING;
        List<String> named = headings.computeIfAbsent(path.get(i), this::mentions).sectors();
        if (headsHeadings && named.size() == 1) {
          heldBelow.computeIfAbsent(path.subList(0, i), p -> new HashSet<>()).addAll(named);
        }
      }
    }
    List<Tags> tags = new ArrayList<>(chunks.size());
    for (Chunk chunk : chunks) {
      tags.add(
          tag(
              codes,
              documentType,
              chunk.kind(),
              chunk.sectionPath(),
              chunk.text(),
              headings,
              heldBelow));
    }
    return tags;
  }

  private Tags tag(
      List<String> parties,
      String documentType,
      ChunkKind kind,
      List<String> sectionPath,
      String text,
      Map<String, Mentions> headings,
      Map<List<String>, Set<String>> heldBelow) {
    Set<String> codes = new LinkedHashSet<>(parties);
    Set<String> found = new HashSet<>();
    for (int i = 0; i < sectionPath.size(); i++) {
      Mentions mentions = headings.computeIfAbsent(sectionPath.get(i), this::mentions);
      codes.addAll(mentions.countries());
      Set<String> held =
          mentions.sectors().size() > 1
              ? heldBelow.getOrDefault(sectionPath.subList(0, i + 1), Set.of())
              : Set.of();
      mentions.sectors().stream().filter(s -> !held.contains(s)).forEach(found::add);
    }
    Mentions own = mentions(text);
    codes.addAll(own.countries());
    found.addAll(own.sectors());
    return new Tags(
        new ArrayList<>(codes),
        sectors.inTaxonomyOrder(found),
        commitments.tag(kind, sectionPath, text, documentType));
  }

  /** The countries and sectors one text names. */
  private record Mentions(List<String> countries, List<String> sectors) {}

  private Mentions mentions(String text) {
    return new Mentions(countries.tag(text), sectors.tag(text));
  }

  private List<String> resolve(List<String> parties) {
    return parties.stream().map(p -> countries.resolve(p).orElse(p.strip())).toList();
  }

  /**
   * The title of a document of {@code type} between {@code parties}, by their display names ({@link
   * PartyTitle}); empty when it is no instrument between two parties or more.
   */
  public Optional<String> partyTitle(String type, List<String> parties) {
    return PartyTitle.of(type, resolve(parties).stream().map(countries::label).toList());
  }

  /** The parties as codes where they name a known country or bloc ("Italy" → IT), in order. */
  public List<String> partyCodes(List<String> parties) {
    return resolve(parties);
  }

  /**
   * Every name of each party, as a query would name it: "KR" gives "Korea", "Republic of Korea",
   * "South Korea" and the rest of its gazetteer names; a party that is not a code is its own name.
   */
  public List<String> partyNames(List<String> parties) {
    List<String> names = new ArrayList<>();
    for (String party : resolve(parties)) {
      List<String> known = countries.partyNames(party);
      names.addAll(known.isEmpty() ? List.of(party) : known);
    }
    return names;
  }

  /**
   * A document's parties: those it declares, else those {@link #inferParties} finds in it. A title
   * made of the file's name is no title here: "korea-italy-mou-news-a" names Korea, not a party,
   * and would keep the text's own mentions from being read.
   */
  public List<String> partiesOf(SourceDocument document) {
    DocumentMetadata metadata = document.metadata();
    if (!metadata.parties().isEmpty()) {
      return metadata.parties();
    }
    String title = metadata.title();
    boolean fileTitle = MetadataInference.isFileTitle(title, document.fileName());
    return inferParties(fileTitle ? null : title, document.text());
  }

  /**
   * The parties of a document that declares none, in order: the countries and blocs its title
   * names, those its opening names as parties (up to the first recital, and its plenipotentiaries),
   * and those that sign it ("For the Government of X"); capitals never count. A text with no
   * preamble and none of these (a news article) gets the countries it names at least twice in its
   * first 5,000 characters, most named first, at most 4. Empty if nothing is found.
   */
  public List<String> inferParties(String title, String text) {
    return parties.infer(title, text);
  }
}
