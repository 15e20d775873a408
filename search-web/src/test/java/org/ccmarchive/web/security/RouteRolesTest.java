package org.ccmarchive.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ccmarchive.web.WebApp;
import org.ccmarchive.web.common.Templates;
import org.junit.jupiter.api.Test;

/** Reads the real route table of the web app: every route declares who may call it. */
class RouteRolesTest {

  private static List<Endpoint> routes() {
    // The controllers are only constructed, never called: no index is needed to list routes.
    // With an admin controller, so the staff routes are in the table too.
    var admin =
        new org.ccmarchive.web.admin.AdminController(
            null,
            Templates.precompiled(),
            1024 * 1024,
            new StaffSessions(java.time.Clock.systemUTC()),
            false);
    Javalin app =
        new WebApp(
                null,
                Path.of("."),
                Templates.precompiled(),
                null,
                null,
                AdminToken.of("route-table-test-token-0123456789"),
                admin,
                org.ccmarchive.web.common.PublicBase.none())
            .create();
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

  /**
   * The one readable admin path: the upload form, which holds no data; every admin action behind it
   * is a POST that needs the token.
   */
  private static final Set<String> OPEN_ADMIN_FORMS = Set.of("GET /admin");

  /** Visitor writes allowed without the token (same-site, small bodies): saved searches. */
  private static final Set<String> VISITOR_WRITES =
      Set.of("POST /saved", "POST /saved/{id}/delete");

  @Test
  void adminPathsAndEveryStateChangingRouteRequireAdmin() {
    assertThat(routes())
        .extracting(e -> e.method + " " + e.path)
        .contains("POST /admin/documents", "POST /admin/reindex");
    for (Endpoint e : routes()) {
      String route = e.method + " " + e.path;
      boolean admin = e.path.startsWith("/admin") || e.path.startsWith("/api/admin");
      if (admin && !OPEN_ADMIN_FORMS.contains(route)) {
        assertThat(roles(e)).as(route).containsExactly(Access.ADMIN);
      } else if (AccessManager.isUnsafe(e.method)) {
        Access expected = VISITOR_WRITES.contains(route) ? Access.PUBLIC_WRITE : Access.ADMIN;
        assertThat(roles(e)).as(route).containsExactly(expected);
      }
    }
  }
}
