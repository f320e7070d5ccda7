package org.policysearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable address of a passage: its document, its chunk, and a short hash of its text, so that a
 * link kept in a brief still opens the passage after a re-index of unchanged text, and says so when
 * the text at that place has changed rather than silently showing another paragraph.
 */
public final class Permalink {
  private Permalink() {}

  /**
   * The page address of chunk {@code chunkId} of document {@code documentId}, holding {@code text}.
   */
  public static String of(String documentId, String chunkId, String text) {
    return "/?doc=" + encode(documentId) + "&chunk=" + encode(chunkId) + "&h=" + hash(text);
  }

  /**
   * The page address that opens chunk {@code chunkId} inside document {@code documentId}, the words
   * of {@code query} (null or blank: none) marked: where a result leads.
   */
  public static String opening(String documentId, String chunkId, String query) {
    String url = "/?doc=" + encode(documentId) + "&chunk=" + encode(chunkId);
    return query == null || query.isBlank() ? url : url + "&q=" + encode(query);
  }

  /**
   * Eight hex digits of the SHA-256 of the passage's text: enough to tell an edited passage from
   * the one a link was made to, short enough to read in a link.
   */
  public static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
