package org.policysearch.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policysearch.analysis.StopWords;
import org.policysearch.index.FacetRegistry;

/**
 * Parses the query language of the search box into a {@link QueryNode}.
 *
 * <p>Grammar (documented in the README): words (all must match); {@code "phrases"}; {@code -word}
 * and {@code -"phrase"} exclude, and so does {@code NOT} in capitals before a clause, as analysts
 * used to Boolean search type it; {@code OR} between clauses (binds tighter than the implicit AND:
 * {@code space OR quantum korea} is {@code (space OR quantum) AND korea}); parentheses group;
 * {@code word*} is a prefix (3 letters or more before the star); {@code country:}, {@code sector:},
 * {@code type:}, {@code year:} and {@code title:} take a word or a quoted value. Every string gets
 * a reading: an unclosed quote runs to the end, unbalanced parentheses are closed or ignored, a
 * lone operator is a no-op, Lucene syntax ({@code *:*}, {@code a~2}, {@code /re/}, {@code [a TO
 * b]}) is only punctuation here. Only a query that is too long or too complex is refused.
 *
 * <p>Not thread-safe: it keeps its place in the tokens while parsing, so use one per query.
 */
public final class UserQueryParser {
  public static final int MAX_LENGTH = 1_000;
  public static final int MAX_CLAUSES = 64;

  /**
   * Parentheses nested deeper than this are refused: each level is a boolean query built, rewritten
   * and scored inside the one above it, and 333 levels of {@code (-} in 667 characters cost over a
   * second of CPU, while no question needs more than a few.
   */
  public static final int MAX_DEPTH = 8;

  /** The farthest a phrase's words may stand apart ({@code "a b"~50}): a passage's length. */
  public static final int MAX_SLOP = 50;

  /** A phrase token's proximity after its closing quote, as the tokens write it: {@code "~10}. */
  private static final Pattern SLOP = Pattern.compile("(?<=.)\"~(\\d+)$");

  /** What a {@code )} without its {@code (} reads as, where it stands first or inside a clause. */
  private static final String UNOPENED =
      "A closing parenthesis without an opening one was ignored.";

  /** The {@code name:} keys: every facet, and the title. */
  static final Set<String> FIELDS =
      Stream.concat(FacetRegistry.NAMES.stream(), Stream.of("title"))
          .collect(Collectors.toUnmodifiableSet());

  private List<String> tokens;
  private final Set<String> notes = new LinkedHashSet<>();
  private int pos;
  private int clauses;
  private int depth;

  /** The parsed query; {@code null} when the text holds nothing to search for. */
  public QueryNode parse(String query) {
    if (query.length() > MAX_LENGTH) {
      throw new InvalidQueryException(
          "The query is too long: " + query.length() + " characters, at most " + MAX_LENGTH + ".");
    }
    List<Token> read = tokens(asTyped(query));
    tokens =
        read.stream()
            .map(Token::text)
            .filter(t -> !t.equals(DETACHED_MINUS) && !t.startsWith("~"))
            .toList();
    notes.clear();
    if (read.stream().anyMatch(t -> t.text().equals(DETACHED_MINUS))) {
      notes.add(
          "A - with a space after it was ignored: to leave a word out, write the - right before"
              + " it (-quantum).");
    }
    // "~0.5", "~-1", "~1e3" after a phrase: no proximity the grammar reads, and no word either.
    read.stream()
        .map(Token::text)
        .filter(t -> t.startsWith("~"))
        .distinct()
        .forEach(
            t ->
                notes.add(
                    "“"
                        + t
                        + "” was ignored: a phrase's proximity is a whole number of words right"
                        + " after its closing quote (\"supply chain\"~3)."));
    if (read.stream().anyMatch(Token::unclosed)) {
      notes.add("A quote was not closed: the phrase runs to the end of the query.");
    }
    if (tokens.contains("AND")) {
      // Analysts used to Boolean search type it; here it is the stop word "and", left out.
      notes.add("AND is not needed: every word must match already.");
    }
    pos = 0;
    clauses = 0;
    depth = 0;
    List<QueryNode> all = new ArrayList<>();
    while (pos < tokens.size()) {
      if (tokens.get(pos).equals(")")) {
        pos++;
        notes.add(UNOPENED);
        continue;
      }
      QueryNode node = parseOr();
      if (node != null) {
        all.add(node);
      }
    }
    return simplify(withoutStopWordClauses(all), true);
  }

