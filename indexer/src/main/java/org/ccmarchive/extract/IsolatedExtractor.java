package org.ccmarchive.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Parses each file in a separate JVM ({@link ExtractionWorker}) with a heap limit and a time limit.
 * A file that makes the parser loop, crash or run out of memory costs one worker process, which is
 * replaced; the indexer itself never sees the failure as more than a reason string. Thread-safe:
 * each calling thread borrows one worker at a time.
 */
public final class IsolatedExtractor implements Extractor, AutoCloseable {

  private static final long STARTUP_LIMIT_SECONDS = 120;

  /** JVM exit code of {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private final Limits limits;
  private final Ocr ocr;
  private final LinkedBlockingDeque<Worker> idle = new LinkedBlockingDeque<>();
  private final List<Worker> all = new ArrayList<>();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "extraction-watchdog");
            t.setDaemon(true);
            return t;
          });

  /**
   * How much one file may cost.
   *
   * @param timeLimit wall time for one file, OCR included
   * @param heapMegabytes heap of each worker JVM
   * @param maxFileBytes larger files are refused without parsing
   * @param maxChars extracted characters per file
   */
  public record Limits(Duration timeLimit, int heapMegabytes, long maxFileBytes, long maxChars) {
    public static Limits defaults() {
      return new Limits(
          Duration.ofSeconds(120), 768, 200L * 1024 * 1024, DocumentExtractor.DEFAULT_MAX_CHARS);
    }
  }

  public IsolatedExtractor(Limits limits, Ocr ocr) {
    this.limits = limits;
    this.ocr = ocr;
  }

  @Override
  public ExtractedDocument extract(Path file) throws ExtractionException {
    checkSize(file);
    Worker worker = borrow();
    boolean healthy = false;
    try {
      ExtractedDocument doc = worker.extract(file);
      healthy = true;
      return doc;
    } catch (WorkerDied e) {
      throw e;
    } catch (ExtractionException e) {
      healthy = true; // the worker answered: the file is bad, not the process
      throw e;
    } finally {
      giveBack(worker, healthy);
    }
  }

  private void checkSize(Path file) throws ExtractionException {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new ExtractionException("empty file");
      }
      if (size > limits.maxFileBytes()) {
        throw new ExtractionException(
            String.format(
                "file too large: %d MB (limit %d MB)",
                size / (1024 * 1024), limits.maxFileBytes() / (1024 * 1024)));
      }
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
  }

  private Worker borrow() throws ExtractionException {
    Worker w = idle.pollFirst();
    if (w != null) {
      return w;
    }
    try {
      w = new Worker(start());
      w.awaitReady();
    } catch (IOException e) {
      throw new ExtractionException("cannot start the extraction process: " + e.getMessage(), e);
    }
    synchronized (all) {
      all.add(w);
    }
    return w;
  }

  private void giveBack(Worker w, boolean healthy) {
    if (healthy) {
      idle.addFirst(w);
    } else {
      w.destroy();
      synchronized (all) {
        all.remove(w);
      }
    }
  }

  private Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-Xmx" + limits.heapMegabytes() + "m",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            ExtractionWorker.class.getName(),
            Long.toString(limits.maxChars()),
            Boolean.toString(ocr.enabled()),
            String.join(",", ocr.languages()));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(Worker::destroy);
      all.clear();
    }
    idle.clear();
    watchdog.shutdownNow();
  }

  /** One child JVM and its pipes. */
  private final class Worker {
    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream responses;

    Worker(Process process) {
      this.process = process;
      this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
      this.responses = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /**
     * The time limit is for parsing, not for starting a JVM on a busy machine: wait until the
     * worker has loaded its parsers (bounded too, so a broken setup cannot hang the run).
     */
    void awaitReady() throws IOException {
      ScheduledFuture<?> kill =
          watchdog.schedule(process::destroyForcibly, STARTUP_LIMIT_SECONDS, TimeUnit.SECONDS);
      try {
        if (responses.readByte() != WorkerProtocol.READY) {
          throw new IOException("the extraction worker did not start properly");
        }
      } catch (IOException e) {
        destroy();
        throw new IOException("the extraction worker did not start: " + e.getMessage(), e);
      } finally {
        kill.cancel(false);
      }
    }

    ExtractedDocument extract(Path file) throws ExtractionException {
      AtomicBoolean timedOut = new AtomicBoolean();
      long seconds = limits.timeLimit().toSeconds();
      ScheduledFuture<?> kill =
          watchdog.schedule(
              () -> {
                timedOut.set(true);
                process.destroyForcibly();
              },
              limits.timeLimit().toMillis(),
              TimeUnit.MILLISECONDS);
      try {
        WorkerProtocol.writeRequest(requests, file.toAbsolutePath().toString());
        requests.flush();
        return WorkerProtocol.readResponse(responses);
      } catch (IOException e) {
        throw new WorkerDied(deathReason(timedOut.get(), seconds), e);
      } finally {
        kill.cancel(false);
      }
    }

    private String deathReason(boolean timedOut, long seconds) {
      if (timedOut) {
        return "time limit exceeded: parsing took longer than " + seconds + " s";
      }
      int exit;
      try {
        exit = process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exit = -1;
      }
      if (exit == OUT_OF_MEMORY_EXIT) {
        return "out of memory: parsing needed more than " + limits.heapMegabytes() + " MB";
      }
      return "the parser crashed (exit code " + exit + ")";
    }

    void destroy() {
      process.destroyForcibly();
    }
  }

  /** The worker process died on a file (killed at the time limit, out of memory, crashed). */
  private static final class WorkerDied extends ExtractionException {
    WorkerDied(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
