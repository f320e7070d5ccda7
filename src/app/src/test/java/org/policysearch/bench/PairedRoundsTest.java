package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two builds' rounds are compared pair by pair, so that the machine's drift cancels out. */
class PairedRoundsTest {
  private static PairedRounds.Build build(String name, double... cpu) {
    return new PairedRounds.Build(name, cpu, cpu, cpu, cpu);
  }

  @Test
  void eachRoundIsComparedWithTheOtherBuildsRoundOfTheSameMoment() {
    // Per round: 3.0, 0.5, 0.5; the ratio of the two medians would be 150 / 200 = 0.75.
    PairedRounds rounds =
        new PairedRounds(
            build("old.jar", 100, 200, 300), build("new.jar", 300, 100, 150), 4, 0, List.of());

    String text = rounds.text();

    assertTrue(text.contains("CPU          median 0.500  (quartiles 0.500 to 3.000)"), text);
    assertTrue(text.contains("answers: the same for all 4 queries"), text);
  }

  @Test
  void queriesAnsweredDifferentlyAreCountedAndTheFirstFiveNamed() {
    List<String> differing = List.of("a", "b", "c", "d", "e", "f");
    PairedRounds rounds =
        new PairedRounds(build("old.jar", 1), build("new.jar", 1), 9, 0, differing);

    String text = rounds.text();

    assertTrue(
        text.contains(
            "6 of 9 queries answered differently, among them: a | b | c | d | e"
                + System.lineSeparator()),
        text);
  }
}