  /**
   * The top-level clauses without those made of stop words alone ("where is" before a quoted
   * phrase) when others search something: inside a clause stop words are left out the same way; a
   * query of nothing but stop words searches them.
   */
  private static List<QueryNode> withoutStopWordClauses(List<QueryNode> all) {
    List<QueryNode> kept =
        all.stream().filter(n -> !(n instanceof QueryNode.Words w && onlyStopWords(w))).toList();
    boolean searchesElse =
        kept.stream()
            .anyMatch(
                n ->
                    n instanceof QueryNode.Words
                        || n instanceof QueryNode.Phrase
                        || n instanceof QueryNode.Prefix
                        || n instanceof QueryNode.Any
                        || n instanceof QueryNode.Filter f && f.field().equals("title"));
    return searchesElse ? kept : all;
  }

  private static boolean onlyStopWords(QueryNode.Words words) {
    return StopWords.only(words.text());
  }

  private QueryNode parseOr() {
    List<QueryNode> any = new ArrayList<>();
    QueryNode first = parseUnary(true);
    if (first != null) {
      any.add(first);
    }
    while (pos < tokens.size() && tokens.get(pos).equals("OR")) {
      pos++;
      // The right side of OR is one clause: "space OR quantum korea" keeps korea apart.
      QueryNode next = parseUnary(false);
      if (next != null) {
        any.add(next);
      } else {
        notes.add("OR with nothing after it was ignored.");
      }
    }
    return simplify(any, false);
  }

  /** {@code mergeWords}: whether a plain word takes the plain words after it along. */
  private QueryNode parseUnary(boolean mergeWords) {
    if (pos >= tokens.size() || tokens.get(pos).equals(")")) {
      return null;
    }
    String token = tokens.get(pos);
    if (token.equals("-") || notBeforeAClause(pos)) {
      pos++;
      QueryNode excluded = parsePrimary(false); // "-supply chain" excludes supply only
      return excluded == null ? null : new QueryNode.Not(excluded);
    }
    return parsePrimary(mergeWords);
  }

  private QueryNode parsePrimary(boolean mergeWords) {
    if (pos >= tokens.size()) {
      return null;
    }
    String token = tokens.get(pos++);
    if (token.equals("OR") || token.equals("-") || token.equals(")")) {
      notes.add(
          token.equals(")")
              ? UNOPENED
              : token.equals("OR")
                  ? "OR with nothing before it was ignored."
                  : "A lone - was ignored.");
      return null;
    }
    if (token.equals("(")) {
      if (++depth > MAX_DEPTH) {
        throw new InvalidQueryException(
            "The query nests parentheses too deeply: more than " + MAX_DEPTH + " levels.");
      }
      List<QueryNode> group = new ArrayList<>();
      while (pos < tokens.size() && !tokens.get(pos).equals(")")) {
        QueryNode node = parseOr();
        if (node != null) {
          group.add(node);
        }
      }
      if (pos >= tokens.size()) {
        notes.add("A parenthesis was not closed: it was closed at the end of the query.");
      }
      pos++; // the closing parenthesis, or the end of an unclosed group
      depth--;
      return simplify(group, true);
    }
    count();
    if (token.startsWith("\"")) {
      String phrase = phraseText(token).strip();
      Matcher slop = SLOP.matcher(token);
      // However many digits: a number too long for an int is still a proximity, and too wide.
      String digits = slop.find() ? slop.group(1).replaceFirst("^0+(?=\\d)", "") : "0";
      int moves = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      if (moves > MAX_SLOP) {
        throw new InvalidQueryException(
            "A phrase's words may stand at most "
                + MAX_SLOP
                + " words apart: \""
                + phrase
                + "\"~"
                + digits
                + ".");
      }
      return phrase.isEmpty() ? null : new QueryNode.Phrase(phrase, moves);
    }
    int colon = token.indexOf(':');
    if (colon > 0) {
      String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = token.substring(colon + 1);
      if (FIELDS.contains(field)) {
        boolean quoted = value.startsWith("\"");
        value = quoted ? value.substring(1).strip() : value;
        if (value.isEmpty() && !quoted) {
          return emptyFilter(field);
        }
        if (field.equals("title") && !quoted) {
          value = titleWords(value);
        }
        return value.isEmpty() ? null : new QueryNode.Filter(field, value, quoted);
      }
    }
    if (token.endsWith("*") && token.length() > 1) {
      String prefix = token.replaceAll("\\*+$", "");
      String why = notAPrefix(prefix);
      if (why == null) {
        return new QueryNode.Prefix(prefix);
      }
      notes.add("“" + token + "” was searched as the word “" + prefix + "”: " + why);
    }
    StringBuilder words = new StringBuilder(token);
    // Adjacent plain words stay together so "artificial intelligence" meets its synonym "AI".
    while (mergeWords
        && pos < tokens.size()
        && isPlainWord(tokens.get(pos))
        && !notBeforeAClause(pos)
        && !nextIsOr()) {
      words.append(' ').append(tokens.get(pos++));
    }
    return new QueryNode.Words(words.toString());
  }

