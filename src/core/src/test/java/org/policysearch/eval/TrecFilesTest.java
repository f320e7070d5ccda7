package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrecFilesTest {

  @Test
  void topicsCarryQueryAndRepeatableFilters() {
    List<Topic> topics =
        Topics.parse(
            List.of(
                "# comment",
                "",
                "q1\tquantum",
                "q2\t\"memory chips\"\tcountry=IT\tcountry=KR\tsector=ai"),
            "t");
    assertEquals(
        List.of(
            new Topic("q1", "quantum", Map.of()),
            new Topic(
                "q2",
                "\"memory chips\"",
                Map.of("country", List.of("IT", "KR"), "sector", List.of("ai")))),
        topics);
  }

  @Test
  void topicWithoutQueryIsRejectedWithItsLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Topics.parse(List.of("q1"), "t"));
    assertEquals("t:1: expected id<TAB>query[<TAB>facet=value]…", e.getMessage());
  }

  @Test
  void duplicateTopicIdIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> Topics.parse(List.of("q1\ta", "q1\tb"), "t"));
  }

  @Test
  void qrelsReadSpacesOrTabsAndUnlistedChunksAreZero() {
    Qrels qrels = Qrels.parse(List.of("q1 0 doc:3 2", "q1\t0\tdoc:4\t0", "q2 0 doc:0 3"), "r");
    assertEquals(Map.of("doc:3", 2, "doc:4", 0), qrels.of("q1"));
    assertEquals(Map.of(), qrels.of("q9"));
  }

  @Test
  void gradeOutOfRangeIsRejectedWithItsLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Qrels.parse(List.of("q1 0 d:1 4"), "r"));
    assertEquals("r:1: grade must be 0 to 3", e.getMessage());
  }

  @Test
  void chunkJudgedTwiceForOneTopicIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Qrels.parse(List.of("q1 0 d:1 1", "q1 0 d:1 2"), "r"));
  }
}
