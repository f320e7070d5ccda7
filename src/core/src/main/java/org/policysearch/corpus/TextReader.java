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
 * its {@code #} headings and {@code -} bullets directly, but for its front matter ({@link
 * FrontMatter}), whose fields are metadata, not text.
 *
 * <p>Bytes are decoded as strict UTF-8; a file that is not valid UTF-8 is almost always a legacy
 * Windows export, so it is decoded as Windows-1252 with a warning rather than rejected. UTF-16
 * (what Windows tools call "Unicode") is told by its BOM, or without one by its zero bytes, and
 * decoded as such.
 */
public final class TextReader implements SourceReader {
  static final String LEGACY_WARNING = "not valid UTF-8, read as Windows-1252";

  /** How much of the start of a file is sniffed for binary content. */
  private static final int SNIFF_BYTES = 8192;

  /** Share of control characters above which a file is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  /**
   * Share of UTF-16 code units with a zero high byte from which a file without BOM is taken for
   * UTF-16: Latin-script text has one in nearly every unit, Greek or Cyrillic text in its spaces,
   * digits and punctuation.
   */
  private static final double MIN_UTF16_ZERO_SHARE = 0.20;

  /**
   * Share of code units with a zero low byte up to which a file can still be UTF-16: only a few
   * characters have one (U+0100, U+4E00...), while binary formats have zeros anywhere.
   */
  private static final double MAX_UTF16_OTHER_ZERO_SHARE = 0.02;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final String NOT_WESTERN =
      "not UTF-8, and not Western European text in Windows-1252 either (Japanese, Chinese or"
          + " Russian in a legacy encoding?): save it as UTF-8";

  static final String UNMARKED_UTF16 =
      "looks like UTF-16 without a byte-order mark: save it as UTF-8";

  /**
   * Share of a text's letters, read as Windows-1252, beyond ASCII above which it is no Western
   * European text: French, Spanish or German has a few in a hundred, while Cyrillic in KOI8-R or
   * Japanese in Shift-JIS read so has almost nothing else ("ðÒÁ×ÉÔÅÌØÓÔ×Ï").
   */
  private static final double MAX_ACCENTED_SHARE = 0.30;

  /**
   * A Markdown level-1 heading on the first non-blank line ({@code # Title}, or {@code Title} over
   * {@code =====}), taken as the declared title.
   */
  private static final Pattern TITLE_HEADING =
      Pattern.compile("\\A\\s*(?:# +(\\S[^\\n]*)|(\\S[^\\n]*)\\n={3,}[ \\t]*(?:\\n|\\z))");

  @Override
  public SourceText read(byte[] content) {
    List<String> warnings = new ArrayList<>();
    String raw;
    Charset utf16 = utf16(content);
    if (utf16 != null) {
      raw = utf16Text(content, utf16);
    } else if (isBinary(content)) {
      raw =
          unmarkedUtf16(
              content,
              UnmarkedUtf16.resembles(content) ? UNMARKED_UTF16 : "binary content, not text");
    } else {
      try {
        raw = strict(StandardCharsets.UTF_8, content);
      } catch (CharacterCodingException e) {
        // UTF-16 first: Japanese in UTF-16 without a zero byte reads as Windows-1252 letters too
        // ("åe,gýV"), while a Western text is told from UTF-16 by what it decodes to there.
        Charset unmarked = UnmarkedUtf16.charsetOf(content);
        raw = new String(content, unmarked != null ? unmarked : WINDOWS_1252);
        if (unmarked == null && !readsAsWesternText(raw)) {
          throw new UnreadableSourceException(NOT_WESTERN);
        } else if (unmarked == null) {
          warnings.add(LEGACY_WARNING);
        }
      }
    }
    if ((raw.startsWith("\uFEFF") ? raw.substring(1) : raw).isBlank()) {
      throw new UnreadableSourceException("empty file");
    }
    SourceText text = SourceText.normalised(raw, null, warnings);
    FrontMatter.Split split = FrontMatter.split(text.text());
    if (split.warning() != null) {
      warnings.add(split.warning());
    }
    if (split.body().isBlank()) {
      throw new UnreadableSourceException("no text after its front matter");
    }
    return new SourceText(split.body(), titleOf(split.body()), warnings, null, split.yaml());
  }

