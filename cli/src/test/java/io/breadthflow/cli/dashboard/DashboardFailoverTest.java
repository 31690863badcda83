package io.breadthflow.cli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.server.ApiServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two API servers of one deployment ({@code BF_API_SERVERS} names both) over one store, the
 * dashboard in headless Chromium loaded from the first: when that server goes away, the live
 * connection moves to the second and the page names it.
 */
class DashboardFailoverTest {
  private static final JwtSecret SECRET = JwtSecret.of("failover-test-secret-of-32-bytes-at-least");
  private static final String USER = "watcher";
  private static final String PASSWORD = "watcher-password-1";

  @TempDir Path dir;
  private Application application;
  private ApiServer first;
  private ApiServer second;
  private Chromium chromium;

  @BeforeEach
  void startTwoServers() throws Exception {
    assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
    int firstPort = freePort();
    int secondPort = freePort();
    Configuration configuration =
        Configuration.of(
            Map.of(
                "BF_STORE_URL",
                "jdbc:duckdb:" + dir.resolve("failover.duckdb"),
                "BF_API_SERVERS",
                url(firstPort) + "," + url(secondPort)));
    application = Application.open(configuration);
    first = ApiServer.start(application, settings(configuration, firstPort));
    second = ApiServer.start(application, settings(configuration, secondPort));
    register(url(firstPort));
    chromium = new Chromium();
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    if (application != null) {
      application.close();
    }
  }

  @Test
  void whenItsServerGoesAwayTheDashboardShowsLiveAlertsThroughTheOtherServerAndNamesIt() {
    List<String> errors = Chromium.errors();
    Page page = chromium.page(errors, 1400, 900);
    page.navigate(url(first.port()) + "/#/login");
    page.locator("input[name=username]").fill(USER);
    page.locator("input[name=password]").fill(PASSWORD);
    page.locator("#login-submit").click();
    PlaywrightAssertions.assertThat(page.locator("#user-name")).containsText(USER);
    page.navigate(url(first.port()) + "/#/alerts");
    PlaywrightAssertions.assertThat(page.locator("#alert-feed")).containsText("No alerts yet");
    PlaywrightAssertions.assertThat(page.locator("#live-status")).hasText("live");
    PlaywrightAssertions.assertThat(page.locator("#live-server"))
        .hasText("via 127.0.0.1:" + first.port());

    first.close();
    PlaywrightAssertions.assertThat(page.locator("#live-server"))
        .hasText(
            "via 127.0.0.1:" + second.port(),
            new LocatorAssertions.HasTextOptions().setTimeout(30_000));
    PlaywrightAssertions.assertThat(page.locator("#live-status")).hasText("live");

    Alert alert =
        new Alert(
            "TESTF",
            "1m",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            "volume_spike",
            "warning",
            "TESTF volume 6.1x",
            6.1);
    // Published until it shows: the page subscribes just after it connects.
    await("the alert pushed through the second server")
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              second.live().publish(new LiveEvent("alerts", "TESTF", alert));
              return page.locator("#alert-feed").textContent().contains("TESTF volume 6.1x");
            });
    Chromium.screenshot(page, "11-failover");
    page.context().close();
    // The overview shown after the login finds no breadth in the empty store (404), and Chromium
    // reports the refused reconnect to the server that went away; nothing else may fail.
    errors.removeIf(error -> error.contains("status of 404"));
    assertThat(errors)
        .allMatch(
            error -> error.contains("ERR_CONNECTION_REFUSED") || error.contains("WebSocket"),
            "only failed connections to the server that went away");
  }

  private ServerConfig settings(Configuration configuration, int port) {
    return ServerConfig.on(port, SECRET)
        .withHost("127.0.0.1")
        .withBcryptCost(4)
        .withCluster(configuration.cluster());
  }

  private static String url(int port) {
    return "http://127.0.0.1:" + port;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void register(String base) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/users/register"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }
}
