package org.policysearch.web;

import java.io.IOException;
import org.policysearch.search.ExportRow;

/** Writes export rows one by one in a file format; {@link #close()} ends the file. */
public interface RowWriter extends AutoCloseable {
  void write(ExportRow row) throws IOException;

  @Override
  void close() throws IOException;
}
