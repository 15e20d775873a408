package org.ccmarchive.search;

import java.io.IOException;

/** Receives export rows; may throw I/O errors of the stream it writes to. */
@FunctionalInterface
public interface RowSink {
  void accept(ExportRow row) throws IOException;
}
