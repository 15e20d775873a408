package org.ccmarchive.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff sessions on a small app whose clock the test moves: expiry, sign-out and the cap. */
class StaffSessionsTest {

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-23T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final HttpClient client = HttpClient.newHttpClient();
  private Javalin app;

  @BeforeEach
  void start() {
    StaffSessions sessions = new StaffSessions(clock);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/in", ctx -> sessions.signIn(ctx, false));
                  config.routes.get("/out", ctx -> sessions.signOut(ctx, false));
                  config.routes.get("/in-over-https", ctx -> sessions.signIn(ctx, true));
                  config.routes.get("/check", ctx -> ctx.result("" + sessions.isSignedIn(ctx)));
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String signIn() throws Exception {
    String set = get("/in", null).headers().firstValue("Set-Cookie").orElseThrow();
    return set.substring(0, set.indexOf(';'));
  }

  private boolean signedIn(String cookie) throws Exception {
    return Boolean.parseBoolean(get("/check", cookie).body());
  }

  @Test
  void aSessionEndsWhenItsLifetimeIsOver() throws Exception {
    String cookie = signIn();
    assertThat(signedIn(cookie)).isTrue();
    clock.advance(StaffSessions.LIFETIME.minusSeconds(1));
    assertThat(signedIn(cookie)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(signedIn(cookie)).isFalse();
  }

  @Test
  void theCookieIsStrictHttpOnlyAndSecureWhenTheSiteIsServedOverHttps() throws Exception {
    String plain = get("/in", null).headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(plain).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");
    String https = get("/in-over-https", null).headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(https).contains("HttpOnly", "SameSite=Strict", "Path=/", "; Secure");
  }

  @Test
  void signingOutEndsTheSessionAndRemovesTheCookie() throws Exception {
    String cookie = signIn();
    String cleared = get("/out", cookie).headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cleared).startsWith(StaffSessions.NAME + "=;").contains("Max-Age=0");
    assertThat(signedIn(cookie)).isFalse();
  }

  @Test
  void unknownMalformedAndMissingCookiesAreNoSession() throws Exception {
    signIn();
    assertThat(signedIn(null)).isFalse();
    assertThat(signedIn(StaffSessions.NAME + "=not-a-secret")).isFalse();
    assertThat(signedIn(StaffSessions.NAME + "=" + "A".repeat(43))).isFalse();
  }

  @Test
  void beyondTheCapTheOldestSessionEnds() throws Exception {
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < StaffSessions.MAX_SESSIONS; i++) {
      cookies.add(signIn());
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(signedIn(cookies.getFirst())).isTrue();
    String newest = signIn();
    assertThat(signedIn(cookies.getFirst())).isFalse();
    assertThat(signedIn(cookies.get(1))).isTrue();
    assertThat(signedIn(newest)).isTrue();
  }
}
