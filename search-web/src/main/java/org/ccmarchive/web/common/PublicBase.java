package org.ccmarchive.web.common;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The site's public address, for the absolute links in feeds and exports: {@code CCM_BASE_URL} when
 * set (the address readers use, e.g. behind a proxy), otherwise the address and port the request
 * arrived on (the socket's, which a client cannot forge), never the {@code Host} header.
 *
 * @param configured scheme, host, optional port and path, without a trailing slash
 */
public record PublicBase(Optional<String> configured) {

  /** Environment variable with the public base URL, e.g. {@code https://archive.example.org}. */
  public static final String ENV = "CCM_BASE_URL";

  /** No configured address: links use the address the request arrived on. */
  public static PublicBase none() {
    return new PublicBase(Optional.empty());
  }

  /** {@code url} (an http or https URL without query or fragment), or none when blank. */
  public static PublicBase of(String url) {
    if (url == null || url.isBlank()) {
      return none();
    }
    try {
      URI uri = new URI(url.strip());
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getFragment() != null) {
        throw new URISyntaxException(url, "not an http(s) address without query or fragment");
      }
      return new PublicBase(Optional.of(uri.toString().replaceAll("/+$", "")));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          ENV
              + " must be the site's public address, like https://archive.example.org, not \""
              + url
              + "\".",
          e);
    }
  }

  public static PublicBase fromEnvironment() {
    return of(System.getenv(ENV));
  }

  /** Whether the configured public address is HTTPS (the site is then behind TLS). */
  public boolean isHttps() {
    return configured.filter(c -> c.startsWith("https://")).isPresent();
  }

  /** The base for links in the answer to {@code ctx}. */
  public String of(Context ctx) {
    return configured.orElseGet(
        () -> {
          String address = ctx.req().getLocalAddr();
          String host = address.contains(":") ? "[" + address + "]" : address;
          return ctx.scheme() + "://" + host + ":" + ctx.req().getLocalPort();
        });
  }
}
