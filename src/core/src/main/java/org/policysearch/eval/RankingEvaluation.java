package org.policysearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every topic through each ranker and scores the rankings against the qrels.
 *
 * @param rankers ranker names, in column order (the first is the one under test)
 * @param topics the topics, in file order
 * @param scores per ranker name, the scores of each topic in topic order
 * @param textScores per text identity, the same with each text counted once ({@link
 *     RankingScores#ofTexts}), per ranker name; empty when not asked for
 */
public record RankingEvaluation(
    List<String> rankers,
    List<Topic> topics,
    Map<String, List<RankingScores>> scores,
    Map<TextIdentity, Map<String, List<RankingScores>>> textScores) {

  /** Scores {@code rankers} on {@code topics}. */
  public static RankingEvaluation run(List<Topic> topics, Qrels qrels, List<Ranker> rankers)
      throws IOException {
    return run(topics, qrels, rankers, List.of());
  }

  /**
   * Scores {@code rankers} on {@code topics}, and again with each text counted once for each of
   * {@code identities}.
   */
  public static RankingEvaluation run(
      List<Topic> topics, Qrels qrels, List<Ranker> rankers, List<TextIdentity> identities)
      throws IOException {
    Map<String, List<RankingScores>> scores = new LinkedHashMap<>();
    Map<TextIdentity, Map<String, List<RankingScores>>> textScores = new LinkedHashMap<>();
    identities.forEach(identity -> textScores.put(identity, new LinkedHashMap<>()));
    for (Ranker ranker : rankers) {
      List<RankingScores> perTopic = new ArrayList<>();
      for (Topic topic : topics) {
        List<String> ranking = ranker.rank(topic, RankingScores.DEPTH);
        perTopic.add(RankingScores.of(ranking, qrels.of(topic.id())));
        for (TextIdentity identity : identities) {
          textScores
              .get(identity)
              .computeIfAbsent(ranker.name(), name -> new ArrayList<>())
              .add(RankingScores.ofTexts(ranking, qrels.of(topic.id()), identity.same()));
        }
      }
      scores.put(ranker.name(), perTopic);
    }
    return new RankingEvaluation(
        List.copyOf(scores.keySet()), List.copyOf(topics), scores, textScores);
  }

  /** The mean scores of ranker {@code name} over all topics. */
  public RankingScores mean(String name) {
    return RankingScores.mean(scores.get(name));
  }

  /** A table: one line per topic and ranker, then the means. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-6s %-7s %7s %7s %7s %7s  %s%n",
            "topic",
            "run",
            "nDCG@10",
            "MRR@10",
            "R@10",
            "P@5",
            "query"));
    for (int t = 0; t < topics.size(); t++) {
      Topic topic = topics.get(t);
      for (String ranker : rankers) {
        String query = ranker.equals(rankers.get(0)) ? describe(topic) : "";
        out.append(line(topic.id(), ranker, scores.get(ranker).get(t), query));
      }
    }
    out.append(System.lineSeparator());
    for (String ranker : rankers) {
      out.append(line("all", ranker, mean(ranker), topics.size() + " topics"));
    }
    textScores.forEach(
        (identity, byRanker) -> {
          out.append(System.lineSeparator())
              .append(identity.description())
              .append(':')
              .append(System.lineSeparator());
          for (String ranker : rankers) {
            out.append(
                line(
                    "all",
                    ranker,
                    RankingScores.mean(byRanker.get(ranker)),
                    topics.size() + " topics"));
          }
        });
    return out.toString();
  }

  private static String line(String id, String ranker, RankingScores s, String query) {
    return String.format(
        Locale.ROOT,
        "%-6s %-7s %7.4f %7.4f %7.4f %7.4f  %s%n",
        id,
        ranker,
        s.ndcg10(),
        s.mrr10(),
        s.recall10(),
        s.precision5(),
        query);
  }

  private static String describe(Topic topic) {
    StringBuilder text = new StringBuilder(topic.query());
    topic.filters().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                text.append("  [")
                    .append(e.getKey())
                    .append('=')
                    .append(String.join(",", e.getValue()))
                    .append(']'));
    return text.toString();
  }
}