  /**
   * Whether {@code text}, decoded as Windows-1252, reads as a Western European text: few of its
   * letters beyond ASCII, and few bytes Windows-1252 leaves undefined (which Shift-JIS and GBK
   * use). Indexed, the others would be words nobody can search for.
   */
  private static boolean readsAsWesternText(String text) {
    int letters = 0;
    int accented = 0;
    int undefined = 0;
    int beyondAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        beyondAscii++;
        if (c == '\uFFFD' || c >= 0x80 && c <= 0x9F) {
          undefined++;
        }
      }
      if (Character.isLetter(c)) {
        letters++;
        if (c >= 0x80) {
          accented++;
        }
      }
    }
    boolean mostlyAccented = letters >= 20 && accented > letters * MAX_ACCENTED_SHARE;
    boolean undefinedBytes = undefined >= 5 && undefined * 10 >= beyondAscii;
    return !mostlyAccented && !undefinedBytes;
  }

  /** The title a text's first line declares as a level-1 Markdown heading, or null. */
  static String titleOf(String text) {
    Matcher heading = TITLE_HEADING.matcher(text);
    if (!heading.find()) {
      return null;
    }
    return heading.group(1) != null
        ? heading.group(1).replaceAll("[\\s#]+$", "")
        : heading.group(2).strip();
  }

  /**
   * The character set {@link #read} decodes {@code content} in: UTF-16 by its BOM or its zero
   * bytes, else UTF-8 when it is valid UTF-8, else Windows-1252; UTF-16 too where {@link #read}
   * finds it by its characters.
   */
  public static Charset charsetOf(byte[] content) {
    Charset utf16 = utf16(content);
    if (utf16 != null) {
      return utf16;
    }
    Charset unmarked;
    if (isBinary(content)) {
      unmarked = UnmarkedUtf16.charsetOf(content);
      return unmarked != null ? unmarked : StandardCharsets.UTF_8;
    }
    try {
      strict(StandardCharsets.UTF_8, content);
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      unmarked = UnmarkedUtf16.charsetOf(content);
      return unmarked != null ? unmarked : WINDOWS_1252;
    }
  }

  /**
   * The text of content in UTF-16 without a BOM when it reads as text of one script ({@link
   * UnmarkedUtf16}); else the content is refused for {@code reason}. Asked only of content that is
   * not UTF-8, so that how UTF-8 files are read does not move.
   */
  private static String unmarkedUtf16(byte[] content, String reason) {
    Charset utf16 = UnmarkedUtf16.charsetOf(content);
    if (utf16 == null) {
      throw new UnreadableSourceException(reason);
    }
    return new String(content, utf16);
  }

  /** The text of content in UTF-16, unless it decodes to something that is not text after all. */
  private static String utf16Text(byte[] content, Charset utf16) {
    String text;
    try {
      text = strict(utf16, content);
    } catch (CharacterCodingException e) {
      throw new UnreadableSourceException(
          hasBom(content) ? "not valid UTF-16 (damaged?)" : "binary content, not text", e);
    }
    // Sixteen-bit numbers have zero high bytes too: as characters they are control characters.
    int length = Math.min(text.length(), SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      if (isControl(text.charAt(i))) {
        controls++;
      }
    }
    if (text.indexOf('\0') >= 0 || controls > length * MAX_CONTROL_SHARE) {
      throw new UnreadableSourceException("binary content, not text");
    }
    return text;
  }

  /**
   * The UTF-16 byte order of the content: its BOM's, or without one the order that puts the zero
   * bytes of its first code units in the high bytes; null when it does not look like UTF-16.
   */
  static Charset utf16(byte[] content) {
    if (hasBom(content)) {
      return (content[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    int units = Math.min(content.length, SNIFF_BYTES) / 2;
    int zeroFirst = 0;
    int zeroSecond = 0;
    for (int i = 0; i < units; i++) {
      zeroFirst += content[2 * i] == 0 ? 1 : 0;
      zeroSecond += content[2 * i + 1] == 0 ? 1 : 0;
    }
    int zeroHigh = Math.max(zeroFirst, zeroSecond);
    int zeroLow = Math.min(zeroFirst, zeroSecond);
    if (units == 0
        || zeroHigh < units * MIN_UTF16_ZERO_SHARE
        || zeroLow > units * MAX_UTF16_OTHER_ZERO_SHARE) {
      return null;
    }
    return zeroFirst > zeroSecond ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
  }

  /** A UTF-16 BOM, either way round; FF FE 00 00 is UTF-32's, which is not read. */
  private static boolean hasBom(byte[] content) {
    if (content.length < 2) {
      return false;
    }
    int first = content[0] & 0xFF;
    int second = content[1] & 0xFF;
    boolean utf32 = content.length >= 4 && content[2] == 0 && content[3] == 0;
    return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE && !utf32);
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }

  private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
    return charset
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
      if (isControl(b)) {
        controls++;
      }
    }
    return length > 0 && controls > length * MAX_CONTROL_SHARE;
  }
}
