package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

  @Test
  void aTypeIsKnownByItsCodeItsLabelOrTheirPlurals() {
    assertEquals(Optional.of("agreement"), DocumentTypes.resolve("agreements"));
    assertEquals(Optional.of("treaty"), DocumentTypes.resolve("Treaties"));
    assertEquals(Optional.of("joint-statement"), DocumentTypes.resolve("joint statements"));
    assertEquals(Optional.of("mou"), DocumentTypes.resolve("MOUs"));
    assertEquals(Optional.of("news"), DocumentTypes.resolve("News"));
    assertEquals(Optional.of("strategy"), DocumentTypes.resolve("strategies"));
  }

  @Test
  void anUnknownTypeIsNoneOfThem() {
    assertEquals(Optional.empty(), DocumentTypes.resolve("white paper"));
    assertEquals(Optional.empty(), DocumentTypes.resolve("agreementss"));
    assertEquals("white-paper", DocumentTypes.normalise("White Paper"));
  }
}
