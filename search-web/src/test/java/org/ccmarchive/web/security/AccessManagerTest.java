package org.ccmarchive.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.ccmarchive.web.common.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The access manager on a small app with a public route, an admin route and an undeclared one. */
class AccessManagerTest {

  private static final String TOKEN = "correct-horse-battery-staple-42";
  private final HttpClient client = HttpClient.newHttpClient();
  private Javalin app;

  private void start(AdminToken token) {
    AccessManager access = new AccessManager(token);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.beforeMatched(access::check);
                  config.routes.get("/public", ctx -> ctx.result("ok"), Access.PUBLIC);
                  config.routes.post("/admin/do", ctx -> ctx.result("done"), Access.ADMIN);
                  config.routes.get("/forgotten", ctx -> ctx.result("leak"));
                  config.routes.exception(
                      Refusal.class, (e, ctx) -> ctx.status(e.status()).result(e.getMessage()));
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private HttpResponse<String> post(Map<String, String> headers) throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/admin/do"))
            .POST(HttpRequest.BodyPublishers.noBody());
    headers.forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private int get(String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void adminRouteNeedsTheExactToken() throws Exception {
    start(AdminToken.of(TOKEN));
    assertThat(post(Map.of()).statusCode()).isEqualTo(401);
    assertThat(post(Map.of()).headers().firstValue("www-authenticate")).isPresent();
    assertThat(post(Map.of("Authorization", "Bearer wrong-token-of-some-length")).statusCode())
        .isEqualTo(401);
    assertThat(post(Map.of("Authorization", "Bearer " + TOKEN + "x")).statusCode()).isEqualTo(401);
    assertThat(post(Map.of("Authorization", "Basic " + TOKEN)).statusCode()).isEqualTo(401);
    HttpResponse<String> ok = post(Map.of("Authorization", "Bearer " + TOKEN));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("done");
  }

  @Test
  void crossSitePostIsRefusedEvenWithTheToken() throws Exception {
    start(AdminToken.of(TOKEN));
    String auth = "Bearer " + TOKEN;
    assertThat(post(Map.of("Authorization", auth, "Sec-Fetch-Site", "cross-site")).statusCode())
        .isEqualTo(403);
    assertThat(post(Map.of("Authorization", auth, "Sec-Fetch-Site", "same-site")).statusCode())
        .isEqualTo(403);
    assertThat(post(Map.of("Authorization", auth, "Origin", "https://evil.example")).statusCode())
        .isEqualTo(403);
    assertThat(post(Map.of("Authorization", auth, "Origin", "null")).statusCode()).isEqualTo(403);
    assertThat(post(Map.of("Authorization", auth, "Sec-Fetch-Site", "same-origin")).statusCode())
        .isEqualTo(200);
    String self = "http://127.0.0.1:" + app.port();
    assertThat(post(Map.of("Authorization", auth, "Origin", self)).statusCode()).isEqualTo(200);
  }

  @Test
  void adminRoutesAreAbsentWithoutAConfiguredToken() throws Exception {
    start(AdminToken.none());
    assertThat(post(Map.of("Authorization", "Bearer ")).statusCode()).isEqualTo(404);
    assertThat(AdminToken.of("short").isConfigured()).isFalse();
    assertThat(AdminToken.of("   ").matches("   ")).isFalse();
  }

  @Test
  void routeWithoutARoleIsRefusedAndPublicRouteIsOpen() throws Exception {
    start(AdminToken.of(TOKEN));
    assertThat(get("/forgotten")).isEqualTo(403);
    assertThat(get("/public")).isEqualTo(200);
    assertThat(get("/nothing-here")).isEqualTo(404);
  }
}
