package org.ccmarchive.web.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.web.Templates;
import org.ccmarchive.web.i18n.I18n;
import org.ccmarchive.web.i18n.Messages;
import org.ccmarchive.web.i18n.Msg;
import org.ccmarchive.web.security.Refusal;

/**
 * Staff administration: upload a record with its manifest fields, and re-index. Enabled only when
 * an admin token is configured. The access manager ({@code security.AccessManager}) checks the
 * token (a header or the form field {@code token}, never a cookie) and refuses cross-site requests
 * before any of these handlers runs.
 */
public final class AdminController {

  /** Manifest fields of an uploaded record, written to its {@code .meta.json} sidecar. */
  static final List<String> FIELDS =
      List.of("title", "type", "meeting", "date", "language", "symbol");

  private final Reindexer reindexer;
  private final Templates templates;
  private final long maxUploadBytes;
  private final Tika detector = new Tika();

  public AdminController(Reindexer reindexer, Templates templates, long maxUploadBytes) {
    this.reindexer = reindexer;
    this.templates = templates;
    this.maxUploadBytes = maxUploadBytes;
  }

  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /** Largest request body an admin route accepts: the upload plus its form fields. */
  public long maxRequestBytes() {
    return maxUploadBytes + 64 * 1024;
  }

  /** {@code GET /admin}: the upload form. */
  public void page(Context ctx) {
    templates.html(ctx, "admin/admin.jte", page("", "", List.of()));
  }

  /** {@code POST /admin/documents}: stores the file in the corpus, indexes it, answers its id. */
  public void upload(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw Refusal.notAccepted(HttpStatus.BAD_REQUEST, "admin.error.no-file");
    }
    if (file.size() > maxUploadBytes) {
      throw Refusal.notAccepted(
          HttpStatus.CONTENT_TOO_LARGE, "admin.error.too-large", maxUploadBytes / (1024 * 1024));
    }
    String name =
        UploadNames.sanitise(file.filename())
            .orElseThrow(
                () ->
                    Refusal.notAccepted(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "admin.error.extension",
                        String.join(", ", sortedExtensions())));
    Map<String, String> meta = manifestFields(ctx);
    Path corpus = reindexer.corpus();
    Path target = UploadNames.inside(corpus, name);
    Path tmp = Files.createTempFile(corpus, ".upload-", ".part"); // hidden: never indexed
    try {
      try (InputStream in = file.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      checkType(tmp, name);
      writeSidecar(corpus.resolve(name + ".meta.json"), meta);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    IndexReport report = reindexer.runWhenFree();
    String id = RecordIds.forPath(Path.of(name));
    answer(ctx, HttpStatus.CREATED, Msg.of("admin.uploaded", name), id, report);
  }

  /** {@code POST /admin/reindex[?full=true]}: an incremental (or full) run, answered when done. */
  public void reindex(Context ctx) throws IOException {
    boolean full = "true".equals(ctx.queryParam("full")) || "true".equals(ctx.formParam("full"));
    IndexReport report;
    try {
      report = reindexer.run(full);
    } catch (Reindexer.Busy e) {
      throw Refusal.notAccepted(HttpStatus.CONFLICT, "admin.error.busy");
    }
    answer(ctx, HttpStatus.OK, Msg.of("admin.reindexed"), "", report);
  }

  private void answer(Context ctx, HttpStatus status, Msg message, String id, IndexReport r) {
    ctx.status(status);
    if (wantsHtml(ctx)) {
      Messages m = I18n.messages(ctx);
      List<String> lines = new ArrayList<>();
      lines.add(summary(m, r));
      r.failures().forEach(f -> lines.add(m.t("admin.report.failed", f.file(), f.reason())));
      r.ocr().forEach(f -> lines.add(m.t("admin.report.ocr", f)));
      ctx.html(templates.render("admin/admin.jte", m, page(m.t(message), id, lines)));
    } else {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", message.english());
      if (!id.isEmpty()) {
        body.put("id", id);
      }
      body.put("report", r.toJson());
      ctx.json(body);
    }
  }

  /** The indexing report in the reader's language (the JSON answer carries its numbers). */
  static String summary(Messages m, IndexReport r) {
    return m.t(
        "admin.report",
        m.t(r.full() ? "admin.report.full" : "admin.report.incremental"),
        r.added(),
        r.updated(),
        r.renamed(),
        r.unchanged(),
        r.deleted(),
        r.failures().size(),
        r.ocr().size(),
        r.passages(),
        r.seconds(),
        r.filesPerSecond(),
        r.megabytesPerSecond());
  }

  private void checkType(Path file, String name) throws IOException {
    String type = detector.detect(file);
    if (!DocumentExtractor.isSupportedMediaType(type)) {
      throw Refusal.notAccepted(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE, "admin.error.content", type, name);
    }
  }

  private static Map<String, String> manifestFields(Context ctx) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String v = ctx.formParam(field);
      if (v != null && !v.isBlank()) {
        meta.put(field, v.strip());
      }
    }
    if (meta.containsKey("date")) {
      try {
        LocalDate.parse(meta.get("date"));
      } catch (DateTimeParseException e) {
        throw Refusal.notAccepted(HttpStatus.BAD_REQUEST, "admin.error.date");
      }
    }
    if (meta.containsKey("language") && !meta.get("language").matches("[a-z]{2}")) {
      throw Refusal.notAccepted(HttpStatus.BAD_REQUEST, "admin.error.language");
    }
    return meta;
  }

  private static void writeSidecar(Path sidecar, Map<String, String> meta) throws IOException {
    if (meta.isEmpty()) {
      Files.deleteIfExists(sidecar);
      return;
    }
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(sidecar.toFile(), meta);
  }

  /** Browsers say where a request comes from; a request another site triggered is refused. */
  private static boolean wantsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private AdminPage page(String message, String id, List<String> details) {
    return new AdminPage(message, id, details, maxUploadBytes / (1024 * 1024), sortedExtensions());
  }

  private static List<String> sortedExtensions() {
    return UploadNames.EXTENSIONS.stream().sorted().toList();
  }
}
