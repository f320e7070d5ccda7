package org.policysearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs every topic through each ranker and scores the rankings against the qrels.
 *
 * @param rankers ranker names, in column order (the first is the one under test)
 * @param topics the topics, in file order
 * @param scores per ranker name, the scores of each topic in topic order
 * @param textScores the same with each text counted once ({@link RankingScores#ofTexts}); empty
 *     when not asked for
 */
public record RankingEvaluation(
    List<String> rankers,
    List<Topic> topics,
    Map<String, List<RankingScores>> scores,
    Map<String, List<RankingScores>> textScores) {

  /** Scores {@code rankers} on {@code topics}. */
  public static RankingEvaluation run(List<Topic> topics, Qrels qrels, List<Ranker> rankers)
      throws IOException {
    return run(topics, qrels, rankers, null);
  }

  /**
   * Scores {@code rankers} on {@code topics}, and, when {@code texts} gives chunks' text
   * signatures, again with each text counted once.
   */
  public static RankingEvaluation run(
      List<Topic> topics, Qrels qrels, List<Ranker> rankers, Function<String, Long> texts)
      throws IOException {
    Map<String, List<RankingScores>> scores = new LinkedHashMap<>();
    Map<String, List<RankingScores>> textScores = new LinkedHashMap<>();
    for (Ranker ranker : rankers) {
      List<RankingScores> perTopic = new ArrayList<>();
      List<RankingScores> perTopicByText = new ArrayList<>();
      for (Topic topic : topics) {
        List<String> ranking = ranker.rank(topic, RankingScores.DEPTH);
        perTopic.add(RankingScores.of(ranking, qrels.of(topic.id())));
        if (texts != null) {
          perTopicByText.add(RankingScores.ofTexts(ranking, qrels.of(topic.id()), texts));
        }
      }
      scores.put(ranker.name(), perTopic);
      if (texts != null) {
        textScores.put(ranker.name(), perTopicByText);
      }
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
    if (!textScores.isEmpty()) {
      out.append(System.lineSeparator())
          .append("Each text once (a copy of a text ranked above gains nothing; the ideal and")
          .append(" the relevant count take each judged text once):")
          .append(System.lineSeparator());
      for (String ranker : rankers) {
        out.append(
            line(
                "all",
                ranker,
                RankingScores.mean(textScores.get(ranker)),
                topics.size() + " topics"));
      }
    }
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
