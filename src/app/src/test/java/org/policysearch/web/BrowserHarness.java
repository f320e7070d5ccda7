package org.policysearch.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policysearch.Engine;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.SourceFiles;
import org.policysearch.index.Indexer;
import org.policysearch.search.SearchService;

/**
 * The real server on an indexed corpus plus Debian's headless Chromium, shared by the browser tests
 * of one class; waits on the page's own render counter rather than on sleeps.
 *
 * <p>A class registers one as an extension ({@code @RegisterExtension static final BrowserHarness
 * browser = BrowserHarness.onSeedCorpus(…)}): it indexes and starts before the class's tests, lays
 * the page out at desktop size before each, and stops and cleans up after the last.
 */
final class BrowserHarness
    implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The seed corpus the tests' pages search, beside each class's own files. */
  private static final Path SEED_CORPUS = Path.of("corpus");

  private final Map<String, byte[]> extraFiles;
  private final HttpClient http = HttpClient.newHttpClient();
  // Set when the class's tests start: the harness is built with the class, started before its
  // first test.
  ChromeDriver driver;
  String base;
  private Path work;
  private SearchService service;
  private Javalin app;

  private BrowserHarness(Map<String, byte[]> extraFiles) {
    this.extraFiles = Map.copyOf(extraFiles);
  }

  /** A harness on the seed corpus. */
  static BrowserHarness onSeedCorpus() {
    return onSeedCorpus(Map.of());
  }

  /** A harness on the seed corpus plus {@code extraFiles} (name to text). */
  static BrowserHarness onSeedCorpus(Map<String, String> extraFiles) {
    Map<String, byte[]> bytes = new java.util.HashMap<>();
    extraFiles.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return new BrowserHarness(bytes);
  }

  /** A harness on the seed corpus plus {@code files} (name to bytes: a PDF, say). */
  static BrowserHarness onSeedCorpusAndFiles(Map<String, byte[]> files) {
    return new BrowserHarness(files);
  }

  /** The folder of this class's corpus, index and browser profile, for files of its own. */
  Path work() {
    return work;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    work = Files.createTempDirectory("policy-search-browser-");
    start(work, SEED_CORPUS, extraFiles);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    viewport(1440, 900);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        close();
      }
    } finally {
      IOUtils.rm(work);
    }
  }

  /**
   * Indexes {@code corpus} (plus {@code extraFiles}, name to bytes) under {@code work}, starts the
   * server and a browser. A missing browser fails the run in CI and skips it elsewhere.
   */
  private void start(Path work, Path corpus, Map<String, byte[]> extraFiles) throws IOException {
    requireBrowser();
    Path corpusDir = work.resolve("corpus");
    Files.createDirectories(corpusDir);
    try (var files = Files.list(corpus)) {
      for (Path file : files.toList()) {
        Files.copy(
            file, corpusDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
      Files.write(corpusDir.resolve(extra.getKey()), extra.getValue());
    }
    Engine engine = Engine.create();
    Path indexDir = work.resolve("index");
    engine.index(corpusDir, indexDir, Indexer.Progress.NONE);
    service = engine.searchService(indexDir);
    // As serve does: the documents' source files are handed out from the corpus folder.
    app =
        ApiServer.create(
                service,
                ServerSettings.DEFAULT,
                SourceFiles.in(corpusDir, CorpusReader.Links.INSIDE_CORPUS))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    try {
      driver = chrome(work.resolve("chrome-profile"));
    } catch (RuntimeException e) {
      app.stop();
      service.close();
      throw e;
    }
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String message = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM;
    message += ", " + CHROMEDRIVER + ")";
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      // In CI a missing browser is a broken setup, never a silent skip.
      fail(message + " and CI=true");
    }
    Assumptions.assumeTrue(present, message + "; skipped outside CI");
  }

  private static ChromeDriver chrome(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1440,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }

  /** The width and height the page lays out for, as a phone or a desktop would give it. */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /**
   * Cuts the browser off the network, or connects it again: every request then fails as it does
   * when the server is down, while the server goes on serving the other tests.
   */
  void offline(boolean offline) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Opens {@code pathAndQuery} and waits for the page's first render. */
  void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
    awaitRender(0);
  }

  /** How many renders the page has finished. */
  int renders() {
    Object value = js("return Number(document.documentElement.dataset.renders || 0);");
    return ((Number) value).intValue();
  }

  /** Waits until the page has finished a render after the {@code before}th. */
  void awaitRender(int before) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        // Between a navigation's unload and the next page's parse there is no
                        // document element to read yet: not rendered, rather than an error.
                        "const e = document.documentElement; if (!e) return false;"
                            + " const d = e.dataset;"
                            + " return Number(d.renders || 0) > arguments[0] && d.busy === 'false';",
                        before)));
  }

  /**
   * What the live region announces after the last render: the page empties it and fills it a moment
   * later, so screen readers repeat an unchanged announcement; this waits for the filled text.
   */
  String announcement() {
    String script = "return document.getElementById('live').textContent;";
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !((String) js(script)).isEmpty());
    return (String) js(script);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The JSON the API answers for {@code pathAndQuery}, fetched outside the browser. */
  JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    return JSON.readTree(get(pathAndQuery).body());
  }

  /** The server's answer to {@code pathAndQuery}, headers included. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Saves what the browser shows under the build directory so a reviewer can look at it. */
  void screenshot(String name) throws IOException {
    Path dir = Path.of(System.getProperty("build.dir", "target"), "screenshots");
    Files.createDirectories(dir);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Chunk ids of the hits on the page, in order. */
  @SuppressWarnings("unchecked")
  List<String> shownChunkIds() {
    return (List<String>)
        js(
            "return Array.from(document.querySelectorAll('#results li[data-chunk-id]'))"
                + ".map(li => li.dataset.chunkId);");
  }

  /** Types {@code query} into the search box and presses Enter. */
  void search(String query) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    int before = renders();
    box.sendKeys(query, Keys.ENTER);
    awaitRender(before);
  }

  /** The sidebar checkbox of one facet value. */
  WebElement box(String facet, String value) {
    return driver.findElement(
        By.cssSelector("#facets input[data-facet='" + facet + "'][data-value='" + value + "']"));
  }

  /** Clicks a facet checkbox and waits for the new results. */
  void tick(String facet, String value) {
    int before = renders();
    box(facet, value).click();
    awaitRender(before);
  }

  /** The text of every mark inside {@code scope} (a CSS selector). */
  @SuppressWarnings("unchecked")
  List<String> marks(String scope) {
    return (List<String>)
        js(
            "return Array.from(document.querySelectorAll(arguments[0] + ' mark'))"
                + ".map(m => m.textContent);",
            scope);
  }

  /** The chunk ids of an API search answer's hits, in order. */
  static List<String> chunkIds(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("chunkId").asText()));
    return ids;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      app.stop();
      service.close();
    }
  }
}
