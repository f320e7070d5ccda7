package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policysearch.corpus.StartScanOracle.assertScanFindsWhatFindFinds;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyInferenceTest {
  private final ChunkTagger tagger = new ChunkTagger();

  @Test
  void agreementNamingNoPartyIsGivenTheCountriesOfItsOwnLanguages() {
    String text =
        """
        Article 1
        The Parties shall establish a free trade area.

        Article 2
        The Parties shall consult the European Union when one of them joins the European Union.

        Conclusion
        IN WITNESS WHEREOF, the undersigned have signed this Agreement.
        DONE in two copies, each in the Macedonian, Ukrainian and English languages, each text
        being authentic.
        """;
    assertEquals(List.of("MK", "UA"), tagger.inferParties(null, text));
  }

  @Test
  void aNumberedFirstArticleNamesThePartiesAfterItsLabel() {
    String text =
        """
        Preamble
        ARTICLE 1
        1.
        An Association is hereby established between the Community and its Member States, of the
        one part, and Jordan, of the other part.
        2.
        The aims of this Agreement are to foster trade with Egypt.

        ARTICLE 2
        The Parties shall cooperate.
        """;
    assertEquals(List.of("EU", "JO"), tagger.inferParties(null, text));
  }

  @Test
  void theCommunityOfTheFirstArticleIsTheEuropeanOneWhenTheTextNamesIt() {
    String article =
        """
        Preamble
        ARTICLE 1
        1. The Community and Hungary shall gradually establish a free-trade area.

        ARTICLE 2
        The Parties shall cooperate.
        """;
    assertEquals(
        List.of("HU", "EU"),
        tagger.inferParties(
            null, article + "\nPROTOCOL 1\nOriginating in the European Economic Community.\n"));
    assertEquals(List.of("HU"), tagger.inferParties(null, article));
  }

  @Test
  void hyphenatedSignatoriesSignBoth() {
    String text =
        """
        Article 1
        The Association Council hereby lays down the rules.

        For the EC-Turkey Association Council
        """;
    assertEquals(List.of("EU", "TR"), tagger.inferParties(null, text));
  }

  @Test
  void aCouncilOfMinistersSignsForItsCountry() {
    String text =
        """
        Article 1
        The Contracting Parties shall establish a free trade area.

        FOR THE GOVERNMENT OF
        FOR COUNCIL OF MINISTERS THE REPUBLIC OF MOLDOVA OF SERBIA AND MONTENEGRO
        """;
    assertEquals(List.of("MD", "RS", "ME"), tagger.inferParties(null, text));
  }

  @Test
  void languagesOfSeveralCountriesNameNoParty() {
    String text =
        """
        Article 1
        The Parties shall establish a free trade area.

        DONE at Ottawa, in the English, French and Spanish languages, each text being authentic.
        """;
    assertEquals(List.of(), tagger.inferParties(null, text));
  }

  @Test
  void europeanEconomicCommunityIsTheEuropeanUnion() {
    String text =
        """
        AGREEMENT BETWEEN THE EUROPEAN ECONOMIC COMMUNITY AND THE REPUBLIC OF TUNISIA

        THE EUROPEAN ECONOMIC COMMUNITY,
        of the one part, and
        THE REPUBLIC OF TUNISIA,
        of the other part,
        DESIRING to develop trade with Italy and France,
        HAVE AGREED AS FOLLOWS:

        Article 1
        Trade between the Community and Tunisia shall grow.
        """;
    assertEquals(List.of("EU", "TN"), tagger.inferParties(null, text));
  }

  @Test
  void eftaAgreementGetsTheBlocAndTheMembersItsPreambleNames() {
    String text =
        """
        Free Trade Agreement between the EFTA States and Peru

        The Republic of Iceland, the Principality of Liechtenstein, the Kingdom of Norway and the
        Swiss Confederation (hereinafter the EFTA States), and the Republic of Peru,
        Considering the agreements each of them has with the European Union and Chile;
        Have agreed as follows:

        Article 1
        A free trade area is established.
        """;
    assertEquals(
        List.of("EFTA", "PE", "IS", "LI", "NO", "CH"),
        tagger.inferParties("Free Trade Agreement between the EFTA States and Peru", text));
  }

  @Test
  void aseanAgreementGetsAseanAndItsNamedMembers() {
    String text =
        """
        The Governments of Brunei Darussalam, the Kingdom of Cambodia and the Republic of
        Indonesia, Member States of the Association of Southeast Asian Nations (ASEAN), and Japan,
        Recognising the growing trade of the region with China;
        Have agreed as follows:
        """;
    assertEquals(
        List.of("ASEAN", "JP", "BN", "KH", "ID"),
        tagger.inferParties("Agreement on Trade in Goods between ASEAN and Japan", text));
  }

  @Test
  void aPlurilateralAgreementNamesEveryGovernmentItsPreambleLists() {
    String text =
        """
        FIRST AGREEMENT ON TRADE NEGOTIATIONS AMONG DEVELOPING COUNTRIES

        RECOGNIZING the urgent need to expand trade among developing countries;

        MINDFUL of the trade of the region with Japan and China;

        The Governments of Nepal, Bhutan, Mongolia and the Republic of Korea ON WHOSE BEHALF
        this AGREEMENT has been signed, HAVE AGREED as follows:

        Article 1
        The Participating States agree to establish a trade expansion programme.
        """;
    assertEquals(List.of("NP", "BT", "MN", "KR"), tagger.inferParties(null, text));
  }

  @Test
  void theStatesThatNowThereforeAgreeAfterTheRecitalsStandBesideTheirBloc() {
    String text =
        """
        TREATY FOR THE ESTABLISHMENT OF THE ECONOMIC COMMUNITY OF WEST AFRICAN STATES

        PREAMBLE

        WHEREAS the Republic of Ghana, the Togolese Republic and the Republic of Benin have
        enjoyed close historical and commercial ties for many years;

        AND WHEREAS their trade with Nigeria and Niger has grown;

        NOW THEREFORE the Republic of Ghana, the Togolese Republic and the Republic of Benin ;

        DETERMINED to strengthen their economic ties with Mali;

        AGREE AS FOLLOWS:

        ARTICLE 1: Interpretation
        In this Treaty, "Partner States" means the States that signed it.
        """;
    assertEquals(List.of("ECOWAS", "GH", "TG", "BJ"), tagger.inferParties(null, text));
  }

  @Test
  void aBlocStaysBesideTheMemberStatesWhoseRulersSignForThem() {
    String text =
        """
        The Economic Agreement Between the Gulf Cooperation Council States

        The GCC Member States,
        Desiring to enhance their economies in the light of their trade with Iran;
        Have hereby agreed as follows:

        ARTICLE ONE: The Customs Union
        Trade between the Member States will be conducted within a customs union.

        Conclusion

        Signed in the city of Muscat on 31 December 2001.

        His Highness Shaikh Rashid ibn Ali
        President, United Arab Emirates

        His Majesty Sultan Hamid ibn Said
        Sultan of Oman

        His Highness Shaikh Nasser Al Jaber
        Emir of the State of Kuwait

        Signing for His Highness:

        His Excellency Shaikh Sabah Al Ahmad
        Deputy Premier and Minister of Foreign Affairs
        """;
    assertEquals(List.of("GCC", "AE", "OM", "KW"), tagger.inferParties(null, text));
  }

  @Test
  void signatoriesNamedWithoutForUnderTheWitnessClauseAreParties() {
    String text =
        """
        The High Contracting Parties:
        -Noting the Treaty establishing the Community;
        Hereby Agree as follows:

        ARTICLE 1
        The Member States shall liberalise trade.

        IN WITNESS WHEREOF, WE, the Heads of State or Government, have signed this Protocol.

        Done at ......... this ......... day of August in the English and Portuguese languages.

        ......................................................................

        Republic of Angola Republic of Botswana

        ......................................................................

        Kingdom of Lesotho United Republic of Tanzania
        """;
    assertEquals(List.of("AO", "BW", "LS", "TZ"), tagger.inferParties(null, text));
  }

  @Test
  void aSignatureWrittenInTheClosingSentenceNamesItsGovernment() {
    String text =
        """
        The Governments of the contracting States,
        Determined to consolidate the bonds between their peoples;
        Have Agreed as Follows:

        ARTICLE 1
        A Caribbean Community is hereby established.

        IN WITNESS WHEREOF, the undersigned have affixed their signatures below this Treaty.

        Done at Chaguaramas on the fourth day of July in the year one thousand nine hundred
        and seventy-three.

        Signed by JOHN SMITH for the Government of Barbados on 4TH JULY 1973.

        Signed by PETER BROWN for the Government of Jamaica on 4TH JULY 1973.
        """;
    assertEquals(List.of("BB", "JM"), tagger.inferParties(null, text));
  }

  @Test
  void crossStraitAgreementsNameBothSidesByTheBodiesThatSignForThem() {
    String text =
        """
        Cross-Straits Framework Agreement

        Preamble

        The Association for Relations Across the Taiwan Straits and the Straits Exchange
        Foundation, with a view to strengthening cross-Straits trade,

        Have agreed to the following:

        ARTICLE 1: Objectives
        The objectives of this Agreement are to strengthen cooperation between the two Parties.
        """;
    assertEquals(List.of("CN", "TW"), tagger.inferParties(null, text));
  }

  @Test
  void aSpanishPreambleNamesThePartiesBeforeItsRecitals() {
    String text =
        """
        Tratado de Libre Comercio entre Centroamérica y Panamá
        PREÁMBULO
        Los Gobiernos de las Repúblicas de Costa Rica, El Salvador,
        Guatemala, Honduras y Nicaragua, por una Parte, y el
        Gobierno de la República de Panamá, por la otra,
        DECIDIDOS A: FACILITAR la integración regional con Chile y México;
        RESPETAR sus derechos derivados del Acuerdo de Marrakech;

        CAPÍTULO I
        Disposiciones Iniciales
        ARTÍCULO 1.01: Establecimiento De La Zona De Libre Comercio
        Los Estados Unidos Mexicanos no son Parte.
        """;
    assertEquals(List.of("PA", "CR", "SV", "GT", "HN", "NI"), tagger.inferParties(null, text));
  }

  @Test
  void spanishSignaturesAreEachAParty() {
    String text =
        """
        CAPÍTULO I
        Disposiciones Iniciales
        ARTÍCULO 1.1: Establecimiento De La Zona De Libre Comercio
        Las Partes establecen una zona de libre comercio.
        Por lo tanto, las Partes cooperarán con Chile.

        Por los Estados Unidos Mexicanos Por la República de Costa Rica
        Por la República de El Salvador
        POR EL GOBIERNO DE LA REPÚBLICA DE HONDURAS
        """;
    assertEquals(List.of("MX", "CR", "SV", "HN"), tagger.inferParties(null, text));
  }

  @Test
  void aSpanishSignatureNamesAPartyByItsSpanishName() {
    String text =
        """
        CAPÍTULO I
        Disposiciones Iniciales
        Las Partes establecen una zona de libre comercio.

        Por el Gobierno de Japón Por la República de Corea
        """;
    assertEquals(List.of("JP", "KR"), tagger.inferParties(null, text));
  }

  @Test
  void aFrenchPreambleAndFrenchSignaturesNameTheParties() {
    String preamble =
        """
        TRAITÉ INSTITUANT LA COMMUNAUTÉ

        Le Gouvernement de la République du Cameroun;
        Le Gouvernement de la République Gabonaise;
        Le Gouvernement de la République du Tchad;
        Conscients de la nécessité de coopérer avec le Nigeria;
        Considérant la Conférence d'Abuja;
        Conviennent de ce qui suit :

        Article premier
        """;
    assertEquals(List.of("CM", "GA", "TD"), tagger.inferParties(null, preamble));
    String signatures =
        """
        Article 1
        Les Parties établissent une union.

        Pour la République du Bénin Pour la République du Mali
        Pour le Royaume de Belgique
        Pour l'Etat d'Israël
        """;
    assertEquals(List.of("BJ", "ML", "BE", "IL"), tagger.inferParties(null, signatures));
  }

  @Test
  void organisationTitleTakesEveryCountryOfThePartyListWithNoCap() {
    String text =
        """
        The Governments of Algeria, Argentina, Bangladesh, Benin, Bolivia, Brazil, Cameroon and
        Chile,
        Recognizing the work done with India since 1976,
        Have agreed as follows:
        """;
    assertEquals(
        List.of("DZ", "AR", "BD", "BJ", "BO", "BR", "CM", "CL"),
        tagger.inferParties("Global System of Trade Preferences among Developing Countries", text));
  }

  @Test
  void caribbeanSignatoriesAreRecognised() {
    String text =
        """
        Agreement establishing a Caribbean trade area

        Article 1
        The area is established between the signatory territories.

        Done in one original.
        For the Government of St. Lucia
        For the Government of St. Vincent
        For the Government of Antigua
        For the Government of St. Kitts-Nevis-Anguilla
        """;
    assertEquals(List.of("LC", "VC", "AG", "KN"), tagger.inferParties(null, text));
  }

  @Test
  void jordanAndGeorgiaArePartiesWhereTheTextNamesItsParties() {
    String text =
        """
        Georgia and the Hashemite Kingdom of Jordan,
        Noting the importance of the waters of the Jordan River,
        Have agreed as follows:
        """;
    assertEquals(
        List.of("GE", "JO"), tagger.inferParties("Agreement between Georgia and Jordan", text));
  }

  @Test
  void capitalAloneDoesNotMakeAParty() {
    String text =
        """
        The Governments of Bangladesh, India, the Republic of Korea, Lao People's Democratic
        Republic and Sri Lanka,
        Desiring to expand trade,
        Have agreed as follows:

        Article 1
        Trade shall be liberalised.

        Done at Bangkok on the last day of July.
        """;
    assertEquals(
        List.of("BD", "IN", "KR", "LA", "LK"), tagger.inferParties("Bangkok Agreement", text));
  }

  @Test
  void textOpeningWithArticleOneTakesThePartiesItNames() {
    String text =
        """
        Article 1
        Trade between the European Economic Community, on the one hand, and
        the Principality of Andorra, on the other, shall be governed by this Agreement.

        Article 2
        Goods from Spain and France are covered.
        """;
    assertEquals(List.of("EU", "AD"), tagger.inferParties(null, text));
  }

  @Test
  void signaturesSideBySideAreEachAParty() {
    String text =
        """
        Article 1
        The Parties shall establish a free trade area.

        For the Czech Republic For the Republic of Latvia Record of Understandings
        In case either Party agrees with Poland, the Joint Committee meets.
        """;
    assertEquals(List.of("CZ", "LV"), tagger.inferParties(null, text));
  }

  @Test
  void signaturesAreFoundAmongSentencesThatOpenWithTheirWords() {
    String text =
        """
        Article 1
        For the purposes of this Agreement, FOR EXAMPLE, goods are products.
        The Parties act For the benefit of their peoples, and Forests are goods.

        DONE at Geneva.
        \tOn behalf of the Republic of Chile
          For Mexico\t  For the Government of Peru
        """;
    assertEquals(List.of("CL", "MX", "PE"), tagger.inferParties(null, text));
  }

  @Test
  void associationWithTheCommunityAndItsMemberStatesIsWithTheEuropeanUnion() {
    String text =
        """
        Preamble

        ARTICLE 1
        1. An Association is hereby established between the Community and its Member States, on
        the one part, and the Republic of Atlantis and Moldova, on the other part.
        """;
    assertEquals(List.of("EU", "MD"), tagger.inferParties(null, text));
  }

  @Test
  void agreementWhoseOpeningNamesNoOneTakesTheCountriesItsBodyNamesMost() {
    String text =
        """
        ARTICLE 1: Objectives
        1. The Parties shall establish a free trade area.
        """
            // Their names come only after the first 5,000 characters, which prose is read for.
            + "2. The Parties shall cooperate in good faith.\n".repeat(120)
            + """

        ARTICLE 2: Industrial Products
        Customs duties on imports into Israel of products originating in Poland shall be
        abolished. Customs duties on imports into Poland of products originating in Israel shall
        be reduced. Poland and Israel shall consult. Exports to Canada are not covered.
        """;
    assertEquals(List.of("IL", "PL"), tagger.inferParties(null, text));
  }

  @Test
  void thePreambleEndIsFoundWhereFindWouldFindIt() {
    List<String> words =
        List.of(
            "have",
            "hereby",
            "do",
            "do hereby",
            "agreed",
            "agree",
            "have agreed",
            "hereby agree",
            "decided",
            "resolved",
            "concluded",
            "reached",
            "adopted",
            "upon",
            "as",
            "follows",
            "agreed upon as follows",
            "HAVE AGREED AS FOLLOWS",
            "HAN ACORDADO",
            "han convenido",
            "han",
            "the",
            "parties",
            "agreement",
            "hAVE",
            "Sont convenus de ce qui suit",
            "sont convenues",
            "Conviennent de ce qui suit",
            "DÉCIDENT de",
            "Décident",
            "de",
            "ce",
            "qui",
            "suit");
    assertScanFindsWhatFindFinds(
        PartyInference.PREAMBLE_END, PartyInference::mayEndPreamble, words, 600, 21);
  }
}
