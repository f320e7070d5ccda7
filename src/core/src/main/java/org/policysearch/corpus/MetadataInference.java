package org.policysearch.corpus;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers title, date and type for a document that declares none, from its text.
 *
 * <ul>
 *   <li>title: the title the file declares (HTML {@code <title>}, PDF info), unless a placeholder;
 *       else the title block the text opens with ({@link TitleBlock}); else the file name ({@link
 *       #fileTitle}), which the indexer replaces with the document's kind and parties when it knows
 *       them;
 *   <li>date: the date of its signature clause or dated title block, else for a text that is not a
 *       legal instrument its first date near the top ({@link DocumentDates});
 *   <li>type: {@code joint-statement}, {@code mou}, {@code agreement}, {@code treaty} or {@code
 *       strategy} when the title says so, else the kind the text calls itself most ("this
 *       Agreement"), else the kind its first 1,000 characters name, else {@code document}.
 * </ul>
 *
 * Parties are inferred later, by the tagging stage, which knows country names.
 */
public final class MetadataInference {
  /** A text speaking of itself: "this Agreement", "the present Treaty", "this Joint Statement". */
  // Searched for through the whole text: it starts with a look at one character, which fails
  // fast, and leaves Unicode case out (accented capitals are spelt out), which made it twice as
  // slow as the rest of what is inferred from a text.
  private static final Pattern SELF_REFERENCE =
      Pattern.compile(
          "(?i)(?=[tecl])\\b(?:(?:this|the present)\\s+(agreement|treaty|memorandum|mou"
              + "|joint statement|strategy)\\b"
              // "este Tratado", "el presente Acuerdo"; "le présent Traité", "cet Accord".
              + "|(?:este|esta|el presente|la presente)\\s+(tratado|acuerdo"
              + "|memor[áÁa]ndum de entendimiento|declaraci[óÓo]n conjunta|estrategia)(?!\\p{L})"
              + "|(?:ce|cet|cette|le pr[éÉe]sent|la pr[éÉe]sente)\\s+(trait[éÉe]|accord"
              + "|protocole d'accord|d[éÉe]claration (?:commune|conjointe)|strat[éÉe]gie)(?!\\p{L}))");

  /**
   * The characters of a text's start that its type is read from: a report tells what happened
   * there.
   */
  private static final int HEAD = 3_000;

  /** Characters searched for a title; 40 lines of 20 words fit well within. */
  private static final int TITLE_HEAD = 20_000;

  /** Declared metadata completed with what the text gives. */
  public DocumentMetadata complete(DocumentMetadata declared, SourceText source, String fileName) {
    String text = source.text();
    String head = text.substring(0, Math.min(text.length(), HEAD));
    String title = declared.title() != null ? declared.title() : inferTitle(source, fileName);
    // The whole text is searched for a signature clause, so only when the date is wanted.
    String date = declared.date() != null ? null : DocumentDates.of(text, source.published());
    // A title made of the file's name ("korea-italy-mou-news-a") is the text's last word on its
    // kind, not its first.
    String type =
        source.newsArticle() && !opensWithKind(title)
            ? "news"
            : inferType(title, head, text, isFileTitle(title, fileName), isWebPage(fileName));
    if (fileName != null && isFileTitle(title, fileName) && namesNothing(fileName)) {
      // "Doc 0042" tells a reader nothing; the words the text opens with tell what it is about.
      title = openingWords(text).orElse(title);
    }
    return declared.orElse(new DocumentMetadata(title, date, type, source.publisher(), null, null));
  }

  /** Words a file name may hold that say nothing of its document: "doc_0042", "article-17". */
  private static final Set<String> NAMELESS =
      Set.of(
          "doc",
          "docs",
          "document",
          "documents",
          "file",
          "files",
          "article",
          "articles",
          "item",
          "page",
          "text",
          "untitled",
          "scan",
          "img",
          "image",
          "news",
          "story",
          "post",
          "copy",
          "final",
          "draft",
          "version",
          "new",
          "v");

  /** How many words of its opening sentence a document without a title is called by. */
  private static final int OPENING_WORDS = 12;

  /** A file's name without its folders and its extension: "news/doc_0042.txt" → "doc_0042". */
  private static String stem(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Whether {@code fileName}'s words are only numbers and words such as "doc" or "article". */
  static boolean namesNothing(String fileName) {
    for (String word : stem(fileName).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && !NAMELESS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first sentence of {@code text}'s first paragraph, its first {@value #OPENING_WORDS} words
   * and an ellipsis where it runs longer; empty for a text that opens with no words.
   */
  static Optional<String> openingWords(String text) {
    String paragraph = "";
    for (String line : text.split("\n")) {
      String stripped = line.replaceFirst("^#+\\s+", "").strip();
      if (stripped.chars().anyMatch(Character::isLetter)) {
        paragraph = stripped;
        break;
      }
    }
    Matcher end = SENTENCE_END.matcher(paragraph);
    String sentence = end.find() ? paragraph.substring(0, end.start() + 1) : paragraph;
    String[] words = sentence.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        words.length <= OPENING_WORDS
            ? sentence.strip()
            : String.join(" ", List.of(words).subList(0, OPENING_WORDS)) + " …");
  }

  /** A sentence's end: a full stop, question or exclamation mark before a space and a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");

  /** Whether the file named {@code fileName} is a web page. */
  private static boolean isWebPage(String fileName) {
    return fileName != null
        && SourceFormat.of(fileName).filter(SourceFormat.HTML::equals).isPresent();
  }

  /** How many words open a title that names its kind: "UK-Japan Joint Statement on …". */
  private static final int KIND_OPENING_WORDS = 4;

  /**
   * Whether {@code title} opens by naming a kind of instrument ("Joint Statement on …", "Memorandum
   * of Understanding between …"): a page a newsroom's system declares a news article that is titled
   * so is the instrument, published; a headline that only mentions one ("Facebook's acquisition
   * strategies") is news.
   */
  private static boolean opensWithKind(String title) {
    if (title == null) {
      return false;
    }
    String[] words = title.strip().split("\\s+");
    String opening =
        String.join(" ", List.of(words).subList(0, Math.min(words.length, KIND_OPENING_WORDS)));
    return kindNamed(opening.toLowerCase(Locale.ROOT)) != null;
  }

  static String inferTitle(SourceText source, String fileName) {
    if (source.title() != null && !source.title().isBlank()) {
      return source.title().strip();
    }
    String head = source.text().substring(0, Math.min(source.text().length(), TITLE_HEAD));
    Optional<String> block = TitleBlock.find(head);
    if (block.isPresent()) {
      return block.get();
    }
    return fileTitle(fileName);
  }

  /**
   * Whether {@code document}'s title says nothing of it, so that a stage that knows its parties may
   * name it better: the title is its file's name ({@link #fileTitle}), or the prose its text opens
   * with where it gives no title (a recital, a party of its preamble, a sentence of its first
   * article), which the title block found for want of one.
   */
  public static boolean titleSaysNothing(SourceDocument document) {
    String title = document.metadata().title();
    if (title == null || isFileTitle(title, document.fileName())) {
      return true;
    }
    String text = document.text();
    return TitleBlock.isProse(title)
        && TitleBlock.find(text.substring(0, Math.min(text.length(), TITLE_HEAD)))
            .filter(title::equals)
            .isPresent();
  }

  /**
   * Whether {@code title} is the one the file named {@code fileName} gives ({@link #fileTitle}).
   */
  public static boolean isFileTitle(String title, String fileName) {
    return title != null && fileName != null && title.equals(fileTitle(fileName));
  }

  /**
   * The title a document takes from its file's name ("pta_177.txt" gives "Pta 177") when neither
   * the file nor its text gives one: a later stage that knows more (its parties) may name it
   * better.
   */
  public static String fileTitle(String fileName) {
    String stem = stem(fileName).replaceAll("[-_]+", " ").strip();
    return stem.isEmpty()
        ? fileName
        : stem.substring(0, 1).toUpperCase(Locale.ROOT) + stem.substring(1);
  }

  /**
   * Whether {@link #SELF_REFERENCE} may start at {@code at}: each of its openings starts a word
   * with th, es, el, la, le or ce, in either case. Tried at every character of every text, the
   * pattern was 1.5 % of indexing ToTA.
   */
  private static boolean maySelfRefer(String text, int at) {
    if (at + 1 >= text.length() || at > 0 && isAsciiLetterOrDigit(text.charAt(at - 1))) {
      return false; // inside a word: the pattern's \b fails there
    }
    char first = (char) (text.charAt(at) | 0x20);
    char second = (char) (text.charAt(at + 1) | 0x20);
    return switch (first) {
      case 't' -> second == 'h';
      case 'e' -> second == 's' || second == 'l';
      case 'l' -> second == 'a' || second == 'e';
      case 'c' -> second == 'e';
      default -> false;
    };
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * The type of a document titled {@code title} whose text is {@code text}, {@code head} its start:
   * the kind its title names, unless it is a headline telling of one signed ({@code report} only
   * from a title); else {@code news} for a text that reports what others signed and said, and calls
   * itself by its kind twice at most; else the kind its text calls itself most often ("this
   * Agreement", "the present Treaty"), since an agreement's preamble may cite a treaty before it
   * names itself; else, but for a web page, the kind its title and first 1,000 characters name. A
   * title made of the file's name counts only there.
   */
  static String inferType(
      String title, String head, String text, boolean fileTitle, boolean webPage) {
    // Prose taken for a title ("mindful of their agreement of 1990,") names no kind of its own.
    boolean headline = title != null && !fileTitle && HEADLINE.matcher(title).find();
    boolean ownTitle = title != null && !fileTitle && !headline && !TitleBlock.isProse(title);
    String named = ownTitle ? kindNamed(title.toLowerCase(Locale.ROOT)) : null;
    if (named != null) {
      return named;
    }
    if (ownTitle && REPORT.matcher(title).find()) {
      return "report";
    }
    Map<String, Integer> selfReferences = new HashMap<>();
    StartScan self =
        new StartScan(SELF_REFERENCE, text, 0, text.length(), MetadataInference::maySelfRefer);
    while (self.find()) {
      // One group per language, English, Spanish, French: the one that matched names the kind.
      String said = null;
      for (int group = 1; said == null; group++) {
        said = self.group(group);
      }
      String kind = kindNamed(said.toLowerCase(Locale.ROOT));
      if (kind != null) {
        selfReferences.merge(kind, 1, Integer::sum);
      }
    }
    int calledItself = selfReferences.values().stream().mapToInt(Integer::intValue).sum();
    // A story may say "this memorandum" of what it reports on once or twice; an instrument's own
    // text says it again and again.
    if (calledItself <= MAX_REPORTED_SELF_REFERENCES && reports(head, headline ? 1 : 0)) {
      return "news";
    }
    if (!selfReferences.isEmpty()) {
      return Collections.max(selfReferences.entrySet(), Map.Entry.comparingByValue()).getKey();
    }
    if (webPage) {
      // A page that neither titles nor calls itself by a kind is about one ("The UK–India Free
      // Trade Agreement enters into force…"), not it: an instrument published on the web says
      // "this Agreement" of itself.
      return "document";
    }
    String start =
        ((title == null ? "" : title) + "\n" + head.substring(0, Math.min(head.length(), 1000)))
            .toLowerCase(Locale.ROOT);
    String kind = kindNamed(start);
    return kind == null ? "document" : kind;
  }

  /**
   * Words a report tells others' words and deeds by; not "agreed" nor "announced", which a joint
   * statement says of its own signatories ("The Leaders agreed to …").
   */
  private static final Pattern REPORTED =
      Pattern.compile("(?i)\\b(?:said|says|told|according to|reported|signed|inked)\\b");

  /**
   * A headline: a title that tells of an instrument signed or reached ("United Kingdom and U.S.
   * sign memorandum of understanding on critical minerals"), where an instrument's own title names
   * its kind with no such verb before it ("Memorandum of Understanding … signed at Geneva").
   */
  private static final Pattern HEADLINE =
      Pattern.compile(
          "(?i)\\b(?:signs?|signed|inks?|inked|seals?|sealed|agrees?|agreed|reach(?:es)?|reached"
              + "|concludes?|concluded|unveils?|unveiled|launch(?:es)?|launched|makes?|made"
              + "|issues?|issued|releases?|released|adopts?|adopted)\\b.*\\b(?:"
              + InstrumentWords.ALTERNATION
              + "|mou|deal|pact|statement|declaration|framework|partnership|strategy|report)");

  /**
   * A report's title ("Annual Report on …", "Report of the Working Group"): read from a title only,
   * since every treaty's text says "report" as a verb ("the Committee shall report") and may attach
   * one ("This report …").
   */
  private static final Pattern REPORT =
      Pattern.compile("(?i)\\breport\\b|\\binforme\\b|\\brapport\\b");

  /** The most times a story may call what it reports on "this memorandum". */
  private static final int MAX_REPORTED_SELF_REFERENCES = 2;

  /** Words that bind or define, as an instrument's own text does. */
  private static final Pattern OPERATIVE =
      Pattern.compile("(?i)\\b(?:shall|hereby|hereinafter)\\b");

  /** How many times a report tells who signed or said what: once may be an instrument's recital. */
  private static final int REPORTS = 2;

  /**
   * Whether a text tells of an instrument rather than being one: a news story says who "signed an
   * MoU" and what officials "said", {@value #REPORTS} times or more in its first {@value #HEAD}
   * characters ({@code headline} counting as once), and binds nobody ("shall", "hereby").
   */
  private static boolean reports(String head, int headline) {
    if (OPERATIVE.matcher(head).find()) {
      return false;
    }
    Matcher told = REPORTED.matcher(head);
    int times = headline;
    while (times < REPORTS && told.find()) {
      times++;
    }
    return times >= REPORTS;
  }

  /**
   * The type a lower-cased text names first in the order types are told apart, in English, Spanish
   * or French; null if none.
   */
  private static String kindNamed(String text) {
    for (Map.Entry<String, Pattern> kind : KINDS.entrySet()) {
      if (kind.getValue().matcher(text).find()) {
        return kind.getKey();
      }
    }
    return null;
  }

  /**
   * The words that name each type, in the order types are told apart: a joint statement or a
   * memorandum may call itself an agreement too, a treaty's protocol an agreement. The French
   * "accord" is a word of its own, never the start of "accordance".
   */
  private static final Map<String, Pattern> KINDS = kinds();

  private static Map<String, Pattern> kinds() {
    Map<String, Pattern> kinds = new LinkedHashMap<>();
    kinds.put(
        "joint-statement",
        Pattern.compile(
            "joint statement|declaraci[óo]n conjunta|déclaration (?:commune|conjointe)"));
    kinds.put(
        "mou",
        Pattern.compile(
            "memorandum|\\bmou\\b|memor[áa]nd(?:um|o) de entendimiento|protocole d'accord"));
    kinds.put("treaty", Pattern.compile("treaty|tratado|trait[ée]"));
    kinds.put("agreement", Pattern.compile("agreement|acuerdo|(?<!\\p{L})accord(?!\\p{L})"));
    kinds.put("strategy", Pattern.compile("strategy|estrategia|strat[ée]gie"));
    return Collections.unmodifiableMap(kinds);
  }
}
