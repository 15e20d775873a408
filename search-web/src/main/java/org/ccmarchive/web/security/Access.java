package org.ccmarchive.web.security;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route declares one ({@code config.routes.get(path, handler,
 * Access.PUBLIC)}); {@link AccessManager} refuses a route that declares none, so a forgotten role
 * fails closed instead of exposing an admin action.
 */
public enum Access implements RouteRole {
  /** Anyone: searching, reading records, downloading originals. */
  PUBLIC,
  /**
   * Anyone, but only from this site (Fetch Metadata / Origin) and with a small body: the few
   * visitor writes, i.e. saving and deleting a saved search. Never used under /admin.
   */
  PUBLIC_WRITE,
  /** Holders of the admin token ({@code CCM_ADMIN_TOKEN}), from this site only. */
  ADMIN
}
