package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.ccmarchive.record.RecordIds;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every original of the seed corpus arrives whole, whatever encodings the client accepts (browsers
 * always offer gzip), and the binary exports decode to the same bytes with or without gzip.
 */
class OriginalDownloadWebIT {

  /** What a browser sends, what curl --compressed sends, and nothing at all. */
  private static final List<String> ACCEPTED =
      List.of("gzip, deflate, br, zstd", "gzip", "identity", "");

  @RegisterExtension static final SeedSite site = new SeedSite();

  /** Every file of the seed corpus, by name. */
  static List<Path> seedFiles() throws IOException {
    try (Stream<Path> files = Files.list(TestCorpus.seedCorpus())) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    var request = site.server().request(path);
    if (!acceptEncoding.isEmpty()) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return site.server().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The body as the client would store it: gunzipped when the server said it gzipped it. */
  private static byte[] decoded(HttpResponse<byte[]> r) throws IOException {
    String encoding = r.headers().firstValue("content-encoding").orElse("identity");
    if (encoding.equals("identity")) {
      return r.body();
    }
    assertThat(encoding).isEqualTo("gzip");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyOriginalArrivesByteForByteUncompressedWithItsExactLength() throws Exception {
    List<Path> files = seedFiles();
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      byte[] stored = Files.readAllBytes(file);
      String id = RecordIds.forPath(file.getFileName());
      for (String accept : ACCEPTED) {
        HttpResponse<byte[]> r = get("/doc/" + id + "/original", accept);
        String what = file.getFileName() + " with Accept-Encoding '" + accept + "'";
        assertThat(r.statusCode()).as(what).isEqualTo(200);
        // PDF, DOCX and ODT are zip or deflate inside: gzip would only cost time.
        assertThat(r.headers().firstValue("content-encoding")).as(what).isEmpty();
        assertThat(r.headers().firstValue("content-length"))
            .as(what)
            .hasValue(Long.toString(stored.length));
        assertThat(r.body()).as(what).isEqualTo(stored);
      }
    }
  }

  @Test
  void exportsDecodeToTheSameBytesWithAndWithoutGzip() throws Exception {
    for (String path :
        List.of("/api/export.csv?q=convention", "/api/export.json?q=convention", "/decisions")) {
      HttpResponse<byte[]> plain = get(path, "");
      assertThat(plain.statusCode()).as(path).isEqualTo(200);
      assertThat(plain.body()).as(path).hasSizeGreaterThan(2_000);
      for (String accept : ACCEPTED) {
        HttpResponse<byte[]> r = get(path, accept);
        assertThat(r.statusCode()).as(path + " " + accept).isEqualTo(200);
        // A length, when given, is the length of the body as sent (compressed or not).
        r.headers()
            .firstValue("content-length")
            .ifPresent(
                length ->
                    assertThat(length)
                        .as(path + " " + accept)
                        .isEqualTo(Integer.toString(r.body().length)));
        assertThat(decoded(r)).as(path + " " + accept).isEqualTo(plain.body());
      }
    }
  }
}
