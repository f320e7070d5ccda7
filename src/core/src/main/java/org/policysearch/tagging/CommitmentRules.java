package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.policysearch.corpus.TsvResource;

/**
 * The rules of {@code commitment.tsv}: patterns over a passage's document type, innermost heading,
 * opening words and phrases, each naming the commitment it shows (see the file's comments).
 *
 * @param rules every rule, in file order
 */
public record CommitmentRules(List<Rule> rules) {
  private static final String FILE = "commitment.tsv";

  /** What a rule's pattern is matched against, in order of precedence. */
  public enum Scope {
    /** The document's type ({@code news}). */
    TYPE,
    /** Anywhere in the passage; decides the whole passage. */
    DISCLAIMER,
    /** The innermost heading above the passage. */
    SECTION,
    /** The start of the passage, after a list label. */
    OPENING,
    /** Anywhere in the passage; the strongest value among the phrases found wins. */
    PHRASE
  }

  /**
   * One line of the file.
   *
   * @param types the document types the rule is kept to, or null for every type
   */
  public record Rule(Scope scope, Commitment value, Pattern pattern, Pattern types) {
    /** Whether the rule reads passages of documents of {@code type} (null: of no known type). */
    public boolean appliesTo(String type) {
      return types == null || (type != null && types.matcher(type).matches());
    }
  }

  public CommitmentRules {
    rules = List.copyOf(rules);
  }

  /** The rules vendored in this package's resources. */
  public static CommitmentRules load() {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : TsvResource.rows(CommitmentRules.class, FILE)) {
      if (row.length != 3 && row.length != 4) {
        throw new IllegalStateException(
            FILE + ": expected rule, value, pattern[, types]: " + row[0]);
      }
      Scope scope = Scope.valueOf(row[0].strip().toUpperCase(Locale.ROOT));
      Commitment value =
          Commitment.resolve(row[1])
              .orElseThrow(() -> new IllegalStateException(FILE + ": unknown value " + row[1]));
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      Pattern types = row.length == 4 ? Pattern.compile(row[3].strip(), flags) : null;
      rules.add(new Rule(scope, value, Pattern.compile(row[2].strip(), flags), types));
    }
    return new CommitmentRules(rules);
  }

  /** The rules of {@code scope}, in file order. */
  public List<Rule> of(Scope scope) {
    return rules.stream().filter(r -> r.scope() == scope).toList();
  }
}
