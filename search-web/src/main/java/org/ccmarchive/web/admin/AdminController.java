package org.ccmarchive.web.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.ccmarchive.extract.DocumentExtractor;
import org.ccmarchive.index.IndexReport;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.web.common.Refusal;
import org.ccmarchive.web.common.Templates;
import org.ccmarchive.web.i18n.I18n;
import org.ccmarchive.web.i18n.Messages;
import org.ccmarchive.web.i18n.Msg;
import org.ccmarchive.web.security.FormBodies;
import org.ccmarchive.web.security.StaffSessions;

/**
 * Staff administration: sign in and out, upload a record with its manifest fields, and re-index.
 * Enabled only when an admin token is configured. The access manager ({@code
 * security.AccessManager}) checks the credential (a token header, a staff session cookie, or the
 * sign-in form's field {@code token}) and refuses cross-site requests before any of these handlers
 * runs.
 */
public final class AdminController {

  /**
   * Manifest fields of an uploaded record, written to its {@code .meta.json} sidecar, with the most
   * characters each may have (the admin form's {@code maxlength}s).
   */
  static final Map<String, Integer> FIELDS = fields();

  private static Map<String, Integer> fields() {
    Map<String, Integer> f = new LinkedHashMap<>();
    f.put("title", 300);
    f.put("type", 100);
    f.put("meeting", 200);
    f.put("date", 10);
    f.put("language", 2);
    f.put("symbol", 100);
    return java.util.Collections.unmodifiableMap(f);
  }

  private final Reindexer reindexer;
  private final Templates templates;
  private final long maxUploadBytes;
  private final StaffSessions sessions;
  private final boolean secureCookies;
  private final Tika detector = new Tika();

  /**
   * {@code sessions}: staff signed in on the admin page; {@code secureCookies}: the site is served
   * over HTTPS (perhaps behind a proxy), so the session cookie must never travel without it.
   */
  public AdminController(
      Reindexer reindexer,
      Templates templates,
      long maxUploadBytes,
      StaffSessions sessions,
      boolean secureCookies) {
    this.reindexer = reindexer;
    this.templates = templates;
    this.maxUploadBytes = maxUploadBytes;
    this.sessions = sessions;
    this.secureCookies = secureCookies;
  }

  /** Who is signed in; the access manager reads the same sessions. */
  public StaffSessions sessions() {
    return sessions;
  }

  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /** Largest request body an admin route accepts: the upload plus its form fields. */
  public long maxRequestBytes() {
    return maxUploadBytes + 64 * 1024;
  }

  /** {@code GET /admin}: the sign-in form, or for signed-in staff the upload and re-index forms. */
  public void page(Context ctx) {
    templates.html(ctx, "admin/admin.jte", page(ctx, "", "", List.of()));
  }

  /**
   * {@code POST /admin/sign-in}: the access manager has checked the token (form field {@code
   * token}); the browser gets a staff session cookie in exchange and goes back to the page.
   */
  public void signIn(Context ctx) {
    sessions.signIn(ctx, secureCookies);
    ctx.redirect("/admin", HttpStatus.SEE_OTHER);
  }

  /**
   * The sign-in form again after the access manager refused a sign-in ({@code status}: 401 for a
   * wrong token, 429 for too many of them), saying why in the reader's language.
   */
  public void signInRefused(Context ctx, int status, Msg why) {
    ctx.status(status);
    Messages m = I18n.messages(ctx);
    ctx.html(templates.render("admin/admin.jte", m, page(ctx, m.t(why), "", List.of())));
  }

  /** {@code POST /admin/sign-out}: ends the session and drops its cookie. */
  public void signOut(Context ctx) {
    sessions.signOut(ctx, secureCookies);
    ctx.redirect("/admin", HttpStatus.SEE_OTHER);
  }

