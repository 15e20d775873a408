package org.ccmarchive.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Child-process entry point: reads file paths from stdin, answers each with the extracted document
 * on stdout. It runs in its own JVM with its own heap limit so that a parser that loops, crashes or
 * runs out of memory takes only this process down, never the indexer.
 *
 * <p>Arguments: {@code maxChars ocrEnabled ocrLanguages} (languages comma-separated).
 */
public final class ExtractionWorker {

  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    // The protocol owns stdout: anything a library prints goes to stderr instead.
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(System.err);
    exitWithParent();
    long maxChars = Long.parseLong(args[0]);
    Ocr ocr = new Ocr(Boolean.parseBoolean(args[1]), Arrays.asList(args[2].split(",")));
    DocumentExtractor extractor = new DocumentExtractor(maxChars, ocr);
    warmUp(extractor);
    out.writeByte(WorkerProtocol.READY);
    out.flush();
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    while (true) {
      String path;
      try {
        path = WorkerProtocol.readRequest(in);
      } catch (EOFException e) {
        return; // the indexer closed the pipe: done
      }
      try {
        WorkerProtocol.writeDocument(out, extractor.extract(Path.of(path)));
      } catch (ExtractionException e) {
        WorkerProtocol.writeFailure(out, e.getMessage());
      } catch (StackOverflowError e) {
        WorkerProtocol.writeFailure(out, "unreadable or corrupt file: nesting too deep");
      }
      out.flush();
    }
  }

  /** Loads the parser classes before the first timed file (tiny PDF, DOCX-less: text only). */
  private static void warmUp(DocumentExtractor extractor) {
    try {
      Path tmp = java.nio.file.Files.createTempFile("ccm-warmup", ".txt");
      try {
        java.nio.file.Files.writeString(tmp, "warm up\n");
        extractor.extract(tmp);
      } finally {
        java.nio.file.Files.deleteIfExists(tmp);
      }
    } catch (IOException | ExtractionException e) {
      // only a warm-up
    }
  }

  /** A worker whose indexer was killed (kill -9) must not linger. */
  private static void exitWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
  }
}
