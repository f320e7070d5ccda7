package org.policysearch.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendored table of blocs ({@code blocs.tsv}): their codes, names and members. It lives in the
 * corpus package so that metadata validation, tagging and indexing all know the same bloc codes.
 */
public final class Blocs {
  private static final String RESOURCE = "blocs.tsv";

  private final Map<String, Bloc> byCode;
  private final List<Bloc> ordered;

  private Blocs(List<Bloc> blocs) {
    Map<String, Bloc> codes = new LinkedHashMap<>();
    blocs.forEach(b -> codes.put(b.code(), b));
    this.byCode = Map.copyOf(codes);
    this.ordered = List.copyOf(blocs);
  }

  /** Loads the table vendored beside this class. */
  public static Blocs load() {
    List<Bloc> blocs = new ArrayList<>();
    for (String[] row : rows()) {
      List<String> former = list(row[4]).stream().map(f -> f.substring(0, f.indexOf(':'))).toList();
      blocs.add(new Bloc(row[0], row[1], list(row[2]), list(row[3]), former, row[5]));
    }
    return new Blocs(blocs);
  }

  /** Every bloc, in table order. */
  public List<Bloc> all() {
    return ordered;
  }

  /** The bloc whose code is {@code code} (exact, upper case), if any. */
  public Optional<Bloc> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Whether {@code code} is a bloc's code. */
  public boolean isBloc(String code) {
    return byCode.containsKey(code);
  }

  private static List<String> list(String cell) {
    return cell.isBlank()
        ? List.of()
        : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
  }

  private static List<String[]> rows() {
    List<String[]> rows = TsvResource.rows(Blocs.class, RESOURCE);
    for (String[] row : rows) {
      if (row.length != 6) {
        throw new IllegalStateException(
            RESOURCE + ": 6 columns expected in: " + String.join("\t", row));
      }
    }
    return rows;
  }
}
