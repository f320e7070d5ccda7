package org.policysearch.acronyms;

import java.util.Objects;

/**
 * One acronym as a document defines it: {@code NSF} stands for {@code National Science Foundation}.
 */
public record Definition(String acronym, String expansion) {
  /** Separates acronym and expansion in {@link #encoded()}; neither can contain it. */
  private static final char SEPARATOR = '\t';

  public Definition {
    Objects.requireNonNull(acronym);
    Objects.requireNonNull(expansion);
  }

  /** {@code NSF<tab>National Science Foundation}, the form the index stores. */
  public String encoded() {
    return acronym + SEPARATOR + expansion;
  }

  /** The definition {@link #encoded()} wrote; null for anything else. */
  public static Definition decode(String encoded) {
    int tab = encoded.indexOf(SEPARATOR);
    return tab <= 0 || tab == encoded.length() - 1
        ? null
        : new Definition(encoded.substring(0, tab), encoded.substring(tab + 1));
  }
}