  /**
   * {@code POST /admin/documents}: stores the file in the corpus, indexes it, and answers whether
   * it was indexed. A name whose record id another file has already ({@code DUP.txt} after {@code
   * dup.txt}) is refused; an existing file is replaced only with {@code replace=true}, keeping its
   * manifest fields unless new ones are given. A file the indexer refuses is taken out again (the
   * previous version put back) and answered 422 with the indexer's reason.
   */
  public void upload(Context ctx) throws IOException {
    UploadedFile file = FormBodies.read(ctx, () -> ctx.uploadedFile("file"));
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
    Map<String, String> meta = FormBodies.read(ctx, () -> manifestFields(ctx));
    boolean replace = "true".equals(FormBodies.read(ctx, () -> ctx.formParam("replace")));
    Path corpus = reindexer.corpus();
    Path target = UploadNames.inside(corpus, name);
    String id = RecordIds.forPath(Path.of(name));
    Optional<String> sameId = UploadNames.otherWithId(corpus, name, id);
    if (sameId.isPresent()) {
      throw Refusal.notAccepted(HttpStatus.CONFLICT, "admin.error.id-taken", name, sameId.get());
    }
    boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (exists && !replace) {
      throw Refusal.notAccepted(HttpStatus.CONFLICT, "admin.error.exists", name);
    }
    Path sidecar = corpus.resolve(name + ".meta.json");
    Path tmp = Files.createTempFile(corpus, ".upload-", ".part"); // hidden: never indexed
    Stash previous = null;
    try {
      try (InputStream in = file.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      checkType(tmp, name);
      previous = Stash.of(corpus, target, sidecar);
      if (!meta.isEmpty()) {
        writeSidecar(sidecar, meta);
      } else if (!exists) {
        Files.deleteIfExists(sidecar); // a stray one, left without its file
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (previous != null) {
        previous.restore();
      }
      throw e;
    } finally {
      Files.deleteIfExists(tmp);
    }
    IndexReport report = reindexer.runWhenFree();
    Optional<IndexReport.Failure> failed =
        report.failures().stream().filter(f -> f.file().equals(name)).findFirst();
    if (failed.isPresent()) {
      Files.deleteIfExists(target);
      if (!previous.restore()) {
        Files.deleteIfExists(sidecar);
      }
      reindexer.runWhenFree(); // the index follows the corpus back
      answer(
          ctx,
          HttpStatus.UNPROCESSABLE_CONTENT,
          Msg.of("admin.not-indexed", name, failed.get().reason()),
          Optional.of(failed.get().reason()),
          "",
          report);
      return;
    }
    previous.discard();
    answer(
        ctx,
        exists ? HttpStatus.OK : HttpStatus.CREATED,
        exists ? Msg.of("admin.replaced", name) : Msg.of("admin.uploaded", name),
        Optional.empty(),
        id,
        report);
  }

  /**
   * The file and sidecar an upload replaces, kept aside (hidden, so never indexed) until the new
   * version is indexed.
   */
  private record Stash(Path file, Path fileCopy, Path sidecar, Path sidecarCopy) {

    static Stash of(Path corpus, Path file, Path sidecar) throws IOException {
      return new Stash(file, copy(corpus, file), sidecar, copy(corpus, sidecar));
    }

    private static Path copy(Path corpus, Path p) throws IOException {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      Path copy = Files.createTempFile(corpus, ".upload-", ".previous");
      Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    }

    /** Puts the previous file and sidecar back; false when there was no previous file. */
    boolean restore() throws IOException {
      if (sidecarCopy != null) {
        Files.move(sidecarCopy, sidecar, StandardCopyOption.REPLACE_EXISTING);
      }
      if (fileCopy == null) {
        return false;
      }
      Files.move(fileCopy, file, StandardCopyOption.REPLACE_EXISTING);
      return true;
    }

    void discard() throws IOException {
      if (fileCopy != null) {
        Files.deleteIfExists(fileCopy);
      }
      if (sidecarCopy != null) {
        Files.deleteIfExists(sidecarCopy);
      }
    }
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
    answer(ctx, HttpStatus.OK, Msg.of("admin.reindexed"), Optional.empty(), "", report);
  }

  /** {@code notIndexed}: why an upload was not indexed (uploads only; a re-index has none). */
  private void answer(
      Context ctx,
      HttpStatus status,
      Msg message,
      Optional<String> notIndexed,
      String id,
      IndexReport r) {
    ctx.status(status);
    if (wantsHtml(ctx)) {
      Messages m = I18n.messages(ctx);
      List<String> lines = new ArrayList<>();
      lines.add(summary(m, r));
      r.failures().forEach(f -> lines.add(m.t("admin.report.failed", f.file(), f.reason())));
      r.ocr().forEach(f -> lines.add(m.t("admin.report.ocr", f)));
      ctx.html(templates.render("admin/admin.jte", m, page(ctx, m.t(message), id, lines)));
    } else {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", message.english());
      if (!id.isEmpty()) {
        body.put("id", id);
      }
      if (ctx.path().equals("/admin/documents")) {
        body.put("indexed", notIndexed.isEmpty());
        notIndexed.ifPresent(reason -> body.put("reason", reason));
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
    for (var field : FIELDS.entrySet()) {
      String v = ctx.formParam(field.getKey());
      if (v != null && !v.isBlank()) {
        String value = v.strip();
        if (value.length() > field.getValue()) {
          throw Refusal.notAccepted(
              HttpStatus.BAD_REQUEST,
              "admin.error.field-too-long",
              field.getKey(),
              field.getValue());
        }
        meta.put(field.getKey(), value);
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

  private AdminPage page(Context ctx, String message, String id, List<String> details) {
    return new AdminPage(
        message,
        id,
        details,
        maxUploadBytes / (1024 * 1024),
        sortedExtensions(),
        sessions.isSignedIn(ctx),
        StaffSessions.LIFETIME.toHours());
  }

  private static List<String> sortedExtensions() {
    return UploadNames.EXTENSIONS.stream().sorted().toList();
  }
}
