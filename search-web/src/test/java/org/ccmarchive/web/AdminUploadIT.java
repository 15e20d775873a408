package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ccmarchive.web.admin.Multipart;
import org.ccmarchive.web.security.AccessManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminUploadIT {

  private static final String TOKEN = "correct horse battery staple";
  private static final byte[] NOTE =
      "Note by the ISU\n\nThe delegation reported progress on okapi clearance in the north.\n"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void adminRoutesDoNotExistWithoutAConfiguredToken(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    try (TestServer server = TestServer.start(corpus, data.resolve("index"))) {
      var upload = new Multipart().file("file", "note.txt", "text/plain", NOTE);
      assertThat(server.send(post(server, "/admin/documents", upload)).statusCode()).isEqualTo(404);
      assertThat(server.get("/admin").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void uploadsNeedTheTokenASameOriginRequestAndAnAcceptedFile(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 64 * 1024)) {
      var valid = new Multipart().file("file", "note.txt", "text/plain", NOTE);
      assertThat(server.send(post(server, "/admin/documents", valid)).statusCode()).isEqualTo(401);
      var wrong = new Multipart().field("token", "guess").file("file", "n.txt", "text/plain", NOTE);
      assertThat(server.send(post(server, "/admin/documents", wrong)).statusCode()).isEqualTo(401);

      var crossSite =
          post(server, "/admin/documents", withToken(NOTE, "note.txt"))
              .header("Sec-Fetch-Site", "cross-site");
      assertThat(server.send(crossSite).statusCode()).isEqualTo(403);

      byte[] big = new byte[200 * 1024];
      HttpResponse<String> oversized =
          server.send(post(server, "/admin/documents", withToken(big, "big.txt")));
      assertThat(oversized.statusCode()).isEqualTo(413);
      assertThat(oversized.body()).contains("larger than");

      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
      assertThat(
              server
                  .send(post(server, "/admin/documents", withToken(png, "photo.pdf")))
                  .statusCode())
          .isEqualTo(415);
      assertThat(
              server
                  .send(post(server, "/admin/documents", withToken(NOTE, "tool.exe")))
                  .statusCode())
          .isEqualTo(415);
      assertThat(server.get("/api/search?q=okapi").body()).contains("\"total_records\":0");
    }
  }

  @Test
  void everyOversizedUploadGetsTheReadable413NotABrokenConnection(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 64 * 1024)) {
      for (int size : new int[] {200 * 1024, 1024 * 1024, 3 * 1024 * 1024}) {
        for (int i = 0; i < 10; i++) {
          HttpResponse<String> r =
              server.send(post(server, "/admin/documents", withToken(new byte[size], "big.txt")));
          assertThat(r.statusCode()).as("%d bytes, try %d", size, i).isEqualTo(413);
          assertThat(r.body()).contains("larger than");
        }
      }
    }
  }

  @Test
  void aValidUploadLandsInTheCorpusWithItsFieldsAndIsSearchable(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 1024 * 1024)) {
      var upload =
          new Multipart()
              .fields(
                  Map.of(
                      "title", "ISU note on okapi clearance",
                      "type", "note",
                      "date", "2025-04-07",
                      "language", "en"))
              .file("file", "../../ISU Note (draft).txt", "text/plain", NOTE);
      HttpResponse<String> r =
          server.send(
              post(server, "/admin/documents", upload)
                  .header(org.ccmarchive.web.security.AccessManager.TOKEN_HEADER, TOKEN)
                  .header("Origin", server.base()));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(r.body()).contains("\"id\":\"isu-note-draft-.txt\"");
      assertThat(corpus.resolve("ISU-Note-draft-.txt")).exists();
      assertThat(corpus.resolve("ISU-Note-draft-.txt.meta.json"))
          .content()
          .contains("\"title\" : \"ISU note on okapi clearance\"", "\"date\" : \"2025-04-07\"");
      assertThat(data.resolve("ISU-Note-draft-.txt")).doesNotExist();

      assertThat(server.get("/api/search?q=okapi").body()).contains("isu-note-draft-.txt");

      HttpRequest.Builder reindex =
          HttpRequest.newBuilder(URI.create(server.base() + "/admin/reindex"))
              .header(org.ccmarchive.web.security.AccessManager.TOKEN_HEADER, TOKEN)
              .POST(HttpRequest.BodyPublishers.noBody());
      HttpResponse<String> again = server.send(reindex);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("\"unchanged\":2");
    }
  }

  @Test
  void theAdminPageIsASignInFormThenTheUploadFormWithoutInlineScript(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 1024 * 1024)) {
      HttpResponse<String> page = server.get("/admin");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("action=\"/admin/sign-in\"", "name=\"token\"")
          .doesNotContain("enctype=\"multipart/form-data\"")
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)"); // only external scripts, none inline
      HttpResponse<String> signedIn =
          server.send(server.request("/admin").header("Cookie", server.staffCookie(TOKEN)));
      assertThat(signedIn.body())
          .contains("enctype=\"multipart/form-data\"", "name=\"meeting\"", "name=\"symbol\"")
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }
  }

  @Test
  void withoutACredentialHeaderALargeBodyIsRefusedBeforeItIsRead(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 64 * 1024 * 1024)) {
      // Headers announcing 45 MB, then nothing: the answer must come without the body.
      String head =
          "POST /admin/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: multipart/form-data; boundary=xyz\r\n"
              + "Content-Length: 47185920\r\n\r\n--xyz\r\n";
      String answer = RawHttp.exchange(server.port(), head.getBytes(StandardCharsets.US_ASCII));
      assertThat(answer).startsWith("HTTP/1.1 401");
      assertThat(answer).contains("X-CCM-Admin-Token").doesNotContain("Exception");
      // With a credential header, the same announced body is judged by its size instead.
      String withHeader =
          head.replace("Host: 127.0.0.1\r\n", "Host: 127.0.0.1\r\nX-CCM-Admin-Token: nope\r\n");
      assertThat(RawHttp.exchange(server.port(), withHeader.getBytes(StandardCharsets.US_ASCII)))
          .startsWith("HTTP/1.1 401");
      // A small form may still carry the token in its field (the admin page's form).
      HttpResponse<String> form =
          server.send(post(server, "/admin/documents", withToken(NOTE, "small-note.txt")));
      assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
    }
  }

  @Test
  void everyMalformedMultipartIsA400Or413WithAReadableMessage(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 1024 * 1024)) {
      var nul = new Multipart().file("file", "bad\u0000name.txt", "text/plain", NOTE);
      var bigField =
          new Multipart()
              .field("title", "t".repeat(200 * 1024))
              .file("file", "n.txt", "text/plain", NOTE);
      var cut = new Multipart().file("file", "cut.txt", "text/plain", NOTE);
      byte[] whole = cut.bytes();
      byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
      Map<String, HttpRequest.Builder> cases =
          Map.of(
              "NUL in the file name",
              post(server, "/admin/documents", nul),
              "200 KB form field",
              post(server, "/admin/documents", bigField),
              "truncated body",
              HttpRequest.newBuilder(URI.create(server.base() + "/admin/documents"))
                  .header("Content-Type", cut.contentType())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(truncated)),
              "no boundary",
              HttpRequest.newBuilder(URI.create(server.base() + "/admin/documents"))
                  .header("Content-Type", "multipart/form-data")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(whole)));
      for (var c : cases.entrySet()) {
        HttpResponse<String> r;
        try {
          r = server.sendAlone(c.getValue().header(AccessManager.TOKEN_HEADER, TOKEN));
        } catch (java.io.IOException e) {
          throw new AssertionError(c.getKey() + ": no answer", e);
        }
        assertThat(r.statusCode()).as(c.getKey() + ": " + r.body()).isIn(400, 413);
        assertThat(r.body())
            .as(c.getKey())
            .contains("\"error\"")
            .doesNotContain("Exception")
            .doesNotContain("at org.");
      }
      assertThat(server.get("/api/search?q=okapi").body()).contains("\"total_records\":0");
    }
  }

  @Test
  void idCollisionsAreRefusedAndReplacingNeedsReplaceTrueAndKeepsTheFields(
      @TempDir Path corpus, @TempDir Path data) throws Exception {
    try (TestServer server = adminServer(corpus, data, 1024 * 1024)) {
      var first =
          new Multipart().field("title", "Okapi note").file("file", "dup.txt", "text/plain", NOTE);
      assertThat(send(server, first).statusCode()).isEqualTo(201);

      HttpResponse<String> folded =
          send(server, new Multipart().file("file", "DUP.txt", "text/plain", NOTE));
      assertThat(folded.statusCode()).isEqualTo(409);
      assertThat(folded.body()).contains("dup.txt");
      assertThat(corpus.resolve("DUP.txt")).doesNotExist();

      byte[] newer =
          "Note by the ISU\n\nThe okapi survey is complete and the zebra survey begins.\n"
              .getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> same =
          send(server, new Multipart().file("file", "dup.txt", "text/plain", newer));
      assertThat(same.statusCode()).isEqualTo(409);
      assertThat(same.body()).contains("replace=true");
      assertThat(corpus.resolve("dup.txt")).hasBinaryContent(NOTE);

      HttpResponse<String> replaced =
          send(
              server,
              new Multipart()
                  .field("replace", "true")
                  .file("file", "dup.txt", "text/plain", newer));
      assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
      assertThat(replaced.body()).contains("\"indexed\":true");
      assertThat(corpus.resolve("dup.txt")).hasBinaryContent(newer);
      assertThat(corpus.resolve("dup.txt.meta.json")).content().contains("Okapi note");
      assertThat(server.get("/api/search?q=zebra").body()).contains("dup.txt");
    }
  }

  @Test
  void aFileTheIndexerRefusesIsNotAnsweredAsUploaded(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    Path bomb = data.resolve("bomb.docx");
    org.ccmarchive.testing.HostileFiles.zipBomb(bomb, 64);
    try (TestServer server = adminServer(corpus, data, 1024 * 1024)) {
      HttpResponse<String> r =
          send(
              server,
              new Multipart()
                  .file(
                      "file",
                      "bomb.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      Files.readAllBytes(bomb)));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      assertThat(r.body()).contains("Not indexed", "zip bomb", "\"indexed\":false");
      assertThat(corpus.resolve("bomb.docx")).doesNotExist();
    }
  }

  @Test
  void everyManifestFieldHasALengthLimit(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    try (TestServer server = adminServer(corpus, data, 1024 * 1024)) {
      for (String field : new String[] {"title", "type", "meeting", "symbol", "date", "language"}) {
        HttpResponse<String> r =
            send(
                server,
                new Multipart()
                    .field(field, "x".repeat(1_000))
                    .file("file", "long-" + field + ".txt", "text/plain", NOTE));
        assertThat(r.statusCode()).as(field).isEqualTo(400);
        assertThat(r.body()).as(field).contains(field);
      }
      assertThat(corpus.resolve("long-title.txt")).doesNotExist();
    }
  }

  /** Staff routes on over a one-record corpus, uploads up to {@code maxUploadBytes}. */
  private static TestServer adminServer(Path corpus, Path data, long maxUploadBytes)
      throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    return TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, maxUploadBytes);
  }

  private static HttpResponse<String> send(TestServer server, Multipart body) throws Exception {
    return server.send(
        post(server, "/admin/documents", body).header(AccessManager.TOKEN_HEADER, TOKEN));
  }

  private static Multipart withToken(byte[] content, String name) {
    return new Multipart()
        .field("token", TOKEN)
        .file("file", name, "application/octet-stream", content);
  }

  private static HttpRequest.Builder post(TestServer server, String path, Multipart body) {
    return HttpRequest.newBuilder(URI.create(server.base() + path))
        .header("Content-Type", body.contentType())
        .POST(body.publisher());
  }
}
