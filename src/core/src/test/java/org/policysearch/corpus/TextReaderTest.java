package org.policysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TextReaderTest {
  private final TextReader reader = new TextReader();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsUtf8TextWithUnixLineEndsAndNoWarning() {
    SourceText text = reader.read(utf8("Joint Statement\r\nOctober 29, 2025\rSeoul\n"));

    assertEquals("Joint Statement\nOctober 29, 2025\nSeoul\n", text.text());
    assertEquals(List.of(), text.warnings());
    assertNull(text.title());
  }

  @Test
  void removesByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = utf8("Treaty text");
    byte[] content = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, content, bom.length, body.length);

    assertEquals("Treaty text", reader.read(content).text());
  }

  @Test
  void composesDecomposedAccentsToNfc() {
    SourceText text = reader.read(utf8("cafe\u0301 and Re\u0301publique"));

    assertEquals("caf\u00e9 and R\u00e9publique", text.text());
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithWarning() {
    // "café – ok" as Windows-1252: é is 0xE9 and the en dash 0x96, neither valid UTF-8 here.
    byte[] content = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x96, ' ', 'o', 'k'};

    SourceText text = reader.read(content);

    assertEquals("caf\u00e9 \u2013 ok", text.text());
    assertEquals(List.of("not valid UTF-8, read as Windows-1252"), text.warnings());
  }

  @Test
  void textInAnotherLegacyEncodingIsRefusedWithWhatToDo() {
    String japanese = "日本国政府と大韓民国政府は、半導体及び重要鉱物に関する協力を強化する。";
    String russian =
        "Правительство Российской Федерации и Правительство Республики Корея договорились.";
    for (byte[] content :
        List.of(
            japanese.getBytes(Charset.forName("Shift_JIS")),
            japanese.getBytes(Charset.forName("EUC-JP")),
            russian.getBytes(Charset.forName("KOI8-R")),
            russian.getBytes(Charset.forName("windows-1251")))) {
      var e = assertThrows(UnreadableSourceException.class, () -> reader.read(content));
      assertEquals(TextReader.NOT_WESTERN, e.getMessage());
    }
    // Western European text in Windows-1252 is read, its accents and all.
    String french =
        "Les Parties coopèrent en matière de sécurité économique et de minéraux critiques.";
    SourceText text = reader.read(french.getBytes(Charset.forName("windows-1252")));
    assertEquals(french, text.text().strip());
    assertEquals(List.of(TextReader.LEGACY_WARNING), text.warnings());
  }

  @Test
  void emptyFileIsRejected() {
    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(new byte[0]));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void aFileOfFrontMatterAloneIsRejectedAsHavingNoText() {
    var e =
        assertThrows(
            UnreadableSourceException.class,
            () -> reader.read(utf8("---\ntitle: Draft\ndraft: true\n---\n\n")));
    assertEquals("no text after its front matter", e.getMessage());
  }

  @Test
  void aFirstLineUnderlinedWithEqualsSignsIsTheTitle() {
    assertEquals(
        "Critical Minerals Strategy",
        reader.read(utf8("Critical Minerals Strategy\n===\n\nText.\n")).title());
  }

  @Test
  void theFirstHeadingAfterTheFrontMatterIsTheTitleAndTheFieldsAreKeptApart() {
    SourceText text = reader.read(utf8("---\nlayout: post\n---\n# Quantum partnership\n\nText.\n"));

    assertEquals("Quantum partnership", text.title());
    assertEquals("layout: post\n", text.frontMatter());
    assertEquals("# Quantum partnership\n\nText.\n", text.text());
  }

  @Test
  void whitespaceOnlyFileIsRejectedAsEmpty() {
    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(utf8(" \n\t\r\n  ")));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void fileWithNulBytesIsRejectedAsBinary() {
    byte[] zipLike = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', 'b'};

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(zipLike));
    assertEquals("binary content, not text", e.getMessage());
  }

  @Test
  void fileFullOfControlCharactersIsRejectedAsBinary() {
    byte[] content = new byte[1000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 5 == 0 ? 0x01 : 'a'); // a fifth control characters
    }

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(content));
    assertEquals("binary content, not text", e.getMessage());
  }

  @Test
  void utf16WithByteOrderMarkIsRead() {
    String text = "Accord de coopération\r\nArticle 1\r\n";

    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      SourceText read = reader.read(("\uFEFF" + text).getBytes(charset));

      assertEquals("Accord de coopération\nArticle 1\n", read.text(), charset.name());
      assertEquals(List.of(), read.warnings(), charset.name());
    }
  }

  @Test
  void utf16WithoutByteOrderMarkIsToldByWhereItsZeroBytesFall() {
    // Cyrillic letters have no zero byte in UTF-16: the spaces and punctuation between them do.
    String text = "Соглашение о свободной торговле, статья 1. Free trade agreement.";

    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      assertEquals(text, reader.read(text.getBytes(charset)).text(), charset.name());
    }
  }

  private static final String JAPANESE =
      "日本国政府と大韓民国政府は、半導体及び重要鉱物に関する協力を強化する。\n" + "両国は、サプライチェーンの強靱化に向けて、定期的に協議を行う。\n";
  private static final String CHINESE = "中华人民共和国政府和新西兰政府，决定加强在农业领域的合作。\n双方同意每年举行一次会议。\n";
  private static final String KOREAN = "대한민국 정부와 일본국 정부는 반도체 및 핵심 광물 분야의 협력을 강화한다.\n";

  @Test
  void utf16WithoutByteOrderMarkInJapaneseChineseOrKoreanIsRead() {
    // Few zero bytes (a line end, a space), so where they fall does not tell the byte order.
    for (String text : List.of(JAPANESE, CHINESE, KOREAN)) {
      for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        SourceText read = reader.read(text.getBytes(charset));

        assertEquals(text, read.text(), charset.name());
        assertEquals(List.of(), read.warnings(), charset.name());
        assertEquals(charset, TextReader.charsetOf(text.getBytes(charset)), charset.name());
      }
    }
  }

  @Test
  void utf16WithoutByteOrderMarkAndWithoutAnyZeroByteIsReadToo() {
    String text = JAPANESE.replace("\n", "");

    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      assertEquals(text, reader.read(text.getBytes(charset)).text(), charset.name());
    }
  }

  @Test
  void utf16WithoutByteOrderMarkThatCannotBeToldFromBinaryIsAdvisedToBeUtf8() {
    // Letters of three scripts: it decodes cleanly, but no one script says it is a text.
    String text = "日本国政府대한민국정부Россия中华人民共和国서울특별시Москва東京都\n";

    var e =
        assertThrows(
            UnreadableSourceException.class,
            () -> reader.read(text.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(TextReader.UNMARKED_UTF16, e.getMessage());
  }

  @Test
  void binaryFilesNamedTxtAreStillBinary() throws IOException {
    Random random = new Random(42);
    byte[] noise = new byte[8192];
    random.nextBytes(noise);
    for (byte[] content :
        List.of(
            image("png"),
            image("jpg"),
            zipOf(JAPANESE + CHINESE + KOREAN),
            TestPdfs.pdf("Agreement", List.of(List.of("Article 1", "The Parties shall."))),
            noise)) {
      assertThrows(UnreadableSourceException.class, () -> reader.read(content));
    }
    assertEquals(
        "binary content, not text",
        assertThrows(UnreadableSourceException.class, () -> reader.read(image("png")))
            .getMessage());
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 48; y++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x * y) % 256);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static byte[] zipOf(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("text.txt"));
      zip.write(text.getBytes(StandardCharsets.UTF_16LE));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void sixteenBitNumbersAreNotTakenForUtf16() {
    byte[] numbers = new byte[400];
    for (int i = 0; i < numbers.length; i += 2) {
      numbers[i] = (byte) (1 + i % 29); // small little-endian numbers: every high byte is zero
    }

    var e = assertThrows(UnreadableSourceException.class, () -> reader.read(numbers));
    assertEquals("binary content, not text", e.getMessage());
  }

  @Test
  void formFeedsAndTabsAreText() {
    SourceText text = reader.read(utf8("Page one\tcolumn\n\fPage two\n"));

    assertEquals("Page one\tcolumn\n\fPage two\n", text.text());
  }

  @Test
  void markdownKeepsHeadingsAndBulletsAndItsFirstHeadingIsTheTitle() {
    String markdown = "\n# Korea–Italy MoU #\n\n## Areas\n\n- AI\n- Chips\n";

    SourceText text = reader.read(utf8(markdown));

    assertEquals(markdown, text.text());
    assertEquals("Korea–Italy MoU", text.title());
  }
}
