package org.ccmarchive.web;

import io.javalin.security.RouteRole;

/** Who may call a route: everyone, or ISU staff holding the admin token. */
public enum Access implements RouteRole {
  PUBLIC,
  ADMIN
}
