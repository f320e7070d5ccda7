package org.policysearch.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load: {@code concurrency} threads, each sending one request, waiting for the whole
 * answer and sending the next, cycling through the queries from its own starting point, for a fixed
 * time.
 */
public final class LoadDriver {
  private final HttpClient client;

  public LoadDriver(HttpClient client) {
    this.client = client;
  }

  /** What one load of one target measured. */
  public record Load(
      String target,
      int concurrency,
      double[] sortedMillis,
      SortedMap<String, Long> errorKinds,
      long bytes,
      double seconds,
      double gcShare) {

    /**
     * The nearest-rank {@code percent}th percentile of the answers' times, in ms: an int, so that a
     * fraction ({@code 0.99}) cannot pass for a percentage.
     */
    public double percentile(int percent) {
      return sortedMillis.length == 0 ? Double.NaN : Latencies.percentile(sortedMillis, percent);
    }

    /** The requests not answered 200, of any kind. */
    public long errors() {
      return errorKinds.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The errors by kind, as "503 ×5, connection ×1": a time budget or a busy server tells more
     * than a count.
     */
    public String errorSummary() {
      StringJoiner kinds = new StringJoiner(", ");
      errorKinds.forEach((kind, count) -> kinds.add(kind + " \u00d7" + count));
      return kinds.toString();
    }

    /** Answers per second, errors excluded. */
    public double throughput() {
      return sortedMillis.length / seconds;
    }

    /** Mean bytes of an answer's body. */
    public double meanBytes() {
      return sortedMillis.length == 0 ? 0 : (double) bytes / sortedMillis.length;
    }
  }

  /** Drives {@code target} with {@code queries} at {@code concurrency} for {@code duration}. */
  public Load run(LoadTarget target, List<BenchQuery> queries, int concurrency, Duration duration)
      throws InterruptedException {
    List<HttpRequest> requests =
        queries.stream().map(q -> HttpRequest.newBuilder(target.uri(q)).GET().build()).toList();
    List<List<Double>> timings = new ArrayList<>();
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    AtomicLong bytes = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long gcBefore = gcMillis();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    for (int t = 0; t < concurrency; t++) {
      List<Double> mine = new ArrayList<>();
      timings.add(mine);
      int first = t * requests.size() / concurrency;
      Thread thread =
          new Thread(
              () -> loop(requests, first, deadline, mine, errors, bytes),
              "load " + target.name() + " " + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double gcShare = (gcMillis() - gcBefore) / 1e3 / seconds;
    double[] sorted =
        timings.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
    SortedMap<String, Long> kinds = new TreeMap<>();
    errors.forEach((kind, count) -> kinds.put(kind, count.sum()));
    return new Load(target.name(), concurrency, sorted, kinds, bytes.get(), seconds, gcShare);
  }

  /**
   * Milliseconds this JVM has spent collecting garbage so far. The servers under load run in this
   * JVM, so a load's share is theirs and the driver's together (the driver allocates little).
   */
  private static long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis;
  }

  private void loop(
      List<HttpRequest> requests,
      int first,
      long deadline,
      List<Double> timings,
      Map<String, LongAdder> errors,
      AtomicLong bytes) {
    for (int i = first; System.nanoTime() < deadline; i++) {
      HttpRequest request = requests.get(i % requests.size());
      long sent = System.nanoTime();
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - sent) / 1e6;
        if (response.statusCode() == 200) {
          timings.add(millis);
          bytes.addAndGet(response.body().length);
        } else {
          errors
              .computeIfAbsent(String.valueOf(response.statusCode()), k -> new LongAdder())
              .increment();
        }
      } catch (IOException e) {
        errors.computeIfAbsent("connection", k -> new LongAdder()).increment();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
