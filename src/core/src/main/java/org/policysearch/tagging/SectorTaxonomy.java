package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policysearch.corpus.TsvResource;

/** The sectors chunks are tagged with, in display order, read from {@code sectors.tsv}. */
public final class SectorTaxonomy {
  private static final String SECTORS = "sectors.tsv";

  private final List<Sector> sectors;

  /** A taxonomy of {@code sectors}, in that order. */
  public SectorTaxonomy(List<Sector> sectors) {
    this.sectors = List.copyOf(sectors);
  }

  /** Loads the taxonomy vendored in this package's resources. */
  public static SectorTaxonomy load() {
    List<Sector> sectors = new ArrayList<>();
    for (String[] row : TsvResource.rows(SectorTaxonomy.class, SECTORS)) {
      if (row.length != 3) {
        throw new IllegalStateException(SECTORS + ": expected id, label, phrases: " + row[0]);
      }
      sectors.add(new Sector(row[0], row[1], Arrays.asList(row[2].split("\\|"))));
    }
    return new SectorTaxonomy(sectors);
  }

  /** The sectors, in taxonomy order. */
  public List<Sector> sectors() {
    return sectors;
  }
}
