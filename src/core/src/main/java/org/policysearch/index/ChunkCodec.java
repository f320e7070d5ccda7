package org.policysearch.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec the index is written with: Lucene 9.12's, except that stored fields are compressed in
 * blocks of {@value #BLOCK_BYTES} bytes instead of 80 KB, because a page reads a few scattered
 * chunks of a few hundred bytes each.
 *
 * <p>Lucene's default decompresses about an eighth of an 80 KB block to read one chunk (its
 * dictionary and the sub-block holding the chunk); with 16 KB blocks the sub-blocks are a fifth as
 * long. On ToTA's stored chunks, reading one at random took 12.5 µs by default and 4.2 µs with
 * these blocks, for stored fields a quarter larger (docs/benchmarks.md). Readers find the codec by
 * its {@link #NAME} through Lucene's service loader ({@code META-INF/services}).
 */
public final class ChunkCodec extends FilterCodec {
  /** The name written into each segment, by which a reader finds this codec. */
  public static final String NAME = "PolicySearch912";

  /** The uncompressed length of a stored-fields block. */
  public static final int BLOCK_BYTES = 16 * 1024;

  // At most this many chunks per block: a block of short headings is still read in one piece.
  private static final int MAX_CHUNKS_PER_BLOCK = 256;

  // Lucene's default for the stored fields' block index: 1,024 blocks per index block.
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "PolicySearchStoredFields",
          new LZ4WithPresetDictCompressionMode(),
          BLOCK_BYTES,
          MAX_CHUNKS_PER_BLOCK,
          BLOCK_SHIFT);

  /** The codec; Lucene's service loader calls this when it opens a segment written with it. */
  public ChunkCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
