package org.policysearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;

/** A collection's nodes and replicas in one line, as {@code /api/health} reports them. */
final class ClusterState {
  private ClusterState() {}

  /**
   * For example {@code 2 live nodes; shard1: 2 of 2 replicas active; shard2: 1 of 2 replicas
   * active}.
   */
  @SuppressWarnings("unchecked")
  static String of(SolrClient client, String collection) throws IOException {
    NamedList<Object> cluster = cluster(client, collection);
    List<Object> live = (List<Object>) cluster.get("live_nodes");
    StringBuilder out =
        new StringBuilder().append(live == null ? 0 : live.size()).append(" live nodes");
    Map<String, Object> shards = shards(cluster.get("collections"), collection);
    for (Map.Entry<String, Object> shard : new TreeMap<>(shards).entrySet()) {
      List<String> states = new ArrayList<>();
      Map<String, Object> replicas = map(map(shard.getValue()).get("replicas"));
      replicas.values().forEach(r -> states.add(String.valueOf(map(r).get("state"))));
      long active = states.stream().filter("active"::equals).count();
      out.append("; ")
          .append(shard.getKey())
          .append(": ")
          .append(active)
          .append(" of ")
          .append(states.size())
          .append(" replicas active");
    }
    return out.toString();
  }

  /** The names of the collection's shards, in order. */
  @SuppressWarnings("unchecked")
  static List<String> shardNames(SolrClient client, String collection) throws IOException {
    NamedList<Object> cluster = cluster(client, collection);
    return List.copyOf(new TreeMap<>(shards(cluster.get("collections"), collection)).keySet());
  }

  /** The {@code cluster} section of the Collections API's status of {@code collection}. */
  @SuppressWarnings("unchecked")
  private static NamedList<Object> cluster(SolrClient client, String collection)
      throws IOException {
    return SolrQueries.send(
        collection,
        () ->
            (NamedList<Object>)
                CollectionAdminRequest.getClusterStatus()
                    .setCollectionName(collection)
                    .process(client)
                    .getResponse()
                    .get("cluster"));
  }

  private static Map<String, Object> shards(Object collections, String collection) {
    Object state = map(collections).get(collection);
    return state == null ? Map.of() : map(map(state).get("shards"));
  }

  /** A response's object, whether SolrJ gives it as a NamedList or a Map. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    if (value instanceof NamedList<?> list) {
      return ((NamedList<Object>) list).asShallowMap();
    }
    return Map.of();
  }
}
