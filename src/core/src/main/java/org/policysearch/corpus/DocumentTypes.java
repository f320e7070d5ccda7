package org.policysearch.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The document types policy-search knows, with their human labels; other types pass through. */
public final class DocumentTypes {
  private static final Map<String, String> LABELS = labels();

  private DocumentTypes() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("agreement", "Agreement");
    labels.put("treaty", "Treaty");
    labels.put("mou", "Memorandum of understanding");
    labels.put("joint-statement", "Joint statement");
    labels.put("strategy", "Strategy");
    labels.put("report", "Report");
    labels.put("news", "News");
    labels.put("document", "Document");
    return Map.copyOf(labels);
  }

  /** The label of a type code; an unknown code is shown capitalised with dashes as spaces. */
  public static String label(String code) {
    String known = LABELS.get(code);
    if (known != null) {
      return known;
    }
    String words = code.replace('-', ' ');
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /**
   * The code for a label or code a user typed ({@code News}, {@code joint statement}), or its
   * plural ({@code agreements}, {@code treaties}, {@code joint statements}), if known.
   */
  public static Optional<String> resolve(String input) {
    String wanted = DocumentIds.slug(input);
    for (Map.Entry<String, String> type : LABELS.entrySet()) {
      String code = type.getKey();
      String label = DocumentIds.slug(type.getValue());
      if (code.equals(wanted)
          || label.equals(wanted)
          || plural(code).equals(wanted)
          || plural(label).equals(wanted)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** "agreement" → "agreements", "treaty" → "treaties"; a word ending in s stays as it is. */
  private static String plural(String slug) {
    if (slug.endsWith("s")) {
      return slug;
    }
    return slug.endsWith("y") ? slug.substring(0, slug.length() - 1) + "ies" : slug + "s";
  }

  /**
   * The type code for free text given in metadata ({@code Joint Statement} → {@code
   * joint-statement}).
   */
  public static String normalise(String input) {
    return resolve(input).orElse(DocumentIds.slug(input));
  }
}
