package org.policysearch.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks a corpus folder and reads its documents with their declared and inferred metadata.
 *
 * <p>Use one reader per run: {@link #list} finds the documents (and notes the files it skips), then
 * {@link #read} reads each one; a document that cannot be read throws {@link
 * UnreadableSourceException} so that the caller can skip it and go on with the others. After {@link
 * #list}, {@link #load} and {@link #read} may be called from several threads at once.
 */
public final class CorpusReader {
  /** The default largest file read, 64 MB: far above any policy document; see {@link #forHeap}. */
  public static final long DEFAULT_SIZE_LIMIT = 64L * 1024 * 1024;

  /**
   * How many bytes of heap a file's size is allowed: at -Xmx256m a 30 MB text indexed, but in 52 s
   * mostly spent collecting garbage (its text, outline, chunks and the writer's postings of its
   * block, which cannot be flushed part-way, are all held at once), while 20 MB took 25 s; a tenth
   * leaves room for the writer's buffer and the rest of the run.
   */
  static final int HEAP_PER_BYTE = 10;

  private static final double MEGABYTE = 1024 * 1024;

  static final String NOT_REGULAR = "not a regular file (a named pipe, socket or device)";

  static final String LINK_OUTSIDE =
      "symbolic link leading outside the corpus folder (not followed without --follow-links)";

  /** Whether symbolic links that lead outside the corpus folder are read. */
  public enum Links {
    /**
     * Links within the corpus folder are read, those leading out of it skipped: a link such as
     * {@code corpus/p.txt -> /etc/passwd} would otherwise put any file the process can read into
     * the index and on the page.
     */
    INSIDE_CORPUS,
    /** Every link is read, wherever it leads (a corpus assembled from links to a shared drive). */
    FOLLOW
  }

  private final long sizeLimit;
  // The heap that set the size limit, to say so when a file is refused; 0 when it was given.
  private final long heapBound;
  private final Links links;
  private final Map<SourceFormat, SourceReader> readers = new EnumMap<>(SourceFormat.class);
  private final MetadataInference inference = new MetadataInference();
  // Built once per reader: building it (every ISO country's English name, folded) cost about as
  // much as reading a short document's metadata, and a corpus of news has thousands of those.
  private final PartyCodes partyCodes = new PartyCodes(Blocs.load());
  // Concurrent: indexing threads load files, and with them their folder's manifest, at once.
  private final Map<Path, Manifest> manifests = new ConcurrentHashMap<>();
  private List<SkippedFile> skipped = List.of();
  private List<String> warnings = List.of();

  /** A reader with the default size limit. */
  public CorpusReader() {
    this(DEFAULT_SIZE_LIMIT);
  }

  /** A reader that refuses files larger than {@code sizeLimit} bytes. */
  public CorpusReader(long sizeLimit) {
    this(sizeLimit, Links.INSIDE_CORPUS);
  }

  /**
   * A reader that refuses files larger than {@code sizeLimit} bytes and follows symbolic links as
   * {@code links} says.
   */
  public CorpusReader(long sizeLimit, Links links) {
    this(sizeLimit, 0, links);
  }

  private CorpusReader(long sizeLimit, long heapBound, Links links) {
    if (sizeLimit <= 0) {
      throw new IllegalArgumentException("size limit must be positive: " + sizeLimit);
    }
    this.sizeLimit = sizeLimit;
    this.heapBound = heapBound;
    this.links = Objects.requireNonNull(links, "links");
    readers.put(SourceFormat.TEXT, new TextReader());
    readers.put(SourceFormat.MARKDOWN, new MarkdownReader());
    readers.put(SourceFormat.HTML, new HtmlReader());
    readers.put(SourceFormat.PDF, new PdfReader());
  }

  /**
   * A reader that refuses files larger than {@link #DEFAULT_SIZE_LIMIT} or than a {@value
   * #HEAP_PER_BYTE}th of {@code maxHeap} bytes (the JVM's {@link Runtime#maxMemory}), whichever is
   * smaller: a file the heap cannot hold while indexing is skipped before it is read, with its size
   * and the limit, rather than ending the run with {@link OutOfMemoryError}.
   */
  public static CorpusReader forHeap(long maxHeap, Links links) {
    long byHeap = maxHeap / HEAP_PER_BYTE;
    return byHeap < DEFAULT_SIZE_LIMIT
        ? new CorpusReader(Math.max(byHeap, 1), maxHeap, links)
        : new CorpusReader(DEFAULT_SIZE_LIMIT, links);
  }

  /** The largest file read, in bytes. */
  public long sizeLimit() {
    return sizeLimit;
  }

  /**
   * The documents of a corpus folder, sorted by file name, found recursively; hidden files and
   * folders and metadata files are passed over, files of other formats, files that are not regular
   * files and (unless {@link Links#FOLLOW}) links leading out of the folder noted in {@link
   * #skipped}.
   *
   * @throws IOException when the corpus folder itself cannot be read
   */
  public List<CorpusFile> list(Path corpusDir) throws IOException {
    return list(corpusDir, Map.of());
  }

  /**
   * {@link #list(Path)}, each file named in {@code idsByFile} (by its path in the folder: the ids
   * an index holds) keeping its id there.
   *
   * @throws IOException when the corpus folder itself cannot be read
   */
  public List<CorpusFile> list(Path corpusDir, Map<String, String> idsByFile) throws IOException {
    Path root = corpusDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw Files.exists(root)
          ? new NotDirectoryException(corpusDir.toString())
          : new NoSuchFileException(corpusDir.toString());
    }
    Map<String, Path> found = new HashMap<>();
    List<SkippedFile> notRead = new ArrayList<>();
    List<String> sidecars = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        walker(root, root.toRealPath(), found, notRead, sidecars));
    List<CorpusFile> files = withIds(found, idsByFile);
    notRead.sort(Comparator.comparing(SkippedFile::fileName));
    skipped = List.copyOf(notRead);
    List<String> problems = new ArrayList<>(manifest(root).unmatchedWarnings(found.keySet()));
    problems.addAll(orphanSidecars(sidecars, found.keySet()));
    warnings = List.copyOf(problems);
    return files;
  }

  /** Files the last {@link #list} passed over because they are not in a format read here. */
  public List<SkippedFile> skipped() {
    return skipped;
  }

  /**
   * Problems with the corpus as a whole that the last {@link #list} met, such as a bad manifest.
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Sidecars whose document is not there, or whose suffix is not written in lower case (where file
   * names tell case apart, the document's sidecar is looked for as {@code .meta.json}): their
   * metadata would be lost without a word.
   */
  private static List<String> orphanSidecars(List<String> sidecars, Set<String> documents) {
    List<String> orphans = new ArrayList<>();
    for (String sidecar : sidecars) {
      String document =
          sidecar.substring(0, sidecar.length() - MetadataFiles.SIDECAR_SUFFIX.length());
      if (!sidecar.endsWith(MetadataFiles.SIDECAR_SUFFIX)) {
        orphans.add(
            PrintableText.quoted(sidecar)
                + ": a sidecar's name ends in "
                + MetadataFiles.SIDECAR_SUFFIX
                + " in lower case; rename it to be read, ignored");
      } else if (!documents.contains(document)) {
        orphans.add(
            PrintableText.quoted(sidecar)
                + ": no document \""
                + document
                + "\" beside it, ignored");
      }
    }
    orphans.sort(Comparator.naturalOrder());
    return orphans;
  }

  private SimpleFileVisitor<Path> walker(
      Path root,
      Path realRoot,
      Map<String, Path> found,
      List<SkippedFile> notRead,
      List<String> sidecars) {
    FileNameEncoding names = FileNameEncoding.ofThisJvm();
    return new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(root)) {
          return FileVisitResult.CONTINUE;
        }
        if (isHidden(dir)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        String name = nameOf(root.relativize(dir));
        if (!FileNameEncoding.namesAgain(root, name, dir)) {
          notRead.add(new SkippedFile(name + "/", names.reason()));
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (leadsOutside(dir, realRoot, links)) {
          notRead.add(new SkippedFile(nameOf(root.relativize(dir)), LINK_OUTSIDE));
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        Path relative = root.relativize(file);
        if (isHidden(file)) {
          return FileVisitResult.CONTINUE;
        }
        if (!FileNameEncoding.namesAgain(root, nameOf(relative), file)) {
          notRead.add(new SkippedFile(nameOf(relative), names.reason()));
          return FileVisitResult.CONTINUE;
        }
        // Links are followed, so these are the attributes of what a link leads to; they are the
        // link's own only for a link that leads nowhere, which is listed and fails when read.
        if (attrs.isSymbolicLink()) {
          // Its own attributes: a link that leads nowhere. Said as one, rather than as a file of
          // no known type (a loop) or one the server's absolute path could not find.
          notRead.add(new SkippedFile(nameOf(relative), brokenLink(file)));
          return FileVisitResult.CONTINUE;
        }
        if (!attrs.isRegularFile()) {
          notRead.add(new SkippedFile(nameOf(relative), NOT_REGULAR));
          return FileVisitResult.CONTINUE;
        }
        if (leadsOutside(file, realRoot, links)) {
          notRead.add(new SkippedFile(nameOf(relative), LINK_OUTSIDE));
          return FileVisitResult.CONTINUE;
        }
        if (MetadataFiles.isMetadataFile(relative)) {
          String name = nameOf(relative);
          if (name.toLowerCase(Locale.ROOT).endsWith(MetadataFiles.SIDECAR_SUFFIX)) {
            sidecars.add(name);
          }
          return FileVisitResult.CONTINUE;
        }
        String name = nameOf(relative);
        if (SourceFormat.of(file).isPresent()) {
          found.put(name, file);
        } else {
          notRead.add(new SkippedFile(name, "unsupported file type (" + extensionOf(name) + ")"));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        String reason =
            e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e;
        notRead.add(new SkippedFile(nameOf(root.relativize(file)), reason));
        return FileVisitResult.CONTINUE;
      }
    };
  }

  /**
   * Corpus files in name order; a file whose id is taken keeps its extension in its id. A file that
   * {@code idsByFile} gives an id keeps it: else "report.md" added beside "report.txt" took its id,
   * "report", and the links to the text's passages led to the Markdown's.
   */
  private static List<CorpusFile> withIds(Map<String, Path> found, Map<String, String> idsByFile) {
    List<String> names = new ArrayList<>(found.keySet());
    names.sort(Comparator.naturalOrder());
    Map<String, String> kept = new HashMap<>();
    for (String name : names) {
      String id = idsByFile.get(name);
      if (id != null) {
        kept.put(name, id);
      }
    }
    Set<String> taken = new HashSet<>(kept.values());
    List<CorpusFile> files = new ArrayList<>();
    for (String name : names) {
      Path path = found.get(name);
      if (kept.containsKey(name)) {
        files.add(new CorpusFile(path, name, kept.get(name), SourceFormat.of(path).orElseThrow()));
        continue;
      }
      String id = DocumentIds.of(name);
      if (taken.contains(id)) {
        id = DocumentIds.withExtension(name);
      }
      String unique = id;
      for (int n = 2; taken.contains(unique); n++) {
        unique =
            id + "-" + n; // names such as "a b.txt" and "a-b.txt" slug alike even with extension
      }
      taken.add(unique);
      files.add(new CorpusFile(path, name, unique, SourceFormat.of(path).orElseThrow()));
    }
    return List.copyOf(files);
  }

  /**
   * A corpus file's bytes and declared metadata (sidecar, else manifest row, field by field):
   * enough to tell by its hash whether it changed since the last run, before anything is decoded or
   * inferred.
   *
   * @param metadataWarnings problems with its sidecar or manifest row
   * @param contentHash hash of the bytes and the declared metadata
   */
  public record RawDocument(
      CorpusFile file,
      byte[] bytes,
      DocumentMetadata declared,
      List<String> metadataWarnings,
      String contentHash) {
    public RawDocument {
      metadataWarnings = List.copyOf(metadataWarnings);
    }
  }

  /**
   * Reads one file's bytes (once) and its declared metadata.
   *
   * @throws UnreadableSourceException when the file is too large or cannot be read
   */
  public RawDocument load(CorpusFile file) {
    byte[] bytes = bytesOf(file);
    MetadataFiles sidecars = new MetadataFiles(partyCodes);
    Manifest manifest = manifest(corpusDirOf(file));
    DocumentMetadata declared =
        sidecars.readSidecar(file.path()).orElse(manifest.row(file.fileName()));
    List<String> warnings = new ArrayList<>(sidecars.warnings());
    warnings.addAll(manifest.warningsFor(file.fileName()));
    return new RawDocument(file, bytes, declared, warnings, contentHash(bytes, declared));
  }

  /**
   * Reads one document: its text from the bytes {@link #load} read, its declared metadata completed
   * by inference.
   *
   * @throws UnreadableSourceException with the reason shown to the user when the file is not a
   *     usable document
   */
  public SourceDocument read(RawDocument raw) {
    CorpusFile file = raw.file();
    SourceText source = readers.get(file.format()).read(raw.bytes());
    List<String> documentWarnings = new ArrayList<>(source.warnings());
    documentWarnings.addAll(raw.metadataWarnings());
    DocumentMetadata declared = raw.declared();
    if (source.frontMatter() != null) {
      // A sidecar or manifest row is the user's word on the file: it wins field by field.
      MetadataFiles frontMatter = new MetadataFiles(partyCodes);
      declared =
          declared.orElse(frontMatter.readFrontMatter(source.frontMatter(), file.fileName()));
      documentWarnings.addAll(frontMatter.warnings());
    }
    return new SourceDocument(
        file.id(),
        file.fileName(),
        file.format(),
        source.text(),
        inference.complete(declared, source, file.fileName()),
        raw.contentHash(),
        documentWarnings);
  }

  /**
   * Reads one document: {@link #load} then {@link #read(RawDocument)}.
   *
   * @throws UnreadableSourceException with the reason shown to the user when the file is too large,
   *     cannot be read, or is not a usable document
   */
  public SourceDocument read(CorpusFile file) {
    return read(load(file));
  }

  private byte[] bytesOf(CorpusFile file) {
    Path path = file.path();
    try {
      // Checked again here, since the file may have been replaced after the listing: opening a
      // named pipe would wait for a writer forever.
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new UnreadableSourceException(NOT_REGULAR);
      }
      if (leadsOutside(path, corpusDirOf(file).toRealPath(), links)) {
        throw new UnreadableSourceException(LINK_OUTSIDE);
      }
      // Checked before reading too, so that a huge file is refused without filling the heap.
      long size = attributes.size();
      if (size > sizeLimit) {
        throw tooLarge(size);
      }
      byte[] bytes = Files.readAllBytes(path);
      if (bytes.length > sizeLimit) {
        throw tooLarge(bytes.length); // grew while we looked
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableSourceException("cannot read: " + describe(e), e);
    }
  }

  private UnreadableSourceException tooLarge(long size) {
    long wholeMegabytes = sizeLimit / (1024 * 1024);
    String limit =
        wholeMegabytes * 1024 * 1024 == sizeLimit
            ? Long.toString(wholeMegabytes)
            : String.format(Locale.ROOT, "%.1f", sizeLimit / MEGABYTE);
    String reason =
        String.format(Locale.ROOT, "too large: %.1f MB, limit %s MB", size / MEGABYTE, limit);
    if (heapBound > 0) {
      reason +=
          String.format(
              Locale.ROOT,
              " for a %.0f MB heap (a file may take up to 1/%d of the heap; a larger -Xmx"
                  + " raises the limit, up to %d MB)",
              heapBound / MEGABYTE,
              HEAP_PER_BYTE,
              DEFAULT_SIZE_LIMIT / (1024 * 1024));
    }
    return new UnreadableSourceException(reason);
  }

  /** Why the link {@code link}, which leads to no file, is skipped, naming what it names. */
  private static String brokenLink(Path link) {
    try {
      Path target = Files.readSymbolicLink(link);
      return "symbolic link to "
          + target
          + ", which does not exist or leads back to a link on the way (a loop)";
    } catch (IOException | UnsupportedOperationException e) {
      return "symbolic link that leads to no file";
    }
  }

  private static String describe(IOException e) {
    String kind =
        e instanceof NoSuchFileException
            ? "no such file"
            : e instanceof AccessDeniedException ? "access denied" : e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }

  /** SHA-256 of the bytes and the declared metadata, so that editing a sidecar re-indexes. */
  static String contentHash(byte[] bytes, DocumentMetadata declared) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(bytes);
      sha256.update((byte) 0);
      sha256.update(declared.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Whether {@code path} is (or lies under) a link that leads out of the corpus folder whose real
   * path is {@code realRoot}, and such links are not to be followed; a link that leads nowhere does
   * not lead outside.
   */
  static boolean leadsOutside(Path path, Path realRoot, Links links) {
    if (links == Links.FOLLOW) {
      return false;
    }
    try {
      return !path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private Manifest manifest(Path corpusDir) {
    return manifests.computeIfAbsent(
        corpusDir, dir -> new MetadataFiles(partyCodes).readManifest(dir));
  }

  /** The corpus folder a file was listed from: its path with the relative name taken off. */
  private static Path corpusDirOf(CorpusFile file) {
    Path dir = file.path().toAbsolutePath();
    for (int i = file.fileName().split("/").length; i > 0 && dir != null; i--) {
      dir = dir.getParent();
    }
    return dir == null ? file.path().toAbsolutePath().getRoot() : dir.normalize();
  }

  static boolean isHidden(Path path) {
    return Optional.ofNullable(path.getFileName())
        .map(n -> n.toString().startsWith("."))
        .orElse(false);
  }

  private static String nameOf(Path relative) {
    List<String> parts = new ArrayList<>();
    relative.forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }

  private static String extensionOf(String name) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot > 0 ? last.substring(dot).toLowerCase(Locale.ROOT) : "no extension";
  }
}
