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
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    try (TestServer server =
        TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 64 * 1024)) {
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
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    try (TestServer server =
        TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 64 * 1024)) {
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
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    try (TestServer server =
        TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 1024 * 1024)) {
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
  void theAdminPageIsAFormWithoutInlineScript(@TempDir Path corpus, @TempDir Path data)
      throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A record.");
    try (TestServer server =
        TestServer.startWithAdmin(corpus, data.resolve("index"), TOKEN, 1024 * 1024)) {
      HttpResponse<String> page = server.get("/admin");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("enctype=\"multipart/form-data\"", "name=\"meeting\"", "name=\"symbol\"")
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)"); // only external scripts, none inline
    }
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