  /**
   * Why {@code prefix} (what was typed before the star) cannot be one, or null when it can: letters
   * and digits, at least three of them after the last hyphen when words are joined to it ({@code
   * anti-dump*}, a hyphenated word's parts, which the index holds as words side by side).
   */
  private static String notAPrefix(String prefix) {
    String[] parts = prefix.split("-", -1);
    for (String part : parts) {
      if (part.isEmpty() || !part.chars().allMatch(Character::isLetterOrDigit)) {
        return "a prefix is letters or digits, and words joined to it by single hyphens.";
      }
    }
    if (parts[parts.length - 1].codePoints().count() < 3) {
      return parts.length == 1
          ? "a prefix needs at least three letters or digits before the *."
          : "a prefix needs at least three letters or digits between the last hyphen and the *.";
    }
    return null;
  }

  /**
   * Whether the token at {@code at} is {@code NOT} in capitals with a clause after it: an operator,
   * where a lower-case "not" or a final "NOT" is a word.
   */
  private boolean notBeforeAClause(int at) {
    return notBeforeAClause(tokens, at);
  }

  private static boolean notBeforeAClause(List<String> tokens, int at) {
    if (!tokens.get(at).equals("NOT") || at + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(at + 1);
    return !next.equals(")") && !next.equals("OR") && !next.equals("-") && !next.equals("NOT");
  }

  private boolean nextIsOr() {
    return pos + 1 < tokens.size() && tokens.get(pos + 1).equals("OR");
  }

  private static boolean isPlainWord(String token) {
    return !token.equals("OR")
        && !token.equals("(")
        && !token.equals(")")
        && !token.equals("-")
        && !token.startsWith("\"")
        && !token.endsWith("*")
        && !(token.indexOf(':') > 0
            && FIELDS.contains(token.substring(0, token.indexOf(':')).toLowerCase(Locale.ROOT)));
  }

  /**
   * A title filter's value as it is searched: a minus before it or a star after it is no operator
   * there, only dropped by the analysis; said, so that {@code title:-japan} is not taken for the
   * titles without "japan" nor {@code title:japan*} for a prefix.
   */
  private String titleWords(String value) {
    if (value.startsWith("-") && value.length() > 1) {
      String words = value.substring(1);
      notes.add(
          "“title:-"
              + words
              + "” searched the titles for “"
              + words
              + "”: to leave out the documents whose title says it, write -title:"
              + words
              + ".");
      return words;
    }
    if (value.endsWith("*") && value.length() > 1) {
      String words = value.substring(0, value.length() - 1);
      notes.add(
          "“title:"
              + value
              + "” searched the titles for the word “"
              + words
              + "”: a title filter takes words, not a prefix.");
      return words;
    }
    return value;
  }

  /**
   * A filter typed with nothing right after its colon: before a group ({@code country:(KR JP)}, as
   * other search engines write a field over several values) it is refused with the way to write it;
   * before a space, it is ignored and said.
   */
  private QueryNode emptyFilter(String field) {
    if (pos < tokens.size() && tokens.get(pos).equals("(")) {
      throw new InvalidQueryException(
          "A filter takes one value after its colon: write "
              + field
              + ":A "
              + field
              + ":B to select either, rather than "
              + field
              + ":(A B).");
    }
    notes.add(
        "“"
            + field
            + ":” with nothing right after it was ignored: write the value after the colon, without"
            + " a space ("
            + field
            + ":value).");
    return null;
  }

  private void count() {
    if (++clauses > MAX_CLAUSES) {
      throw new InvalidQueryException(
          "The query is too complex: more than " + MAX_CLAUSES + " words, phrases or filters.");
    }
  }

  private static QueryNode simplify(List<QueryNode> nodes, boolean all) {
    if (nodes.isEmpty()) {
      return null;
    }
    if (nodes.size() == 1) {
      return nodes.get(0);
    }
    return all ? new QueryNode.All(nodes) : new QueryNode.Any(nodes);
  }

  /**
   * {@code typed} with the quotes taken off each phrase it asks for (not those of a phrase it
   * excludes, nor of a quoted filter value): {@code "critical minerals" korea} gives {@code
   * critical minerals korea}, what a user whose phrase found nothing may search instead; empty when
   * the query asks for no phrase.
   */
  public static Optional<String> withoutQuotes(String typed) {
    String query = asTyped(typed);
    List<Token> tokens = tokens(query);
    List<String> texts = tokens.stream().map(Token::text).toList();
    StringBuilder bare = new StringBuilder();
    int copied = 0;
    // Whether each open group is excluded as a whole, innermost last.
    Deque<Boolean> excluded = new ArrayDeque<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      boolean negated =
          Boolean.TRUE.equals(excluded.peekLast())
              || (k > 0 && (texts.get(k - 1).equals("-") || notBeforeAClause(texts, k - 1)));
      if (token.text().equals("(")) {
        excluded.addLast(negated);
      } else if (token.text().equals(")")) {
        excluded.pollLast();
      } else if (token.text().startsWith("\"") && !negated && !phraseText(token.text()).isBlank()) {
        bare.append(query, copied, token.start()).append(phraseText(token.text()).strip());
        copied = token.end();
      }
    }
    return copied == 0
        ? Optional.empty()
        : Optional.of(bare.append(query.substring(copied)).toString());
  }

