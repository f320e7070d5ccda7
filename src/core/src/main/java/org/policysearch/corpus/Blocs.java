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
      List<String> members = new ArrayList<>();
      List<Bloc.Membership> history = new ArrayList<>();
      boolean dated = true;
      for (String member : list(row[3])) {
        // "AT:1995": a member since 1995; a member without its year leaves the history unknown.
        int colon = member.indexOf(':');
        members.add(colon < 0 ? member : member.substring(0, colon));
        if (colon < 0) {
          dated = false;
        } else {
          int from = Integer.parseInt(member.substring(colon + 1));
          history.add(
              new Bloc.Membership(members.get(members.size() - 1), from, Integer.MAX_VALUE));
        }
      }
      List<String> former = new ArrayList<>();
      for (String left : list(row[4])) {
        // "GB:1973-2020"
        int colon = left.indexOf(':');
        former.add(left.substring(0, colon));
        String[] years = left.substring(colon + 1).split("-");
        history.add(
            new Bloc.Membership(
                former.get(former.size() - 1),
                Integer.parseInt(years[0]),
                Integer.parseInt(years[1])));
      }
      blocs.add(
          new Bloc(
              row[0], row[1], list(row[2]), members, former, row[5], dated ? history : List.of()));
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
