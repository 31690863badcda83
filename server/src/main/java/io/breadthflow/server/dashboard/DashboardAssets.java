package io.breadthflow.server.dashboard;

import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.util.Map;

/**
 * The web dashboard's files, served from the classpath: {@code /} (index.html) and everything under
 * {@code /assets/} (its own scripts and styles, and the charting library the build installs from
 * the npm registry). The dashboard talks to the server through the API and {@code /ws/live} only.
 */
public final class DashboardAssets {
  private DashboardAssets() {}

  /** Serves the dashboard at {@code /}; browsers revalidate every file, so updates show at once. */
  public static void configure(StaticFileConfig files) {
    files.hostedPath = "/";
    files.directory = "/dashboard";
    files.location = Location.CLASSPATH;
    files.headers = Map.of("Cache-Control", "no-cache");
  }

  /**
   * Whether a request path is one of the dashboard's files (not rate limited: a page loads many).
   */
  public static boolean isAsset(String path) {
    return path.equals("/") || path.equals("/index.html") || path.startsWith("/assets/");
  }
}
