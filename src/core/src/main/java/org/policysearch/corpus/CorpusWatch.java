package org.policysearch.corpus;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a corpus folder, its subfolders and those made later, and says when a file in it may have
 * been added, changed or removed, as the corpus reader sees the folder: hidden files and folders,
 * and links leading out of it unless they are followed, are no part of it.
 */
public final class CorpusWatch implements AutoCloseable {
  /** How often the folder is walked when the system cannot watch it. */
  public static final Duration RESCAN_EVERY = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatch.class);

  private final Path root;
  private final Path realRoot;
  private final CorpusReader.Links links;
  private final List<Path> ignored;
  private final Runnable changed;
  private final Duration rescanEvery;
  // Touched by the constructor's caller, then by the watching thread only.
  private final Map<Path, WatchKey> keys = new HashMap<>();
  // Null while the folder is walked instead; set to null by the watching thread when it falls back.
  private volatile WatchService service;
  // The system's key of the folder watched as the corpus (null where it has none): touched by the
  // constructor's caller, then by the watching thread only.
  private Object rootKey;
  private final Thread thread;
  private volatile boolean closed;

  private CorpusWatch(
      Path corpus,
      CorpusReader.Links links,
      Collection<Path> ignored,
      Runnable changed,
      Duration rescanEvery,
      boolean useWatchService)
      throws IOException {
    this.root = corpus.toAbsolutePath().normalize();
    this.realRoot = Files.exists(root) ? root.toRealPath() : root;
    this.links = Objects.requireNonNull(links);
    this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.changed = Objects.requireNonNull(changed);
    this.rescanEvery = rescanEvery;
    if (useWatchService) {
      // Registered before this returns, so that whatever changes from then on is seen.
      startWatching();
    }
    this.thread = new Thread(this::follow, "corpus-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Watches {@code corpus} and calls {@code changed} (on the watch's own thread) after each change
   * it sees; the files and folders under {@code ignored} (an index kept inside the corpus) are not
   * watched. Where the system cannot watch the folder, it is walked every {@link #RESCAN_EVERY}.
   */
  public static CorpusWatch start(
      Path corpus, CorpusReader.Links links, Collection<Path> ignored, Runnable changed)
      throws IOException {
    return new CorpusWatch(corpus, links, ignored, changed, RESCAN_EVERY, true);
  }

  /**
   * Like {@link #start}, but walking the folder every {@code every} and comparing the files' sizes
   * and times, as the watch does where the system cannot watch.
   */
  public static CorpusWatch rescanning(
      Path corpus,
      CorpusReader.Links links,
      Collection<Path> ignored,
      Runnable changed,
      Duration every)
      throws IOException {
    return new CorpusWatch(corpus, links, ignored, changed, every, false);
  }

  /** Opens the system's watch service and registers the corpus's folders with it. */
  private void startWatching() {
    if (!Files.isDirectory(root)) {
      return; // walked until it is made; the indexing says that there is no corpus folder
    }
    try {
      service = root.getFileSystem().newWatchService();
      rootKey = folderKey();
      registerTree(root);
    } catch (IOException | UnsupportedOperationException e) {
      // Such as Linux's limits on watches (fs.inotify.max_user_watches, max_user_instances).
      fallBack(e);
    }
  }

  private void fallBack(Exception why) {
    LOG.warn(
        "Cannot watch {} ({}): looking for changes every {} s instead.",
        PrintableText.escaped(root.toString()),
        why,
        rescanEvery.toMillis() / 1000.0);
    closeService();
  }

  private void follow() {
    try {
      if (service != null && watch()) {
        return;
      }
      rescan();
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed, while waiting or while registering a new folder.
      Thread.currentThread().interrupt();
    }
  }

  /** Takes the service's events until closed (true) or until it can no longer watch (false). */
  private boolean watch() throws InterruptedException {
    while (!closed) {
      WatchKey key;
      try {
        key = service.poll(rescanEvery.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ClosedWatchServiceException e) {
        return closed;
      }
      if (!followsRoot()) {
        return false;
      }
      if (key == null) {
        continue;
      }
      Path dir = (Path) key.watchable();
      boolean relevant = false;
      try {
        for (WatchEvent<?> event : key.pollEvents()) {
          relevant |= take(dir, event);
        }
      } catch (IOException e) {
        fallBack(e);
        changed.run(); // what happened meanwhile was not seen
        return false;
      }
      if (!key.reset() && keys.remove(dir, key) && dir.equals(root)) {
        // The corpus folder itself was removed or moved: only walking it finds it again.
        fallBack(new NoSuchFileException(root.toString()));
        changed.run();
        return false;
      }
      if (relevant) {
        changed.run();
      }
    }
    return true;
  }

  /**
   * Whether the folder watched is still the one at the corpus's path, and watched again when
   * another has taken its place (false when none has, and the folder is walked instead): the system
   * watches a folder, not a name, so a folder moved aside kept its watch and a fresh copy swapped
   * into its place, as deploys and syncing tools do, was never followed.
   */
  private boolean followsRoot() {
    if (rootKey == null) {
      return true; // a system without folder keys: a removal is still seen by its watch key
    }
    Object now = Files.isDirectory(root) ? folderKey() : null;
    if (rootKey.equals(now)) {
      return true;
    }
    try {
      if (now == null) {
        throw new NoSuchFileException(root.toString());
      }
      keys.values().forEach(WatchKey::cancel);
      keys.clear();
      rootKey = now;
      registerTree(root);
    } catch (IOException e) {
      fallBack(e);
      changed.run();
      return false;
    }
    changed.run(); // the folder now in place is another corpus
    return true;
  }

  /** The system's key of the folder at the corpus's path; null when it has none or is gone. */
  private Object folderKey() {
    try {
      return Files.readAttributes(root, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** Takes in one event about {@code dir}; whether it may change what the corpus holds. */
  private boolean take(Path dir, WatchEvent<?> event) throws IOException {
    if (event.kind() == OVERFLOW) {
      // The system dropped events, not the watch: what they said is found again by registering
      // the folders made meanwhile and by the run this asks for, which compares every file.
      LOG.info(
          "Missed changes in {}: looking at all of it.", PrintableText.escaped(root.toString()));
      registerTree(root);
      return true;
    }
    Path child = dir.resolve((Path) event.context());
    if (isIgnored(child)) {
      return false;
    }
    if (event.kind() == ENTRY_DELETE) {
      forgetTree(child);
    } else if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
      // Files may have been made in it before it was registered; the run this asks for reads
      // them, and the registration sees what comes after.
      registerTree(child);
    }
    return true;
  }

  private boolean isIgnored(Path path) {
    return CorpusReader.isHidden(path) || ignored.stream().anyMatch(path::startsWith);
  }

  /** Registers {@code start} and the folders under it that the corpus reader would read. */
  private void registerTree(Path start) throws IOException {
    walk(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!isRead(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            register(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void register(Path dir) throws IOException {
    WatchKey key;
    try {
      key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      if (!key.watchable().equals(dir)) {
        // The system watches a folder, not a name: a folder moved inside the corpus (or reached
        // by a link) comes back with its key under its old name, which would misname its events.
        key.cancel();
        key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      }
    } catch (NoSuchFileException e) {
      return; // gone again before it was registered: its removal is an event of its parent's
    }
    keys.put(dir, key);
  }

  /** Stops watching the folders at and under {@code gone}, which was removed or moved away. */
  private void forgetTree(Path gone) {
    if (!keys.containsKey(gone)) {
      return; // a file, or a folder never watched
    }
    keys.entrySet()
        .removeIf(
            entry -> {
              if (!entry.getKey().startsWith(gone)) {
                return false;
              }
              entry.getValue().cancel();
              return true;
            });
  }

  /** Walks the folder every {@link #rescanEvery}, calling {@link #changed} when it differs. */
  private void rescan() throws InterruptedException {
    Map<Path, Stamp> last = stamps();
    while (!closed) {
      TimeUnit.MILLISECONDS.sleep(rescanEvery.toMillis());
      Map<Path, Stamp> now = stamps();
      if (!now.equals(last)) {
        last = now;
        changed.run();
      }
    }
  }

  /** A file's size and time of last change, which differ when it has been written. */
  private record Stamp(long size, FileTime modified) {}

  /** The stamps of the corpus's files; none when the folder cannot be read. */
  private Map<Path, Stamp> stamps() {
    Map<Path, Stamp> stamps = new HashMap<>();
    try {
      walk(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return isRead(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isIgnored(file)) {
                stamps.put(file, new Stamp(attrs.size(), attrs.lastModifiedTime()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      stamps.clear();
    }
    return stamps;
  }

  /** Whether the corpus reader reads the folder {@code dir} (the walk follows links). */
  private boolean isRead(Path dir) {
    return dir.equals(root) || !(isIgnored(dir) || CorpusReader.leadsOutside(dir, realRoot, links));
  }

  /** Walks from {@code start} as the corpus reader does, passing over what it cannot open. */
  private static void walk(Path start, SimpleFileVisitor<Path> visitor) throws IOException {
    Files.walkFileTree(
        start,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            return visitor.preVisitDirectory(dir, attrs);
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            return visitor.visitFile(file, attrs);
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A file or folder removed during the walk, or a link loop: the run reports it.
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Whether the folder is walked every so often rather than watched. */
  public boolean rescanning() {
    return service == null;
  }

  private void closeService() {
    WatchService watching = service;
    service = null;
    keys.clear();
    if (watching != null) {
      try {
        watching.close();
      } catch (IOException e) {
        LOG.debug("closing the watch service", e);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    WatchService watching = service;
    if (watching != null) {
      try {
        watching.close(); // ends the thread's take()
      } catch (IOException e) {
        LOG.debug("closing the watch service", e);
      }
    }
    thread.interrupt(); // ends a rescan's sleep; a walk under way ends by itself
  }
}
