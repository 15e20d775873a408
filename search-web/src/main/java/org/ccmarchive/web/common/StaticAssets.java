package org.ccmarchive.web.common;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The site's static files ({@code /public/app.js} and {@code /public/style.css} on the class path),
 * read once and served from memory with a validator. Javalin's class-path static-file handler
 * mounted the whole packaged jar (67,000 entries) as a zip file system to find these two files: a
 * third of the server's CPU from start to its first answers (docs/benchmarks.md, "start-up and
 * first searches"). Only the names listed here are served, so no path reaches anything else.
 */
public final class StaticAssets {

  /** The files, by URL path, with their media types. */
  public static final Map<String, String> FILES =
      Map.of(
          "/app.js", "text/javascript; charset=utf-8",
          "/style.css", "text/css; charset=utf-8");

  private record Asset(byte[] bytes, String type, String etag) {}

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  /** Reads every file once; fails when one is missing from the class path. */
  public static StaticAssets load() {
    var read = new java.util.HashMap<String, Asset>();
    FILES.forEach(
        (path, type) -> {
          byte[] bytes = bytes("/public" + path);
          read.put(path, new Asset(bytes, type, etag(bytes)));
        });
    return new StaticAssets(Map.copyOf(read));
  }

  /** Answers a GET of one of {@link #FILES}; 304 when the browser's copy is current. */
  public void serve(Context ctx) {
    Asset asset = assets.get(ctx.path());
    if (asset == null) {
      ctx.status(HttpStatus.NOT_FOUND);
      return;
    }
    // As the static-file handler did: the browser asks again each time, and gets 304 when current.
    ctx.header("Cache-Control", "max-age=0");
    ctx.header("ETag", asset.etag());
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(asset.type());
    ctx.result(asset.bytes());
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
      return '"' + HexFormat.of().formatHex(sha, 0, 12) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
