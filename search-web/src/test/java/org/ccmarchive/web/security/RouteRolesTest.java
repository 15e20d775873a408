package org.ccmarchive.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ccmarchive.web.Templates;
import org.ccmarchive.web.WebApp;
import org.junit.jupiter.api.Test;

/** Reads the real route table of the web app: every route declares who may call it. */
class RouteRolesTest {

  private static List<Endpoint> routes() {
    // The controllers are only constructed, never called: no index is needed to list routes.
    Javalin app =
        new WebApp(null, Path.of("."), Templates.precompiled(), AdminToken.none()).create();
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .toList();
  }

  private static Set<RouteRole> roles(Endpoint e) {
    Roles roles = e.metadata(Roles.class);
    return roles == null ? Set.of() : roles.getRoles();
  }

  @Test
  void routeTableIsReadable() {
    assertThat(routes()).extracting(e -> e.path).contains("/", "/api/search");
  }

  @Test
  void everyRouteDeclaresExactlyOneAccessRole() {
    for (Endpoint e : routes()) {
      assertThat(roles(e)).as(e.method + " " + e.path).hasSize(1);
      assertThat(roles(e).iterator().next()).as(e.method + " " + e.path).isInstanceOf(Access.class);
    }
  }

  @Test
  void adminPathsAndEveryStateChangingRouteRequireAdmin() {
    for (Endpoint e : routes()) {
      boolean admin = e.path.startsWith("/admin") || e.path.startsWith("/api/admin");
      if (admin || AccessManager.isUnsafe(e.method)) {
        assertThat(roles(e)).as(e.method + " " + e.path).containsExactly(Access.ADMIN);
      }
    }
  }
}
