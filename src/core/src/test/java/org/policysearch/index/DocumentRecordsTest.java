package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.Blocs;

/** The sides an agreement's parties make, as the party filter and the pair views read them. */
class DocumentRecordsTest {
  private static final Blocs BLOCS = Blocs.load();

  private static List<String> sides(String date, String parties) {
    Set<String> codes = new LinkedHashSet<>(Arrays.asList(parties.split(" ")));
    return List.copyOf(DocumentRecords.sides(codes, BLOCS, date));
  }

  @Test
  void theMemberStatesACatalogueListsForTheEuAreTheEuSide() {
    // ToTA lists EU–Korea as 27 member states and Korea, never the EU.
    assertEquals(
        List.of("EU", "KR"),
        sides(
            "2010-10-06",
            "AT BE BG CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB KR"));
    // The EC of 1963, six states, beside eighteen African states (Yaoundé I).
    assertEquals(List.of("EU", "CM", "SN"), sides("1963-07-20", "BE DE FR IT LU NL CM SN"));
    // "EU - Algeria" of 2002 lists the 25 states of its entry into force in 2005.
    assertEquals(
        List.of("EU", "DZ"),
        sides(
            "2002-04-22",
            "AT BE CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT SK SI ES SE GB DZ"));
  }

  @Test
  void aStateThatJoinedTheBlocLaterIsTheOtherSide() {
    // The EC's agreement of 1972 with Austria, which joined in 1995.
    assertEquals(List.of("EU", "AT"), sides("1972-07-22", "BE DE FR IT LU NL DK IE GB AT"));
    assertEquals(List.of("EFTA", "BG"), sides("1993-03-29", "CH IS LI NO BG"));
    // ASEAN and China; the TPP's four ASEAN states are four parties of twelve.
    assertEquals(List.of("ASEAN", "CN"), sides("2004-11-29", "BN KH ID LA MY MM PH SG TH VN CN"));
    assertEquals(
        List.of("AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "US", "VN"),
        sides("2016-02-04", "AU BN CA CL JP MY MX NZ PE SG US VN"));
  }

  @Test
  void statesThatWereNoMembersOfTheBlocThenStayParties() {
    // The EFTA Convention of 1960: states that joined the EC later, none of it then.
    assertEquals(
        List.of("AT", "DK", "NO", "PT", "SE", "CH", "GB"),
        sides("1960-01-04", "AT DK NO PT SE CH GB"));
    // CEFTA of 2002: states that joined the EU in 2004 and 2007, not the EU's side.
    assertEquals(
        List.of("BG", "CZ", "HR", "HU", "PL", "RO", "SI", "SK"),
        sides("2002-01-01", "BG CZ HR HU PL RO SI SK"));
    // Two members of a bloc are two parties; the treaty among its members is theirs.
    assertEquals(List.of("FR", "DE", "US"), sides("2019-01-22", "FR DE US"));
    assertEquals(
        List.of("BE", "DE", "FR", "IT", "LU", "NL"), sides("1957-03-25", "BE DE FR IT LU NL"));
    // Undated, the members of no known year stay as listed.
    assertEquals(List.of("AT", "BE", "DE", "FR", "IT", "KR"), sides(null, "AT BE DE FR IT KR"));
  }

  @Test
  void aBlocNamedBesideItsMembersIsOneSideAsBefore() {
    assertEquals(List.of("EU", "DZ"), sides(null, "EU BE FR DZ"));
  }
}
