package org.policysearch.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown files; Markdown stays as written, since the outline parser reads
 * its {@code #} headings and {@code -} bullets directly.
 *
 * <p>Bytes are decoded as strict UTF-8; a file that is not valid UTF-8 is almost always a legacy
 * Windows export, so it is decoded as Windows-1252 with a warning rather than rejected.
 */
public final class TextReader implements SourceReader {
  static final String LEGACY_WARNING = "not valid UTF-8, read as Windows-1252";

  /** How much of the start of a file is sniffed for binary content. */
  private static final int SNIFF_BYTES = 8192;

  /** Share of control characters above which a file is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A Markdown level-1 heading on the first non-blank line, taken as the declared title. */
  private static final Pattern TITLE_HEADING = Pattern.compile("\\A\\s*# +(\\S[^\\n]*)");

  @Override
  public SourceText read(byte[] content) {
    if (isBinary(content)) {
      throw new UnreadableSourceException("binary content, not text");
    }
    List<String> warnings = new ArrayList<>();
    String raw;
    try {
      raw = strictUtf8(content);
    } catch (CharacterCodingException e) {
      raw = new String(content, WINDOWS_1252);
      warnings.add(LEGACY_WARNING);
    }
    if ((raw.startsWith("\uFEFF") ? raw.substring(1) : raw).isBlank()) {
      throw new UnreadableSourceException("empty file");
    }
    SourceText text = SourceText.normalised(raw, null, warnings);
    Matcher heading = TITLE_HEADING.matcher(text.text());
    String title = heading.find() ? heading.group(1).replaceAll("[\\s#]+$", "") : null;
    return new SourceText(text.text(), title, text.warnings());
  }

  private static String strictUtf8(byte[] content) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(content))
        .toString();
  }

  /**
   * Whether the start of the content looks like a binary file: any NUL byte (never in UTF-8 or
   * Windows-1252 text) or more than a tenth control characters other than tab, line ends and form
   * feed.
   */
  static boolean isBinary(byte[] content) {
    int length = Math.min(content.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = content[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    return length > 0 && controls > length * MAX_CONTROL_SHARE;
  }
}
