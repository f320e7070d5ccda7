package org.policysearch.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file's front matter from its text: the YAML block between two lines of dashes
 * that opens it, where static site generators and note-taking tools keep a document's title, date
 * and other fields. Only a block of {@code key: value} fields counts: a text that opens with a rule
 * ({@code ---}) and prose is text.
 */
final class FrontMatter {
  /**
   * What opens a text: a line of three dashes, then the block up to a line of three dashes or dots
   * within the first {@value #MAX_LINES} lines.
   */
  private static final int MAX_LINES = 200;

  private static final Pattern BLOCK =
      Pattern.compile(
          "\\A---[ \\t]*\\n((?:.*\\n){0," + MAX_LINES + "}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)");

  /** A block's first field, {@code title:}: what tells a broken block from a rule over prose. */
  private static final Pattern FIELD = Pattern.compile("\\A\\s*[A-Za-z_][\\w-]*\\s*:");

  /**
   * A text split from its front matter.
   *
   * @param yaml the block's YAML, or null when the text has none (or one that is not valid YAML)
   * @param body the text after the block (from its first line that is not blank), or the whole text
   * @param warning why a block that reads as front matter was left in the text, or null
   */
  record Split(String yaml, String body, String warning) {}

  private FrontMatter() {}

  /** {@code text} split from the front matter that opens it. */
  static Split split(String text) {
    Matcher block = BLOCK.matcher(text);
    if (!block.find()) {
      return new Split(null, text, null);
    }
    String yaml = block.group(1);
    try {
      JsonNode fields = new YAMLMapper().readTree(yaml);
      if (fields == null || !fields.isObject() || fields.isEmpty()) {
        return new Split(null, text, null);
      }
      return new Split(yaml, text.substring(block.end()).replaceFirst("\\A\\n+", ""), null);
    } catch (JacksonException e) {
      if (!FIELD.matcher(yaml).find()) {
        return new Split(null, text, null);
      }
      String reason =
          e.getOriginalMessage() == null
              ? ""
              : ": " + e.getOriginalMessage().lines().findFirst().orElse("");
      // Its lines are kept, its two lines of dashes are not: the closing one would underline the
      // last field as a heading ("## title: ...") and make it the document's title.
      String kept = yaml + "\n" + text.substring(block.end()).replaceFirst("\\A\\n+", "");
      return new Split(null, kept, "front matter is not valid YAML, kept as text" + reason);
    }
  }
}
