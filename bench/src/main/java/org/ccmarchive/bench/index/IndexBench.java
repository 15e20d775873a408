package org.ccmarchive.bench.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ccmarchive.bench.Commands;
import org.ccmarchive.bench.Machine;
import org.ccmarchive.bench.Results;
import org.ccmarchive.index.CorpusFiles;

/**
 * Indexing benchmark: the packaged indexer ({@code java -jar ccm-archive.jar index}, the public
 * entry point, so parallel or incremental indexing shows up here when the indexer gains it) over
 * the whole corpus and over its PDFs, next to {@code pdftotext} (two parallel jobs) on the same
 * PDFs and {@code recollindex} on the same folder; a no-change re-index of both; and the split of
 * indexing time between stages, measured in-process on a sample.
 */
public final class IndexBench {

  private final Path dir;
  private final Path jar;
  private final int sampleFiles;

  public IndexBench(Path dir, Path jar, int sampleFiles) {
    this.dir = dir;
    this.jar = jar;
    this.sampleFiles = sampleFiles;
  }

  public void run(Results out) throws IOException {
    Path corpus = dir.resolve("corpus");
    Path pdf = pdfSubset(corpus);
    Path log = dir.resolve("index-bench.log");
    List<Path> all = CorpusFiles.list(corpus);
    List<Path> pdfs = CorpusFiles.list(pdf);
    long allBytes = bytes(all);
    long pdfBytes = bytes(pdfs);
    out.line("| run | files | MB | wall s | files/s | MB/s |");
    out.line("|---|---:|---:|---:|---:|---:|");

    double full = indexer(log, corpus, dir.resolve("index"), true);
    row(out, "ccm index --full (all formats)", all.size(), allBytes, full);
    double again = indexer(log, corpus, dir.resolve("index"), false);
    row(out, "ccm index, nothing changed", all.size(), allBytes, again);
    double pdfIndex = indexer(log, pdf, dir.resolve("index-pdf"), true);
    row(out, "ccm index --full (PDF subset)", pdfs.size(), pdfBytes, pdfIndex);

    Double pdftotext = null;
    if (Commands.onPath("pdftotext")) {
      pdftotext =
          Commands.timed(
              log,
              List.of(
                  "sh",
                  "-c",
                  "find \"$0\" -name '*.pdf' -print0 | xargs -0 -P 2 -I{} pdftotext -q {} /dev/null",
                  pdf.toString()));
      row(out, "pdftotext, 2 parallel jobs (PDF subset)", pdfs.size(), pdfBytes, pdftotext);
    } else {
      out.line("| pdftotext | NOT INSTALLED (Debian poppler-utils) | | | | |");
    }
    Double recollFull = null;
    Double recollAgain = null;
    if (Commands.onPath("recollindex")) {
      Path conf = recollConfig(corpus);
      recollFull = Commands.timed(log, List.of("recollindex", "-c", conf.toString(), "-z"));
      row(out, "recollindex -z (full, all formats)", all.size(), allBytes, recollFull);
      recollAgain = Commands.timed(log, List.of("recollindex", "-c", conf.toString()));
      row(out, "recollindex, nothing changed", all.size(), allBytes, recollAgain);
    } else {
      out.line("| recollindex | NOT INSTALLED (Debian recollcmd) | | | | |");
    }
    out.line("");
    out.figure("index.files", all.size());
    out.figure("index.files_per_s", all.size() / full);
    out.figure("index.nochange_s", again);
    if (pdftotext != null) {
      out.line(
          "- indexing / pdftotext on the same PDFs: **%.2f** (target ≤ 3)", pdfIndex / pdftotext);
      out.figure("index.pdf_ratio", pdfIndex / pdftotext);
    }
    if (recollFull != null) {
      out.line(
          "- files/s ours / Recoll's: **%.2f** (target ≥ 1); no-change re-index ours %.1f s vs"
              + " Recoll %.1f s (target ≤ 2× Recoll's)",
          recollFull / full, again, recollAgain);
      out.figure("index.recoll_files_per_s", all.size() / recollFull);
      out.figure("index.recoll_nochange_s", recollAgain);
    }
    stages(out, corpus, all);
  }

