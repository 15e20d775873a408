package org.ccmarchive.extract;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wire format between the indexer and an {@link ExtractionWorker}: a request is a file path, a
 * response is either an {@link ExtractedDocument} or the reason it could not be read.
 */
final class WorkerProtocol {

  /** Sent once by a worker whose parsers are loaded. */
  static final byte READY = 0;

  private static final byte OK = 1;
  private static final byte FAILED = 2;

  private WorkerProtocol() {}

  static void writeRequest(DataOutput out, String path) throws IOException {
    writeString(out, path);
  }

  static String readRequest(DataInput in) throws IOException {
    return readString(in);
  }

  static void writeFailure(DataOutput out, String reason) throws IOException {
    out.writeByte(FAILED);
    writeString(out, reason);
  }

  static void writeDocument(DataOutput out, ExtractedDocument doc) throws IOException {
    out.writeByte(OK);
    writeString(out, doc.mediaType());
    writeString(out, doc.format());
    writeString(out, doc.title().orElse(""));
    out.writeInt(doc.pageCount());
    out.writeInt(doc.ocrPages());
    out.writeBoolean(doc.laidOut());
    out.writeInt(doc.blocks().size());
    for (TextBlock b : doc.blocks()) {
      out.writeByte(b.kind().ordinal());
      writeString(out, b.text());
      out.writeInt(b.page());
    }
  }

  /** The document, or an {@link ExtractionException} carrying the worker's reason. */
  static ExtractedDocument readResponse(DataInput in) throws IOException, ExtractionException {
    byte status = in.readByte();
    if (status == FAILED) {
      throw new ExtractionException(readString(in));
    }
    if (status != OK) {
      throw new IOException("unexpected response from the extraction worker: " + status);
    }
    String mediaType = readString(in);
    String format = readString(in);
    String title = readString(in);
    int pageCount = in.readInt();
    int ocrPages = in.readInt();
    boolean laidOut = in.readBoolean();
    int n = in.readInt();
    List<TextBlock> blocks = new ArrayList<>(n);
    TextBlock.Kind[] kinds = TextBlock.Kind.values();
    for (int i = 0; i < n; i++) {
      TextBlock.Kind kind = kinds[in.readByte()];
      blocks.add(new TextBlock(kind, readString(in), in.readInt()));
    }
    return new ExtractedDocument(
        mediaType,
        format,
        title.isEmpty() ? Optional.empty() : Optional.of(title),
        pageCount,
        blocks,
        ocrPages,
        laidOut);
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInput in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