  /**
   * The typographic double quotes a word processor, a PDF or another language writes ("smart"
   * quotes, German low-high quotes, guillemets, full-width): pasted around words they mean a phrase
   * as the straight quote does. Single quotes are left alone: the right one is an apostrophe.
   */
  private static final Pattern TYPOGRAPHIC_QUOTES =
      Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E\uFF02]");

  /**
   * {@code query} as the grammar reads it: a control character (a tab or line break pasted from a
   * table) is a space, and each typographic double quote is the straight one, one character for one
   * so that every token keeps its place in what was typed.
   */
  private static String asTyped(String query) {
    String spaced = query.replaceAll("\\p{Cntrl}", " ");
    return TYPOGRAPHIC_QUOTES.matcher(spaced).replaceAll("\"");
  }

  /**
   * Splits into tokens: {@code (}, {@code )}, {@code -} (only before a clause), {@code OR}, {@code
   * "phrase} (opening quote kept as a marker, closing quote dropped), {@code field:"value}, words.
   */
  static List<String> tokenize(String query) {
    return tokens(query).stream().map(Token::text).toList();
  }

  /**
   * The token of a minus with a space (or the end) after it, which excludes nothing: "- tariff" is
   * not "-tariff", every passage but those saying tariff. No typed token holds a space.
   */
  private static final String DETACHED_MINUS = "- ";

  /** A proximity typed after a phrase's closing quote, up to a space or bracket: {@code ~10}. */
  private static final Pattern PROXIMITY = Pattern.compile("~\\d+(?=[\\s()]|$)");

  /** A phrase token's words: after its opening quote, without a proximity after them. */
  private static String phraseText(String token) {
    Matcher slop = SLOP.matcher(token);
    return token.substring(1, slop.find() ? slop.start() : token.length());
  }

  /**
   * What the last {@link #parse} read otherwise than typed, each said once: a quote or a
   * parenthesis not closed, a lone operator ignored, a prefix too short to be one. Empty when the
   * query read as typed.
   */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /**
   * A token of a query and where it stands in it, from {@code start} to {@code end}; {@code
   * unclosed} for a quote that runs to the end of the query.
   */
  private record Token(String text, int start, int end, boolean unclosed) {
    Token(String text, int start, int end) {
      this(text, start, end, false);
    }
  }

  private static List<Token> tokens(String query) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      } else if (c == '"') {
        int close = query.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        int start = i;
        i = close < 0 ? n : close + 1;
        // A proximity right after the closing quote: its closing quote is then kept, with it.
        Matcher proximity = PROXIMITY.matcher(query).region(i, n);
        String slop = "";
        if (close >= 0 && proximity.lookingAt()) {
          slop = "\"" + proximity.group();
          i = proximity.end();
        }
        tokens.add(new Token("\"" + query.substring(start + 1, end) + slop, start, i, close < 0));
      } else if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
        tokens.add(new Token("-", i, i + 1));
        i++;
      } else {
        int start = i;
        while (i < n
            && !Character.isWhitespace(query.charAt(i))
            && "()\"".indexOf(query.charAt(i)) < 0) {
          i++;
        }
        String word = query.substring(start, i);
        if (word.equals("-")) {
          tokens.add(new Token(DETACHED_MINUS, start, i));
          continue;
        }
        int colon = word.indexOf(':');
        if (colon > 0 && colon == word.length() - 1 && i < n && query.charAt(i) == '"') {
          // field:"quoted value"
          int close = query.indexOf('"', i + 1);
          int end = close < 0 ? n : close;
          word = word + "\"" + query.substring(i + 1, end);
          i = close < 0 ? n : close + 1;
          tokens.add(new Token(word, start, i, close < 0));
          continue;
        }
        tokens.add(new Token(word, start, i));
      }
    }
    return tokens;
  }
}
