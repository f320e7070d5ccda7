package org.policysearch.corpus;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The direction a PDF glyph is set in: how far its page's content turns it counter-clockwise from
 * upright, in whole degrees from 0 to 359, measured as PDFBox's {@code ExtractText} does for its
 * rotation magic.
 */
final class GlyphAngle {
  /**
   * How many degrees a glyph may lean off a quarter turn and still count as set on it: the text
   * layer of a scan leans a degree or two with the page, and read one leaning line at a time it
   * would break apart where PDFBox reads it whole.
   */
  private static final int LEAN = 2;

  private GlyphAngle() {}

  /**
   * The direction of {@code glyph} in its page's own content, where the content was turned by
   * {@code turned} degrees clockwise before it was read (0 for content read as it is).
   */
  static int of(TextPosition glyph, int turned) {
    Matrix matrix = glyph.getTextMatrix();
    if (turned != 0) {
      // Undone here rather than subtracted from the angle, so that a glyph counts the same in every
      // reading of its page, however its matrix skews it.
      matrix = matrix.multiply(Matrix.getRotateInstance(Math.toRadians(turned), 0, 0));
    } else {
      matrix = matrix.clone();
    }
    if (glyph.getFont() != null) {
      matrix.concatenate(glyph.getFont().getFontMatrix());
    }
    return onQuarter(
        (int) Math.round(Math.toDegrees(Math.atan2(matrix.getShearY(), matrix.getScaleY()))));
  }

  /** {@code degrees} from 0 to 359, and on the nearest quarter turn where it leans off one. */
  static int onQuarter(int degrees) {
    int quarter = Math.round(degrees / 90f) * 90;
    return Math.floorMod(Math.abs(degrees - quarter) <= LEAN ? quarter : degrees, 360);
  }
}
