package org.policysearch;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.policysearch.bench.BenchQueries;
import org.policysearch.bench.BenchQuery;
import org.policysearch.bench.BuildLoader;
import org.policysearch.bench.ComparisonQueries;
import org.policysearch.bench.PairedRounds;
import org.policysearch.bench.SuppressForbidden;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ab}: measures this build's searching against another build's in one JVM, each build in a
 * class loader of its own, their rounds alternated, so that the machine's drift, which moves
 * separate runs by more than most changes are worth, moves both builds alike; and checks that the
 * two answer every query alike.
 */
@Command(
    name = "ab",
    mixinStandardHelpOptions = true,
    description =
        "Compare this build's in-process search cost (CPU, wall time, allocation) with another"
            + " build's, in one JVM, on the same index and queries, and check their answers agree.")
final class AbCommand implements Callable<Integer> {
  /** The seed of the sampled queries: the one {@code bench --compare} samples with. */
  private static final long SEED = 11;

  @Option(names = "--index", required = true, description = "Index both builds search.")
  Path index;

  @Option(
      names = "--other",
      required = true,
      paramLabel = "JAR",
      description =
          "The build to compare against: its jar (target/policy-search.jar of another checkout),"
              + " or a class path.")
  String other;

  @Option(
      names = "--other-index",
      description =
          "The index the other build searches, when it reads another schema (default: --index).")
  Path otherIndex;

  @Option(
      names = "--queries",
      description =
          "Query file (as bench reads it; default: the comparison's queries: bench's plain-word"
              + " queries and word pairs sampled from the index).")
  Path queries;

  @Option(
      names = "--sampled-queries",
      defaultValue = "100",
      description =
          "Word pairs sampled from the index without --queries (default: ${DEFAULT-VALUE}).")
  int sampled;

  @Option(
      names = "--rounds",
      defaultValue = "15",
      description = "Measured rounds of each build (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--warm-up",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description = "Seconds of alternated, unmeasured rounds first (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(names = "--report", description = "Also write the report to this file.")
  Path report;

  @Override
  public Integer call() throws Exception {
    if (rounds < 1 || warmUp < 0 || sampled < 0) {
      throw new IllegalArgumentException(
          "--rounds must be 1 or more; --warm-up and --sampled-queries 0 or more");
    }
    Path otherIndexDir = otherIndex == null ? index : otherIndex;
    Engine engine = Engine.create();
    for (Path dir : List.of(index, otherIndexDir)) {
      if (!engine.hasIndex(dir)) {
        throw new IllegalArgumentException("No index at " + dir.toAbsolutePath());
      }
    }
    List<BenchQuery> list =
        queries != null
            ? BenchQueries.read(queries)
            : ComparisonQueries.of(BenchQueries.builtIn(), index, sampled, SEED);
    Path queryFile = Files.createTempFile("policy-search-ab", ".tsv");
    try (BuildLoader otherLoader = new BuildLoader(classPath(other), BuildRound.class);
        BuildLoader currentLoader =
            new BuildLoader(classPath(System.getProperty("java.class.path")), BuildRound.class)) {
      BenchQueries.write(list, queryFile);
      try (AutoCloseable otherRound = round(otherLoader, other, otherIndexDir, queryFile);
          AutoCloseable currentRound = round(currentLoader, currentName(), index, queryFile)) {
        String text = measure(new AutoCloseable[] {otherRound, currentRound}, list).text();
        System.out.print(text);
        if (report != null) {
          Files.writeString(report, text, StandardCharsets.UTF_8);
        }
        return 0;
      }
    } finally {
      Files.deleteIfExists(queryFile);
    }
  }

  /**
   * The build's {@link BuildRound}, made in its class loader, as the JDK's types name it; {@code
   * build} names the build in errors.
   */
  private static AutoCloseable round(
      BuildLoader loader, String build, Path indexDir, Path queryFile)
      throws ReflectiveOperationException {
    Throwable failure;
    try {
      return (AutoCloseable)
          loader
              .loadClass(BuildRound.class.getName())
              .getConstructor(String.class, String.class)
              .newInstance(indexDir.toString(), queryFile.toString());
    } catch (InvocationTargetException e) {
      failure = e.getCause();
    } catch (LinkageError e) {
      failure = e;
    }
    if (failure instanceof LinkageError) {
      throw new IllegalArgumentException(
          "The build at " + build + " lacks what this one calls: " + failure, failure);
    }
    // Most often an index in another schema than the build reads: --other-index is for that.
    throw new IllegalArgumentException(
        "The build at "
            + build
            + " cannot search "
            + indexDir.toAbsolutePath()
            + ": "
            + failure.getMessage(),
        failure);
  }

  /** The figures of {@code builds} (the other, then this one), each a {@link BuildRound}. */
  private PairedRounds measure(AutoCloseable[] builds, List<BenchQuery> list) {
    Runnable[] runs = {(Runnable) builds[0], (Runnable) builds[1]};
    long warmEnd = System.nanoTime() + warmUp * 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      runs[0].run();
      runs[1].run();
    }
    double[][] cpu = new double[2][rounds];
    double[][] threadsCpu = new double[2][rounds];
    double[][] wall = new double[2][rounds];
    double[][] allocated = new double[2][rounds];
    for (int round = 0; round < rounds; round++) {
      // Each build goes first in every other round: the first of a pair can find caches cold.
      for (int turn = 0; turn < 2; turn++) {
        int build = (turn + round) % 2;
        long bytes = allocatedBytes();
        long cpuStart = cpuNanos();
        long threadsStart = threadsCpuNanos();
        long start = System.nanoTime();
        runs[build].run();
        wall[build][round] = (System.nanoTime() - start) / 1e6;
        threadsCpu[build][round] = (threadsCpuNanos() - threadsStart) / 1e6;
        cpu[build][round] = (cpuNanos() - cpuStart) / 1e6;
        allocated[build][round] = (allocatedBytes() - bytes) / 1e6;
      }
    }
    List<String> otherAnswers = answers(builds[0]);
    List<String> currentAnswers = answers(builds[1]);
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!otherAnswers.get(i).equals(currentAnswers.get(i))) {
        differing.add(list.get(i).label());
      }
    }
    return new PairedRounds(
        new PairedRounds.Build(other, cpu[0], threadsCpu[0], wall[0], allocated[0]),
        new PairedRounds.Build(currentName(), cpu[1], threadsCpu[1], wall[1], allocated[1]),
        list.size(),
        warmUp,
        differing);
  }

  /**
   * The running build's jar, as the report names it; a class path (tests, an IDE) is "this build".
   */
  private static String currentName() {
    String path = System.getProperty("java.class.path");
    return path.contains(File.pathSeparator) ? "this build" : path;
  }

  @SuppressWarnings("unchecked")
  private static List<String> answers(AutoCloseable build) {
    return ((Supplier<List<String>>) build).get();
  }

  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  @SuppressForbidden(
      reason =
          "allocation per thread is HotSpot's MXBean only, on every JDK this project runs on;"
              + " a round's allocation is one of the figures compared")
  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  /**
   * The CPU time of every Java thread: a build may hand work to other threads (a spare core's); the
   * JIT's compiler threads and the collector's are left out, as both builds' compilations run in
   * this one process for a long time after the warm-up.
   */
  private static long threadsCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static URL[] classPath(String path) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path file = Path.of(entry);
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("No build at " + file.toAbsolutePath());
      }
      urls.add(file.toUri().toURL());
    }
    return urls.toArray(URL[]::new);
  }
}
