package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmarchive.web.admin.Multipart;
import org.ccmarchive.web.security.AccessManager;
import org.ccmarchive.web.security.StaffSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff sign in on the admin page once, then upload from it up to the upload limit (beyond the 4 MB
 * the token form field allows) and delete any saved search; the session cookie is useless to
 * another site, after sign-out, and forged.
 */
class AdminSignInIT {

  private static final String TOKEN = "staff token of the implementation support unit";

  /** Larger than the most the server reads to find a token in a form field. */
  private static final int FIVE_MB = 5 * 1024 * 1024;

  @Test
  void signingInExchangesTheTokenForAStrictHttpOnlyCookieThatUploadsBeyondTheFormLimit(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data)) {
      HttpResponse<String> wrong =
          server.postForm("/admin/sign-in", "token=not+the+token+at+all", "Origin", server.base());
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

      HttpResponse<String> in =
          server.postForm(
              "/admin/sign-in", "token=" + TOKEN.replace(' ', '+'), "Origin", server.base());
      assertThat(in.statusCode()).isEqualTo(303);
      assertThat(in.headers().firstValue("Location")).hasValue("/admin");
      String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie)
          .startsWith(StaffSessions.NAME + "=")
          .contains("HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=7200")
          .doesNotContain("Secure") // plain HTTP here: a Secure cookie would never come back
          .doesNotContain(TOKEN);
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));

      assertThat(server.send(server.request("/admin").header("Cookie", cookie)).body())
          .contains("enctype=\"multipart/form-data\"", "action=\"/admin/sign-out\"")
          .doesNotContain("name=\"token\"");

      HttpResponse<String> upload =
          server.send(
              upload(server, bigNote("annual-report.pdf"))
                  .header("Cookie", cookie)
                  .header("Origin", server.base()));
      assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
      assertThat(Files.size(corpus.resolve("annual-report.pdf")))
          .isGreaterThan(AccessManager.MAX_TOKEN_FORM_BYTES);
      assertThat(server.get("/api/search?q=okapi").body()).contains("annual-report.pdf");

      // The same size of body with the token in its form field is refused unread, as before.
      // Sent raw, headers and the token field only: the answer must come before the rest of the
      // body (a client still writing megabytes when the server closes may never read the 401).
      String formToken =
          "POST /admin/documents HTTP/1.1\r\nHost: 127.0.0.1:"
              + server.port()
              + "\r\nOrigin: "
              + server.base()
              + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\n"
              + "Content-Length: "
              + (AccessManager.MAX_TOKEN_FORM_BYTES + 1024 * 1024)
              + "\r\n\r\n--xyz\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
              + TOKEN
              + "\r\n--xyz\r\n";
      assertThat(RawHttp.exchange(server.port(), formToken.getBytes(StandardCharsets.US_ASCII)))
          .startsWith("HTTP/1.1 401");
    }
  }

  @Test
  void aWrongTokenShowsTheFormAgainAndTooManyFromOneAddressMustWait(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data)) {
      for (int i = 1; i <= 5; i++) {
        HttpResponse<String> wrong = signInFromTheForm(server, "a mistyped token " + i);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(wrong.body())
            .contains("That is not the admin token.", "action=\"/admin/sign-in\"", "id=\"token\"")
            .doesNotContain("enctype=\"multipart/form-data\"");
      }

      // Five wrong in a row (the sixth comes well within the minute): now even the right token
      // waits, and the form says how long.
      HttpResponse<String> waiting = signInFromTheForm(server, TOKEN);
      assertThat(waiting.statusCode()).isEqualTo(429);
      assertThat(waiting.headers().firstValue("Set-Cookie")).isEmpty();
      long seconds = Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
      assertThat(seconds).isBetween(1L, 60L);
      assertThat(waiting.body())
          .contains("Try again in " + seconds + " seconds.", "action=\"/admin/sign-in\"");

      // Scripts sending the token in a header from the same address wait too (JSON answer).
      HttpResponse<String> script =
          server.send(
              server
                  .request("/admin/reindex")
                  .header(AccessManager.TOKEN_HEADER, TOKEN)
                  .header("Origin", server.base())
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(script.statusCode()).isEqualTo(429);
      assertThat(script.headers().firstValue("Retry-After")).isPresent();
      assertThat(script.body()).contains("\"status\":429");
    }
  }

  /** The admin page's sign-in form as a browser posts it (asking for HTML, naming its origin). */
  private static HttpResponse<String> signInFromTheForm(TestServer server, String token)
      throws Exception {
    return server.postForm(
        "/admin/sign-in",
        "token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8),
        "Origin",
        server.base(),
        "Accept",
        "text/html");
  }

  @Test
  void theCookieIsRefusedCrossSiteWithoutAnOriginForgedAndAfterSignOut(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data)) {
      String cookie = server.staffCookie(TOKEN);
      var small = new Multipart().file("file", "note.txt", "text/plain", note(1));

      assertThat(
              server
                  .send(
                      upload(server, small)
                          .header("Cookie", cookie)
                          .header("Sec-Fetch-Site", "cross-site"))
                  .statusCode())
          .isEqualTo(403);
      // A browser names the origin of its writes; a cookie-signed write naming none is refused.
      assertThat(server.send(upload(server, small).header("Cookie", cookie)).statusCode())
          .isEqualTo(403);

      // A forged cookie is no credential: a large announced body is refused before it is read.
      String forged =
          "POST /admin/documents HTTP/1.1\r\nHost: 127.0.0.1:"
              + server.port()
              + "\r\nOrigin: "
              + server.base()
              + "\r\nCookie: "
              + StaffSessions.NAME
              + "=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
              + "Content-Type: multipart/form-data; boundary=xyz\r\n"
              + "Content-Length: 47185920\r\n\r\n--xyz\r\n";
      assertThat(RawHttp.exchange(server.port(), forged.getBytes(StandardCharsets.US_ASCII)))
          .startsWith("HTTP/1.1 401");

      HttpResponse<String> out = signedPost(server, "/admin/sign-out", cookie);
      assertThat(out.statusCode()).isEqualTo(303);
      assertThat(out.headers().firstValue("Set-Cookie").orElseThrow())
          .startsWith(StaffSessions.NAME + "=;")
          .contains("Max-Age=0");
      HttpResponse<String> after =
          server.send(
              upload(server, small).header("Cookie", cookie).header("Origin", server.base()));
      assertThat(after.statusCode()).isEqualTo(401);
      assertThat(server.send(server.request("/admin").header("Cookie", cookie)).body())
          .contains("action=\"/admin/sign-in\"")
          .doesNotContain("enctype=\"multipart/form-data\"");
      assertThat(corpus.resolve("note.txt")).doesNotExist();
    }
  }

  @Test
  void signedInStaffDeleteAnySavedSearchAfterConfirming(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    try (TestServer server = adminServer(corpus, data)) {
      assertThat(
              server
                  .postForm("/saved", "name=Okapi+reports&q=okapi", "Origin", server.base())
                  .statusCode())
          .isEqualTo(303);
      // A visitor who did not save it sees no delete link and cannot reach the question.
      assertThat(server.get("/saved").body()).doesNotContain("/saved/okapi-reports/delete");
      assertThat(server.get("/saved/okapi-reports/delete").statusCode()).isEqualTo(403);

      String cookie = server.staffCookie(TOKEN);
      String list = server.send(server.request("/saved").header("Cookie", cookie)).body();
      assertThat(list)
          .contains("href=\"/saved/okapi-reports/delete\"", "aria-label=\"Delete “Okapi reports”\"")
          .contains("You are signed in as staff");
      HttpResponse<String> question =
          server.send(server.request("/saved/okapi-reports/delete").header("Cookie", cookie));
      assertThat(question.statusCode()).isEqualTo(200);
      assertThat(question.body())
          .contains("Delete the saved search “Okapi reports”?")
          .contains("action=\"/saved/okapi-reports/delete\" method=\"post\"")
          .contains("href=\"/saved#okapi-reports\"");
      assertThat(server.get("/api/saved").body())
          .contains("okapi-reports"); // asking deletes nothing

      HttpResponse<String> deleted = signedPost(server, "/saved/okapi-reports/delete", cookie);
      assertThat(deleted.statusCode()).isEqualTo(303);
      assertThat(deleted.headers().firstValue("Location")).hasValue("/saved?deleted=1#status");
      assertThat(server.get("/saved?deleted=1").body())
          .contains("id=\"status\"", "role=\"status\"", "The saved search has been deleted.");
      assertThat(server.get("/api/saved").body()).contains("\"total\":0");
    }
  }

  private static TestServer adminServer(Path corpus, Path data) throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    return TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 16L * 1024 * 1024);
  }

  /** A PDF report of over five megabytes (a page of text about okapis and a large image). */
  private static Multipart bigNote(String name) throws java.io.IOException {
    byte[] pdf =
        ReportPdf.of(
            "Annual report on the okapi reserve",
            java.util.List.of(
                "The okapi reserve survey continued through the year.",
                "Teams returned cleared land to the communities along the river."),
            FIVE_MB);
    return new Multipart().file("file", name, "application/pdf", pdf);
  }

  private static byte[] note(int atLeast) {
    String paragraph =
        "The delegation reported that the okapi reserve survey continued, with teams returning"
            + " cleared land to the communities along the river.\n\n";
    return ("Annual report\n\n" + paragraph.repeat(atLeast / paragraph.length() + 1))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static HttpRequest.Builder upload(TestServer server, Multipart body) {
    return HttpRequest.newBuilder(URI.create(server.base() + "/admin/documents"))
        .header("Content-Type", body.contentType())
        .POST(body.publisher());
  }

  /** An empty same-origin POST signed with the staff session {@code cookie}, as the page sends. */
  private static HttpResponse<String> signedPost(TestServer server, String path, String cookie)
      throws Exception {
    return server.send(
        server
            .request(path)
            .header("Cookie", cookie)
            .header("Origin", server.base())
            .POST(HttpRequest.BodyPublishers.noBody()));
  }
}
