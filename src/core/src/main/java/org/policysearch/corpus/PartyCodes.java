package org.policysearch.corpus;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values a declared party may take: an ISO 3166 alpha-2 code that exists ({@code KR}, {@code
 * it}), {@code XK} (Kosovo), a withdrawn code old treaties still carry ({@code YU}, {@code SU}), a
 * bloc code ({@code EU}, {@code EFTA}), or the English name of a country or bloc ("Italy",
 * "European Free Trade Association"), which stands for its code.
 */
public final class PartyCodes {
  /** Alpha-2 codes withdrawn from ISO 3166-1 (ISO 3166-3) that catalogues of treaties still use. */
  static final Map<String, String> FORMER =
      Map.of(
          "AN", "Netherlands Antilles",
          "BU", "Burma",
          "CS", "Serbia and Montenegro",
          "DD", "German Democratic Republic",
          "SU", "Soviet Union",
          "TP", "East Timor",
          "YD", "South Yemen",
          "YU", "Yugoslavia",
          "ZR", "Zaire");

  private final Set<String> codes = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();

  /** The ISO countries the JDK knows, Kosovo, and the blocs of {@code blocs}. */
  public PartyCodes(Blocs blocs) {
    for (String code : Locale.getISOCountries()) {
      codes.add(code);
      names.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    codes.add("XK"); // user-assigned, but the code every registry uses for Kosovo
    names.put("kosovo", "XK");
    // Old treaties were signed by states that no longer exist; catalogues keep their codes.
    FORMER.forEach(
        (code, name) -> {
          codes.add(code);
          names.putIfAbsent(key(name), code);
        });
    for (Bloc bloc : blocs.all()) {
      codes.add(bloc.code());
      names.put(key(bloc.label()), bloc.code());
      bloc.names().forEach(name -> names.putIfAbsent(key(name), bloc.code()));
    }
  }

  /** Whether {@code code} was withdrawn from ISO 3166-1 ({@code BU}, {@code YU}). */
  public static boolean isFormer(String code) {
    return FORMER.containsKey(code);
  }

  /** The code {@code value} stands for, or empty when it is neither a known code nor a name. */
  public Optional<String> resolve(String value) {
    String trimmed = value.strip();
    String upper = trimmed.toUpperCase(Locale.ROOT);
    if (codes.contains(upper)) {
      return Optional.of(upper);
    }
    return Optional.ofNullable(names.get(key(trimmed)));
  }

  private static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
