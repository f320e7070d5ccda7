package org.policysearch.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.tagging.CountryTagger.Mention;

/**
 * Finds the signatories under an agreement's closing clause that sign without a capital "For":
 * lines of states' names and their rulers' titles ("Republic of Angola Republic of Botswana", "Emir
 * of the State of Kuwait", "President, United Arab Emirates") and a signature written into a
 * sentence ("Signed by … for the Government of Barbados").
 *
 * <p>Only under a closing clause: elsewhere a line naming a country alone is a table's column or a
 * list of the countries a rule of origin cumulates with, and "for the Government of" is prose.
 */
final class SignatureBlock {
  /** Characters after a closing clause's start in which its signatures are looked for. */
  static final int REACH = 2_000;

  // "IN WITNESS WHEREOF", "IN FAITH WHEREOF", and a line opening with "Done", "Signed",
  // "Drawn up": where the signatures follow.
  private static final Pattern CLOSING =
      Pattern.compile(
          "(?m)(?:IN WITNESS WHEREOF|In witness whereof|IN FAITH WHEREOF|In faith whereof"
              + "|^[ \\t]*(?:DONE|Done|SIGNED|Signed|DRAWN UP|Drawn up)\\b)");

  /** What may stand around names on a line of signatures: titles, dots left to sign on. */
  private static final Pattern TITLES_ONLY =
      Pattern.compile(
          "(?i)[^\\p{L}]*(?:(?:" + PartyInference.SIGNATORY_WORDS + ")(?!\\p{L})[^\\p{L}]*)*");

  // "Signed by … for the Government of Barbados": not a bare "for", which a signatory's office
  // holds too ("Under Secretary for American … Integration").
  private static final Pattern LOWER_CASE_FOR =
      Pattern.compile(
          "(?i)(?<!\\p{L})(?:for\\s+the\\s+government\\s+of|on\\s+behalf\\s+of)(?!\\p{L})");

  // At most one comma ("President, United Arab Emirates"): a line with more is a list wrapped in
  // prose ("Estonia, the Republic of Cyprus, the Republic of Latvia, the Republic").
  private static final Pattern PROSE_COMMAS = Pattern.compile(",.*,");

  // Two words or more: a lone name is a wrapped line's end ("… People's Republic of" / "China")
  // or a language of the clause above ("in English," / "German").
  private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}+[^\\p{L}]+\\p{L}{2,}");

  private final CountryTagger countries;

  SignatureBlock(CountryTagger countries) {
    this.countries = countries;
  }

  /** The countries that sign under the closing clauses of {@code text}, in order. */
  List<String> signatories(String text) {
    List<String> codes = new ArrayList<>();
    Matcher closing = CLOSING.matcher(text);
    int scanned = 0;
    while (closing.find()) {
      int from = Math.max(closing.start(), scanned);
      int to = Math.min(text.length(), closing.start() + REACH);
      if (from >= to) {
        continue;
      }
      String block = text.substring(from, to);
      // The block's last line may be cut short: it is read whole with the next clause, if any.
      int end = to == text.length() ? block.length() : Math.max(0, block.lastIndexOf('\n'));
      for (String line : block.substring(0, end).split("\n")) {
        codes.addAll(namedOnLine(line));
      }
      scanned = from + end;
    }
    return codes;
  }

  /** The states a line of signatures names: all of it names and titles, or after a "for". */
  private List<String> namedOnLine(String line) {
    List<Mention> mentions = countries.partyMentions(line);
    if (mentions.isEmpty()) {
      return List.of();
    }
    if (!PROSE_COMMAS.matcher(line).find()
        && TWO_WORDS.matcher(line).find()
        && onlyTitlesAround(line, mentions)) {
      return mentions.stream().map(Mention::code).toList();
    }
    List<String> codes = new ArrayList<>();
    Matcher signed = LOWER_CASE_FOR.matcher(line);
    while (signed.find()) {
      for (Mention named : mentions) {
        if (named.start() >= signed.end()) {
          if (PartyInference.SIGNATORY_TITLE
              .matcher(line.substring(signed.end(), named.start()))
              .matches()) {
            codes.add(named.code());
          }
          break;
        }
      }
    }
    return codes;
  }

  private static boolean onlyTitlesAround(String line, List<Mention> mentions) {
    int at = 0;
    for (Mention named : mentions) {
      if (!TITLES_ONLY.matcher(line.substring(at, named.start())).matches()) {
        return false;
      }
      at = named.end();
    }
    return TITLES_ONLY.matcher(line.substring(at)).matches();
  }
}
