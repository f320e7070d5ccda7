package org.policysearch.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Recovers a document's outline from its normalised text: headings with levels, paragraphs and
 * bullets, with PDF extraction damage repaired.
 *
 * <p>Line by line, after {@link PageFurniture} has dropped running headers, footers and page
 * numbers, and {@link ContentsEntries} the entries of a table of contents:
 *
 * <ul>
 *   <li>Headings: Markdown and numbered sections (see {@link LineShape}); a <em>title line</em>, a
 *       line of at most {@value #MAX_TITLE_WORDS} words that {@linkplain LineShape#titleLike reads
 *       like a title}, begins a block (start of text, after a blank line or after a line that ends
 *       a clause) and is followed by a line starting with a capital, a bullet or a heading, but not
 *       by a date ("Key Points", "Trusted Technology Leadership"; a document title followed by its
 *       date is left as a paragraph), or a short plain name without digits set apart by blank lines
 *       over a numbered section, whose own number the text lost ("Electronic commerce" over
 *       "Sub-section 1"); a <em>bullet sub-heading</em>, a bullet of at most {@value
 *       #MAX_BULLET_HEADING_WORDS} words starting with a capital, not ending a clause, followed by
 *       a paragraph starting with a capital, and not in the middle of a list of plain bullets ("•
 *       Research Security").
 *   <li>Bullets: symbols ({@code • - * –}) always start one; enumerators ({@code (a) 1) i. a.})
 *       only where a block may start (after a blank line, a heading or a line ending a clause) or
 *       right after another bullet ("(b) ...; and"), since a wrapped line may begin with one.
 *   <li>Paragraphs and bullet continuations: the next line continues the block unless it starts a
 *       block of its own. Directly after a line that does not end a clause it continues; after one
 *       that does, only in a hard-wrapped text (nine in ten lines at most {@value
 *       #MAX_WRAPPED_WIDTH} characters, as PDF extraction gives) and when that line fills at least
 *       three quarters of the usual width. Across a blank line a block continues only in
 *       mid-sentence: the line before does not end a clause and the next begins in lower case.
 *   <li>A date standing alone ("October 29, 2025") is a paragraph of its own, never a heading.
 * </ul>
 */
public final class OutlineParser {
  static final int MAX_TITLE_WORDS = 10;
  static final int MAX_BULLET_HEADING_WORDS = 8;
  static final int MAX_WRAPPED_WIDTH = 120;

  /**
   * The most characters a paragraph or bullet block gathers before the lines that continue it open
   * a new block of the same kind and section: the chunker cuts blocks far shorter than this into
   * chunks anyway, and a whole-file paragraph repaired at once took the heap many times over.
   */
  static final int MAX_BLOCK_CHARS = 50_000;

  /**
   * A list label standing alone on its line ({@code 2.}, {@code (a)}, {@code iv)}, {@code 1.1.}),
   * as OCR and PDF extraction often leave them; a bare number without {@code .} or {@code )} is not
   * one (it is more likely a page number). A number's parts are taken possessively, each while a
   * {@code .} follows it: a greedy repetition recurses once per part, and a line of thousands of
   * them overflowed the stack, which lost the document.
   */
  private static final Pattern BARE_LABEL =
      Pattern.compile(
          "^(?:\\((?:[a-z]{1,2}|\\d{1,3}|[ivxlc]{1,5})\\)|(?:[a-z]{1,2}|\\d{1,3}|[ivxlc]{1,5})\\)"
              + "|\\d{1,3}(?:\\.\\d{1,3}(?=\\.))*+\\.|[A-Z]\\.|[IVXLC]{1,6}\\.|[a-z]\\.)$");

  private static final Pattern PREAMBLE = Pattern.compile("(?i)preamble[.:]?");

  /** Whether a line is the heading "PREAMBLE" alone. */
  static boolean isPreamble(String line) {
    return PREAMBLE.matcher(line).matches();
  }

  /** Whether a block's text has no letter, or is a list label alone ("(a)", "iv.", "B."). */
  static boolean isDebris(String text) {
    return text.codePoints().noneMatch(Character::isLetter) || BARE_LABEL.matcher(text).matches();
  }

  private final Supplier<EnglishWords> words;

  /** A parser that undoes hyphenation with the {@linkplain EnglishWords#bundled bundled} words. */
  public OutlineParser() {
    this(EnglishWords::bundled);
  }

  /** A parser that undoes hyphenation with the words {@code words} gives at the first parse. */
  OutlineParser(Supplier<EnglishWords> words) {
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * {@code heading} without a footnote's number glued to its last word ("National Treatment14"), as
   * the outline gives headings: for comparing them with headings read elsewhere.
   */
  public static String withoutFootnoteMark(String heading) {
    return LineShape.withoutFootnoteMark(heading);
  }

  /**
   * {@code heading} as headings are compared: NFKC, lower case, letters and digits only, single
   * spaces ("Japan–UK Memorandum" and "japan uk memorandum" are one).
   */
  public static String normalised(String heading) {
    return Normalizer.normalize(heading, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /** The blocks of {@code text}, in document order. */
  public List<Block> parse(String text) {
    return parse(text, false);
  }

  /**
   * The blocks of {@code text}; where {@code explicitBlocks} (a Markdown file, whose paragraphs its
   * markup sets apart), a blank line always ends a block: a wrap never left it, so a paragraph in
   * lower case after a code block or a quotation starts its own.
   */
  public List<Block> parse(String text, boolean explicitBlocks) {
    List<SourceLine> lines =
        MarkdownLines.normalised(
            ContentsEntries.without(new PageFurniture().contentLines(SourceLine.pages(text))));
    EnglishWords english = words.get();
    return new Pass(
            joinBareLabels(lines),
            new Dehyphenator(text, english),
            new GluedWords(text, english),
            explicitBlocks)
        .run();
  }

  /**
   * Joins each bare list label to the line right after it, so that "(a)" over "to provide fair
   * conditions…" is one bullet rather than a one-word chunk followed by an orphan paragraph; but
   * not a number the line before cites ("referred to in Chapter" over "19."), which ends that
   * sentence rather than begins the next line's.
   */
  static List<SourceLine> joinBareLabels(List<SourceLine> lines) {
    List<SourceLine> joined = new ArrayList<>(lines.size());
    String before = ""; // the last line with text
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (next != null
          && !next.blank()
          && BARE_LABEL.matcher(line.text()).matches()
          && !LineShape.citesNumber(before, line.text())) {
        joined.add(new SourceLine(line.text() + " " + next.text(), line.start(), next.end()));
        i++;
      } else {
        joined.add(line);
      }
      SourceLine added = joined.get(joined.size() - 1);
      before = added.blank() ? before : added.text();
    }
    return joined;
  }

  /**
   * A title line at block {@code block} before the first numbered section, of {@code scheme} and
   * {@code rank}, and the blocks of the top-level sections of that kind opened after it.
   */
  private record FirstGroup(int block, String scheme, int rank, Set<Integer> heads) {
    boolean of(LineShape shape) {
      return scheme.equals(shape.scheme()) && rank == shape.rank();
    }
  }

  /** The state of one parse, so that the parser itself holds none. */
  private static final class Pass {
    private final List<SourceLine> lines;
    private final List<LineShape> shapes = new ArrayList<>();
    private final Dehyphenator dehyphenator;
    private final GluedWords glued;
    private final SectionStack sections = new SectionStack();
    private final List<Block> blocks = new ArrayList<>();
    private final boolean hardWrapped;
    private final int wrapWidth;
    private final boolean explicitBlocks;

    private RepairedText open;
    private ChunkKind openKind;
    private List<String> openPath;
    private SourceLine openFirst;
    private SourceLine openLast;
    private ChunkKind lastKind;

    /**
     * The title line right before the document's first numbered section, where the body had not yet
     * begun, and the top-level sections of that kind opened since: a group's name if a later title
     * line introduces sections of that kind (see {@link #groupFirst}).
     */
    private FirstGroup firstGroup;

    /** Whether the signatures have begun: "For the Republic of X" lines there are no headings. */
    private boolean signatures;

    Pass(
        List<SourceLine> source,
        Dehyphenator dehyphenator,
        GluedWords glued,
        boolean explicitBlocks) {
      this.explicitBlocks = explicitBlocks;
      this.lines = new ArrayList<>(source.size());
      this.dehyphenator = dehyphenator;
      this.glued = glued;
      Set<Integer> padded = PaddedChapters.in(source);
      for (int i = 0; i < source.size(); i++) {
        SourceLine line = source.get(i);
        LineShape bare =
            line.blank()
                ? null
                : padded.contains(i)
                    ? PaddedChapters.shape(line.text())
                    : LineShape.bareSectionNumber(line.text());
        int name = bare == null ? -1 : HeadingNames.nameAfter(source, i);
        if (name >= 0) {
          // "CHAPTER 1" over "General Provisions" is one heading, "CHAPTER 1 General Provisions".
          SourceLine named = source.get(name);
          String text = line.text() + " " + named.text();
          lines.add(new SourceLine(text, line.start(), named.end()));
          shapes.add(bare.named(text));
          i = name;
        } else {
          lines.add(line);
          shapes.add(line.blank() ? null : LineShape.of(line.text()));
        }
      }
      numberBareSections();
      int[] widths =
          lines.stream().filter(l -> !l.blank()).mapToInt(l -> l.text().length()).toArray();
      Arrays.sort(widths);
      wrapWidth = widths.length == 0 ? 0 : widths[(widths.length - 1) * 9 / 10];
      hardWrapped = wrapWidth <= MAX_WRAPPED_WIDTH;
    }

    /**
     * Takes a whole number and a title ("2 Research and Skills") for the heading of section 2 where
     * a sub-section of it ("2.1 Funding") comes after, or where it follows section 1 or precedes
     * section 3 so found: a report numbered without dots says so only through its sub-sections and
     * its order.
     */
    private void numberBareSections() {
      Map<String, Integer> lastChild = new HashMap<>();
      for (int i = 0; i < shapes.size(); i++) {
        String parent = shapes.get(i) == null ? null : shapes.get(i).dottedParent();
        if (parent != null) {
          lastChild.put(parent, i);
        }
      }
      if (lastChild.isEmpty()) {
        return;
      }
      int last = -1; // the number of the last section so found: the next one follows it
      for (int i = 0; i < shapes.size(); i++) {
        LineShape heading = bareDecimalHeading(i);
        if (heading != null) {
          int number = Integer.parseInt(heading.topNumber());
          if (lastChild.getOrDefault(heading.topNumber(), -1) > i || number == last + 1) {
            shapes.set(i, heading);
            last = number;
          }
        }
      }
      // And back: "1 Introduction", with no "1.1" under it, precedes section 2 so found.
      int next = -1; // the number of the nearest section so found after the line looked at
      for (int i = shapes.size() - 1; i >= 0; i--) {
        String found = shapes.get(i) == null ? null : shapes.get(i).topNumber();
        if (found != null) {
          next = Integer.parseInt(found);
        } else if (next > 1) {
          LineShape heading = bareDecimalHeading(i);
          if (heading != null && Integer.parseInt(heading.topNumber()) == next - 1) {
            shapes.set(i, heading);
            next--;
          }
        }
      }
    }

    /**
     * Line {@code i}, plain text, as a whole number's section heading ("1 Introduction"), or null.
     */
    private LineShape bareDecimalHeading(int i) {
      LineShape shape = shapes.get(i);
      return shape == null || shape.kind() != LineShape.Kind.TEXT
          ? null
          : LineShape.bareDecimalHeading(lines.get(i).text());
    }

    List<Block> run() {
      boolean blankBefore = true;
      SourceLine previous = null;
      int titleEnd = TitleBlock.end(lines, shapes);
      for (int i = 0; i < lines.size(); i++) {
        SourceLine line = lines.get(i);
        if (line.blank()) {
          blankBefore = true;
          continue;
        }
        if (i < titleEnd) {
          // The title block is one paragraph: it names the document, it opens no section.
          if (open == null) {
            openBlock(ChunkKind.PARAGRAPH, line, line.text());
          } else {
            continueOpen(line);
          }
          previous = line;
          continue;
        }
        if (i >= titleEnd && titleEnd > 0 && previous == lines.get(titleEnd - 1)) {
          close();
        }
        boolean mayStart =
            previous == null
                || blankBefore
                || open == null
                || LineShape.endsClause(previous.text());
        if (open != null
            && (!blankBefore || !explicitBlocks)
            && LineShape.citesNumber(openLast.text(), line.text())) {
          // "…in accordance with due process of law and Article" over "75.": the number ends the
          // sentence; apart it would be a page number or a list label, and dropped or misread.
          continueOpen(line);
        } else if (open != null
            && blankBefore
            && !explicitBlocks
            && opensNothing(shapes.get(i))
            && LineShape.leavesSentenceOpen(openLast.text(), line.text())) {
          // What goes on with the sentence is no heading. It stays a block of its own, as before,
          // unless it starts in lower case: the chunks, and the links to them, keep their places.
          if (shapes.get(i).kind() == LineShape.Kind.TEXT && continues(line, true)) {
            continueOpen(line);
          } else {
            openBlock(ChunkKind.PARAGRAPH, line, line.text());
          }
        } else if (open != null
            && !blankBefore
            && LineShape.leavesParenthesisOpen(previous.text())
            && LineShape.closesParenthesis(line.text())) {
          // "Article 3.3 (National Treatment and Market Access for Goods" over "– National
          // Treatment) and …": the dash goes on with the title, it starts no item.
          continueOpen(line);
        } else if (!startsBlock(i, mayStart)) {
          if (open != null && continues(line, blankBefore)) {
            continueOpen(line);
          } else {
            openBlock(ChunkKind.PARAGRAPH, line, line.text());
          }
        }
        previous = line;
        blankBefore = false;
      }
      close();
      return blocks;
    }

    /**
     * Whether a line of {@code shape} may go on with the sentence before it rather than head a
     * section: plain text (a title line) or a bare number ("19."). A Markdown heading or a section
     * named by its keyword ("CHAPTER 4") is set down on purpose, never left by a wrap (where one
     * follows an unfinished sentence, the text between was lost); a list item stays one.
     */
    private static boolean opensNothing(LineShape shape) {
      return shape.kind() == LineShape.Kind.TEXT
          || shape.kind() == LineShape.Kind.SECTION_HEADING && shape.enumerated();
    }

    /** Handles line {@code i} if it starts a block of its own; false if it is plain text. */
    private boolean startsBlock(int i, boolean mayStart) {
      SourceLine line = lines.get(i);
      LineShape shape = shapes.get(i);
      switch (shape.kind()) {
        case MARKDOWN_HEADING -> {
          signatures = false;
          heading(line, shape.body(), text -> sections.openMarkdown(text, shape.rank()));
          return true;
        }
        case SECTION_HEADING -> {
          if (shape.enumerated() && (!mayStart && !openedByChild(i, shape) || signatures)) {
            return false; // "M. MORSHED KHAN" among the signatures is a name
          }
          if (wrappedParagraph(i, shape)
              || listedWithNextSibling(i, shape)
              || LineShape.holdsTwoHeadings(line.text())) {
            openBlock(ChunkKind.PARAGRAPH, line, line.text());
            return true;
          }
          // An annex or protocol after the signatures has headings of its own again.
          signatures &= shape.enumerated();
          // Read once: the introducer before the section and the section itself weigh it.
          SectionNumber number = SectionNumber.of(shape.body());
          introduce(shape, number);
          heading(
              line,
              line.text(),
              text -> sections.openSection(text, shape.scheme(), shape.rank(), number));
          if (firstGroup != null
              && blocks.get(blocks.size() - 1).level() == 1
              && firstGroup.of(shape)) {
            firstGroup.heads().add(blocks.size() - 1);
          }
          return true;
        }
        case DATE -> {
          openBlock(ChunkKind.PARAGRAPH, line, line.text());
          close();
          return true;
        }
        case BULLET -> {
          // "(b) ...; and" ends no clause, yet "(c)" on the next line starts a sibling item.
          if (shape.enumerated() && !mayStart && openKind != ChunkKind.BULLET) {
            return false;
          }
          if (isBulletHeading(i, shape.body())) {
            heading(line, shape.body(), sections::openBulletHeading);
          } else {
            openBlock(ChunkKind.BULLET, line, shape.body());
          }
          return true;
        }
        case NUMBERED_PARAGRAPH -> {
          if (!mayStart) {
            return false;
          }
          openBlock(ChunkKind.PARAGRAPH, line, line.text());
          return true;
        }
        default -> {
          if (isPreamble(line.text())) {
            // "PREAMBLE" opens the preamble even right under the title block's last line.
            heading(line, line.text(), sections::openTitleLine);
            return true;
          }
          if (!mayStart || !isTitleLine(i)) {
            return false;
          }
          heading(line, line.text(), sections::openTitleLine);
          return true;
        }
      }
    }

    /**
     * Whether the next line is the first sub-section of numbered section heading {@code i} ("1.
     * Introduction" over "1.1. Version"): a heading then, whatever the line before it left open (an
     * author's name over a report's first section).
     */
    private boolean openedByChild(int i, LineShape shape) {
      String number = shape.topNumber();
      return number != null
          && i + 1 < lines.size()
          && shapes.get(i + 1) != null
          && number.equals(shapes.get(i + 1).dottedParent());
    }

    /**
     * Whether a line numbered like a section heading is rather the first line of a hard-wrapped
     * numbered paragraph ("1. Without prejudice to the provisions of Article 30, after having"):
     * the next line goes on in lower case, or the line leaves a parenthesis open; or, for a number
     * that is not a keyword, the line ends in a word such as "the", holds a comma, or is long and
     * does not read like a title.
     */
    private boolean wrappedParagraph(int i, LineShape shape) {
      String text = reading(i);
      boolean followed = i + 1 < lines.size() && !lines.get(i + 1).blank();
      if (followed && LineShape.leavesParenthesisOpen(text)) {
        return true; // "Article 3.3 (National Treatment and" over "Market Access) applies to..."
      }
      String title = shape.titled() ? LineShape.keywordTitle(text) : null;
      if (title != null && LineShape.titleLike(title, LineShape.MAX_TITLED_HEADING_WORDS)) {
        return false; // "ARTICLE 6: Prohibition And Abolition" over the rest of a long title
      }
      if (followed && Character.isLowerCase(lines.get(i + 1).text().codePointAt(0))) {
        return true;
      }
      if (!shape.enumerated()) {
        return false;
      }
      String body = LineShape.withoutNumber(text);
      if (followed
          && hardWrapped
          && text.length() * 10 >= wrapWidth * 9
          && LineShape.wordCount(body) > LineShape.PLAIN_TITLE_WORDS
          && shapes.get(i + 1).kind() == LineShape.Kind.TEXT) {
        return true; // a line as wide as the text's lines, run on by the next: it was wrapped
      }
      return LineShape.endsWithFunctionWord(text)
          || body.contains(", ")
          || LineShape.wordCount(body) > LineShape.PLAIN_TITLE_WORDS
              && !LineShape.titleLike(body, LineShape.MAX_HEADING_WORDS);
    }

    /**
     * Whether a numbered line is directly followed or preceded by another of its numbering, with
     * nothing between them: an item of a list ("41. Peas" over "42. Cocoa beans") or of a table of
     * contents, not a section.
     */
    private boolean listedWithNextSibling(int i, LineShape shape) {
      return sibling(nextNonBlank(i), shape) || sibling(previousNonBlank(i), shape);
    }

    private boolean sibling(int j, LineShape shape) {
      return j >= 0
          && shapes.get(j).kind() == LineShape.Kind.SECTION_HEADING
          && shapes.get(j).scheme().equals(shape.scheme());
    }

    private int previousNonBlank(int i) {
      for (int j = i - 1; j >= 0; j--) {
        if (!lines.get(j).blank()) {
          return j;
        }
      }
      return -1;
    }

    private boolean isTitleLine(int i) {
      int next = nextNonBlank(i);
      String text = reading(i);
      // A table's row, its cells joined by " | " as the HTML and Markdown readers write it, heads
      // no rows under it: its header row is a row too.
      if (next < 0 || signatures || Signatures.isSignatory(text) || text.contains(" | ")) {
        return false;
      }
      // A formula's terms ("TMN" over "PMN = ---- x 100") head nothing; the first line of a text
      // may still be its title in capitals ("GUAM", "EFTA - SACU").
      if ((open != null || !blocks.isEmpty()) && LineShape.isFormula(text)) {
        return false;
      }
      // A list of names goes on with the sentence left open before it, across the blank line of a
      // double-spaced scan: "… means the Cook" over "Islands, Fiji, Kiribati, Nauru, Niue, Papua".
      // (A line without a letter, a stray page or footnote number, leaves no sentence open.)
      if (open != null
          && !LineShape.endsClause(openLast.text())
          && openLast.text().codePoints().anyMatch(Character::isLetter)
          && text.contains(",")) {
        return false;
      }
      LineShape.Kind nextKind = shapes.get(next).kind();
      if (!LineShape.titleLike(text, MAX_TITLE_WORDS)) {
        // A section whose number the text lost keeps its plain name, set apart over the numbered
        // sections it holds: "Electronic commerce", blank, "Sub-section 1 General provisions".
        // Page labels set apart the same way ("VI - 8", "C.1") carry a digit; names do not.
        return next > i + 1
            && nextKind == LineShape.Kind.SECTION_HEADING
            && LineShape.wordCount(text) <= LineShape.PLAIN_TITLE_WORDS
            && text.chars().noneMatch(Character::isDigit)
            && HeadingNames.isPlainName(text);
      }
      return nextKind != LineShape.Kind.DATE
          && (nextKind != LineShape.Kind.TEXT || startsUpper(lines.get(next).text()));
    }

    /**
     * Line {@code i} as it reads with its lost spaces back: "1. EachStatePartymaywithdraw…tothe" is
     * a wrapped paragraph's first line, not a one-word title.
     */
    private String reading(int i) {
      return glued.repaired(lines.get(i).text());
    }

    private boolean isBulletHeading(int i, String body) {
      int next = nextNonBlank(i);
      return next >= 0
          && !signatures
          && lastKind != ChunkKind.BULLET
          && LineShape.wordCount(glued.repaired(body)) <= MAX_BULLET_HEADING_WORDS
          && startsUpper(body)
          && !LineShape.endsClause(body)
          && !body.endsWith(",")
          && shapes.get(next).kind() == LineShape.Kind.TEXT
          && startsUpper(lines.get(next).text());
    }

    private boolean continues(SourceLine line, boolean blankBefore) {
      String last = openLast.text();
      if (LineShape.endsClause(last)) {
        return !blankBefore && hardWrapped && last.length() * 4 >= wrapWidth * 3;
      }
      return !blankBefore || !explicitBlocks && Character.isLowerCase(line.text().charAt(0));
    }

    /**
     * Lets the title line just before a numbered section of {@code shape} introduce it (see {@link
     * SectionStack}), moving that heading's block to its new level.
     */
    private void introduce(LineShape shape, SectionNumber number) {
      int n = blocks.size();
      Block last = n == 0 ? null : blocks.get(n - 1);
      if (open != null
          || last == null
          || last.kind() != ChunkKind.HEADING
          || isPreamble(last.text())
          // Right under another heading, a title line goes on with its name ("TITLE V / GENERAL
          // PROVISIONS … AND SPECIFIC / PROVISIONS ON THE …") or is its first sub-heading.
          || n >= 2 && blocks.get(n - 2).kind() == ChunkKind.HEADING) {
        return;
      }
      if (!sections.numberedSeen()) {
        // A keyword's sections only ("CHAPTER 1"): a paragraph's number ("1.") is no group's.
        if (last.level() == 1 && shape.rank() >= 0) {
          firstGroup = new FirstGroup(n - 1, shape.scheme(), shape.rank(), new HashSet<>());
        }
        return;
      }
      int level = sections.introduce(shape.scheme(), shape.rank(), number);
      if (level > 0) {
        List<String> path = sections.path();
        blocks.set(blocks.size() - 1, last.movedTo(level, path.subList(0, path.size() - 1)));
        if (level == 1 && firstGroup != null && firstGroup.of(shape)) {
          groupFirst(n - 1);
        }
        firstGroup = null;
      }
    }

    /**
     * Puts the sections after {@link #firstGroup}'s title line, up to {@code end} (the next
     * introducer of their kind), under that line: "GENERAL ASPECTS" over "CHAPTER 1" before the
     * body has begun is no title of its own when "TRADE IN GOODS" over "CHAPTER 3" later introduces
     * the chapters after it. Only if nothing between stands beside those sections.
     */
    private void groupFirst(int end) {
      int from = firstGroup.block();
      for (int i = from + 1; i < end; i++) {
        Block b = blocks.get(i);
        boolean top = b.kind() == ChunkKind.HEADING ? b.level() == 1 : b.sectionPath().isEmpty();
        if (top && !firstGroup.heads().contains(i)) {
          return;
        }
      }
      String title = blocks.get(from).text();
      for (int i = from + 1; i < end; i++) {
        Block b = blocks.get(i);
        List<String> path = new ArrayList<>(b.sectionPath().size() + 1);
        path.add(title);
        path.addAll(b.sectionPath());
        blocks.set(i, b.movedTo(b.level() + 1, List.copyOf(path)));
      }
    }

    /**
     * Adds the heading {@code text} of {@code line}, opened in the outline by {@code open}, which
     * is given the repaired text (what the heading's chunk says is what paths under it say).
     */
    private void heading(SourceLine line, String written, ToIntFunction<String> open) {
      close();
      String text = LineShape.withoutFootnoteMark(written);
      RepairedText repaired = new RepairedText(dehyphenator, glued);
      repaired.appendLine(text, bodyStart(line, written));
      int level = open.applyAsInt(repaired.text());
      List<String> path = sections.path();
      blocks.add(
          new Block(
              ChunkKind.HEADING,
              level,
              path.subList(0, path.size() - 1),
              repaired.text(),
              line.start(),
              line.end(),
              repaired.offsets()));
      lastKind = ChunkKind.HEADING;
    }

    private void openBlock(ChunkKind kind, SourceLine line, String text) {
      close();
      if (Signatures.opens(text)) {
        signatures = true;
      }
      sections.content(kind);
      open = new RepairedText(dehyphenator, glued);
      open.appendLine(text, bodyStart(line, text));
      openKind = kind;
      openPath = sections.path();
      openFirst = line;
      openLast = line;
      lastKind = kind;
    }

    /** Appends {@code line} to the open block, or past the maximum to a new one just like it. */
    private void continueOpen(SourceLine line) {
      if (open.length() + line.text().length() > MAX_BLOCK_CHARS) {
        ChunkKind kind = openKind;
        List<String> path = openPath;
        close();
        open = new RepairedText(dehyphenator, glued);
        openKind = kind;
        openPath = path;
        openFirst = line;
      }
      open.appendLine(line.text(), line.start());
      openLast = line;
    }

    private void close() {
      if (open == null) {
        return;
      }
      if (isDebris(open.text())) {
        open = null; // a page number, a bare label or punctuation alone is no passage
        return;
      }
      blocks.add(
          new Block(
              openKind,
              openPath.size(),
              openPath,
              open.text(),
              openFirst.start(),
              openLast.end(),
              open.offsets()));
      open = null;
    }

    private int nextNonBlank(int i) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (!lines.get(j).blank()) {
          return j;
        }
      }
      return -1;
    }

    private static int bodyStart(SourceLine line, String body) {
      int at = line.text().lastIndexOf(body);
      return line.start() + Math.max(at, 0);
    }

    private static boolean startsUpper(String text) {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
  }
}
