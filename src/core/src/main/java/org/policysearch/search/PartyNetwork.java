package org.policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search's documents as a network: countries (and blocs) as nodes, each pair of parties to a
 * document an edge, weighted by how many documents (and matching passages) join them.
 *
 * @param nodes the parties of the edges shown, most documents first
 * @param edges the pairs with most documents, most first (at most the size asked for)
 * @param moreEdges how many pairs were left out
 */
public record PartyNetwork(List<Node> nodes, List<Edge> edges, int moreEdges) {

  /** A party and the documents of the search it is party to. */
  public record Node(String code, String label, int documents, int passages) {}

  /** Two parties (by code order) and the documents of the search between them (and others). */
  public record Edge(String source, String target, int documents, int passages) {}

  static PartyNetwork of(List<DocumentTally> tallies, int size, FacetLabels labels) {
    Map<String, int[]> parties = new HashMap<>();
    Map<List<String>, int[]> pairs = new HashMap<>();
    for (DocumentTally tally : tallies) {
      for (String party : new LinkedHashSet<>(tally.parties())) {
        int[] n = parties.computeIfAbsent(party, p -> new int[2]);
        n[0]++;
        n[1] += tally.passages();
      }
      for (List<String> pair : PairMatrix.pairs(tally.parties(), List.of())) {
        int[] n = pairs.computeIfAbsent(pair, p -> new int[2]);
        n[0]++;
        n[1] += tally.passages();
      }
    }
    List<Edge> edges = new ArrayList<>();
    pairs.forEach((pair, n) -> edges.add(new Edge(pair.get(0), pair.get(1), n[0], n[1])));
    edges.sort(
        Comparator.comparingInt((Edge e) -> -e.documents())
            .thenComparingInt(e -> -e.passages())
            .thenComparing(Edge::source)
            .thenComparing(Edge::target));
    List<Edge> shown = List.copyOf(edges.subList(0, Math.min(size, edges.size())));
    Set<String> ends = new LinkedHashSet<>();
    shown.forEach(
        e -> {
          ends.add(e.source());
          ends.add(e.target());
        });
    List<Node> nodes = new ArrayList<>();
    for (String code : ends) {
      int[] n = parties.get(code);
      nodes.add(new Node(code, labels.label("country", code), n[0], n[1]));
    }
    nodes.sort(Comparator.comparingInt((Node n) -> -n.documents()).thenComparing(Node::code));
    return new PartyNetwork(nodes, shown, edges.size() - shown.size());
  }
}
