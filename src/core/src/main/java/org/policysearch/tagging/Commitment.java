package org.policysearch.tagging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How firmly a passage commits anyone to anything, strongest first. */
public enum Commitment {
  /** An obligation, a prohibition or a firm undertaking ("shall", "must", "agree to"). */
  BINDING("Binding"),
  /** An aim, an effort or a permission ("intend to", "shall endeavour", "may", an MOU's "will"). */
  INTENT("Intent"),
  /** Commits no one: recitals, definitions, reporting, disclaimers, facts. */
  DESCRIPTIVE("Descriptive");

  private final String label;

  Commitment(String label) {
    this.label = label;
  }

  /** The facet value ({@code binding}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the page calls it ("Binding"). */
  public String label() {
    return label;
  }

  /** The stronger of this and {@code other}. */
  public Commitment strongest(Commitment other) {
    return other.ordinal() < ordinal() ? other : this;
  }

  /** The value a code or label names, any case ({@code binding}, {@code Intent}). */
  public static Optional<Commitment> resolve(String input) {
    String wanted = input.strip();
    return Arrays.stream(values())
        .filter(c -> c.code().equalsIgnoreCase(wanted) || c.label.equalsIgnoreCase(wanted))
        .findFirst();
  }
}
