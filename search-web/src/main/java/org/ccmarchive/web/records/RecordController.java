package org.ccmarchive.web.records;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.PassageHit;
import org.ccmarchive.search.RecordDetail;
import org.ccmarchive.search.RecordSummary;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.common.Refusal;
import org.ccmarchive.web.common.Templates;

/** {@code GET /doc/{id}} (the record view) and {@code GET /doc/{id}/original} (the file). */
public final class RecordController {

  static final int SIMILAR = 10;

  private final ArchiveIndex search;
  private final Templates templates;
  private final Path corpus;

  private final PublicBase publicBase;

  /** Record pages' citation tags link to {@code publicBase}. */
  public RecordController(
      ArchiveIndex search, Templates templates, Path corpus, PublicBase publicBase) {
    this.search = search;
    this.templates = templates;
    this.corpus = corpus;
    this.publicBase = publicBase;
  }

  public void show(Context ctx) {
    String id = knownId(ctx);
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    RecordDetail detail = search.record(id, q).orElseThrow(() -> notFound(id));
    var citation =
        org.ccmarchive.web.cite.CitableRecord.of(
            detail.record(), detail.passages(), List.of(), publicBase.of(ctx));
    templates.html(
        ctx, "records/record.jte", new RecordPage(detail, q, search.versions(id), citation));
  }

  /** {@code GET /doc/{id}/similar/{ordinal}}: passages most like one paragraph. */
  public void similar(Context ctx) {
    Paragraph at = paragraph(ctx);
    String id = at.detail().record().id();
    var page =
        new SimilarPage(
            at.detail().record(),
            at.passage(),
            search.similar(id, at.passage().ordinal(), SIMILAR));
    templates.html(ctx, "records/similar.jte", page);
  }

  /**
   * {@code GET /doc/{id}/versions/{ordinal}}: one paragraph side by side with the same-numbered
   * paragraph of each other language version of the record.
   */
  public void versions(Context ctx) {
    Paragraph at = paragraph(ctx);
    String id = at.detail().record().id();
    var page =
        new VersionsPage(
            at.detail().record(),
            at.passage(),
            search.versionPassages(id, at.passage().ordinal()).orElse(List.of()));
    templates.html(ctx, "records/versions.jte", page);
  }

  private record Paragraph(RecordDetail detail, PassageHit passage) {}

  /** The record and paragraph a {@code /doc/{id}/…/{ordinal}} route names; 404 when unknown. */
  private Paragraph paragraph(Context ctx) {
    String id = knownId(ctx);
    int ordinal = Params.paragraph(ctx);
    RecordDetail detail = search.record(id, "").orElseThrow(() -> notFound(id));
    return new Paragraph(detail, passage(detail, ordinal));
  }

  /** The passage of {@code detail} at {@code ordinal}; 404 when the record has none there. */
  public static PassageHit passage(RecordDetail detail, int ordinal) {
    return detail.passages().stream()
        .filter(p -> p.ordinal() == ordinal)
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("error.record-no-paragraph", String.valueOf(ordinal)));
  }

  /**
   * Serves the original only by record id, only from inside the corpus, always as a download, byte
   * for byte as stored. Never compressed: most originals (PDF, DOCX, ODT, images) are compressed
   * already, and a gzipped body would contradict the exact {@code Content-Length} that lets a
   * browser show progress and detect a cut-short download.
   */
  public void original(Context ctx) throws IOException {
    String id = knownId(ctx);
    RecordSummary record = search.summary(id).orElseThrow(() -> notFound(id));
    Path file = insideCorpus(record.file());
    ctx.disableCompression();
    ctx.contentType(record.mediaType());
    ctx.header("Content-Disposition", attachment(file.getFileName().toString()));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Length", Long.toString(Files.size(file)));
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(ctx.outputStream());
    }
  }

  private Path insideCorpus(String relative) throws IOException {
    Path root = corpus.toRealPath();
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)
        || !Files.isRegularFile(file)
        || !file.toRealPath().startsWith(root)) {
      throw Refusal.notFound("error.original-gone");
    }
    return file;
  }

  /** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
  static String attachment(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** The record id the path names, if well formed; 404 otherwise. */
  public static String knownId(Context ctx) {
    String id = ctx.pathParam("id");
    if (!RecordIds.isWellFormed(id)) {
      throw notFound(id);
    }
    return id;
  }

  private static Refusal notFound(String id) {
    return Refusal.notFound("error.no-record", id);
  }
}