  private void stages(Results out, Path corpus, List<Path> all) throws IOException {
    List<Path> sample = new ArrayList<>();
    int step = Math.max(1, all.size() / sampleFiles);
    for (int i = 0; i < all.size(); i += step) {
      sample.add(all.get(i));
    }
    Path scratch = dir.resolve("index-stages");
    StageTimes.Split s = StageTimes.measure(corpus, sample, scratch);
    out.line("");
    out.line(
        "Stage split, in-process, one thread, every %d-th file (%d files, %d passages, %.1f MB of"
            + " passage text), CPU seconds of the indexing thread and of the fork-join pool Lingua"
            + " uses (%.1f s wall, load %s at the end):",
        step, s.files(), s.passages(), s.textBytes() / 1e6, s.wall(), Machine.loadAverage());
    out.line("");
    out.line("| stage | CPU s | share |");
    out.line("|---|---:|---:|");
    stage(out, s, "extraction (Tika)", s.extract());
    stage(out, s, "structure (passages; timed again on its own)", s.structure());
    stage(
        out,
        s,
        "enrichment (record facts, speakers, articles, topics; the rest of reading)",
        s.enrichment());
    stage(out, s, "Lucene: documents (fields, facets, each passage's language)", s.documents());
    out.line(
        "| … of which per-passage language identification (timed again on its own) | %.1f | %.0f%% |",
        s.languageIds(), 100 * s.languageIds() / s.total());
    stage(out, s, "Lucene: analysis (every analysed field; timed again on its own)", s.analysis());
    stage(
        out, s, "Lucene: write (inversion, stored fields, doc values, flushes, merges)", s.write());
    stage(out, s, "Lucene: commit (flushing what the RAM buffer still holds, fsync)", s.commit());
    stage(out, s, "**Lucene stage** (documents + analysis + write + commit)", s.lucene());
    out.line("");
    out.line(
        "- Lucene-only indexing of extracted text: **%.1f GB/hour/core** (target ≥ 20); without"
            + " language identification %.1f GB/hour/core",
        s.luceneGbPerHour(), s.luceneGbPerHourWithoutLanguageIds());
    out.figure("index.lucene_gb_h_core", s.luceneGbPerHour());
    out.figure(
        "index.lucene_gb_h_core_without_language_ids", s.luceneGbPerHourWithoutLanguageIds());
  }

  private static void stage(Results out, StageTimes.Split s, String name, double seconds) {
    out.line("| %s | %.1f | %.0f%% |", name, seconds, 100 * seconds / s.total());
  }

  private double indexer(Path log, Path corpus, Path index, boolean full) throws IOException {
    // As ./ccm index starts it: class-data sharing, the archive written by the first run (the
    // full index) and used by the no-change run after it.
    List<String> args = new ArrayList<>(Commands.classDataSharing(dir.resolve("index.jsa")));
    args.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--progress",
            "lines"));
    List<String> cmd = new ArrayList<>(Commands.java(args.toArray(String[]::new)));
    if (full) {
      cmd.add("--full");
    }
    return Commands.timed(log, cmd);
  }

  /** The PDFs of the corpus, hard-linked into a folder of their own. */
  private Path pdfSubset(Path corpus) throws IOException {
    Path pdf = dir.resolve("pdf");
    if (Files.isDirectory(pdf)) {
      return pdf;
    }
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".pdf")).toList()) {
        Path link = pdf.resolve(corpus.relativize(p));
        Files.createDirectories(link.getParent());
        Files.createLink(link, p);
      }
    }
    return pdf;
  }

  private Path recollConfig(Path corpus) throws IOException {
    Path conf = dir.resolve("recoll");
    Files.createDirectories(conf);
    Files.writeString(
        conf.resolve("recoll.conf"), "topdirs = " + corpus + "\nloglevel = 2\nnoaspell = 1\n");
    return conf;
  }

  private static void row(Results out, String name, int files, long bytes, double seconds) {
    out.line(
        "| %s | %d | %.1f | %.1f | %.1f | %.2f |",
        name, files, bytes / 1e6, seconds, files / seconds, bytes / 1e6 / seconds);
  }

  private static long bytes(List<Path> files) throws IOException {
    long sum = 0;
    for (Path f : files) {
      sum += Files.size(f);
    }
    return sum;
  }
}
