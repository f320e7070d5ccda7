package org.policysearch;

import java.net.ConnectException;
import org.policysearch.corpus.PrintableText;
import org.policysearch.solr.SolrCollection;
import picocli.CommandLine.Option;

/** Which engine holds the index: the Lucene index folder, or a SolrCloud collection. */
final class BackendOptions {
  /** The engines {@code --backend} names. */
  enum Engine {
    lucene,
    solr
  }

  @Option(
      names = "--backend",
      defaultValue = "lucene",
      description =
          "lucene (the --index folder, default) or solr (a SolrCloud collection: --solr-url,"
              + " --collection).")
  Engine engine;

  @Option(
      names = "--solr-url",
      paramLabel = "URL",
      description =
          "A node of the SolrCloud cluster, e.g. http://host:8983/solr; several separated by"
              + " commas, tried in turn when one does not answer.")
  String solrUrl;

  @Option(
      names = "--collection",
      defaultValue = "policy",
      description = "The SolrCloud collection (default: ${DEFAULT-VALUE}).")
  String collection;

  boolean solr() {
    return engine == Engine.solr;
  }

  /**
   * The collection the options name.
   *
   * @throws IllegalArgumentException when {@code --solr-url} is missing or not an address
   */
  SolrCollection collection() {
    if (solrUrl == null) {
      throw new IllegalArgumentException("--backend solr needs --solr-url http://host:8983/solr");
    }
    return SolrCollection.at(solrUrl, collection);
  }

  /** The one line that says why the collection could not be used. */
  String failed(Exception e) {
    if (e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof ConnectException)) {
      cause = cause.getCause();
    }
    String why =
        cause instanceof ConnectException
            ? "nothing answers at that address"
            : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    return "The Solr collection "
        + collection
        + " at "
        + solrUrl
        + " could not be used: "
        + PrintableText.escaped(why);
  }
}
