package io.breadthflow.cli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.universe.MembershipImportRequest;
import io.breadthflow.cli.demo.DemoSession;
import io.breadthflow.core.calendar.NyseCalendar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breadth explorer in headless Chromium against a real {@code bf demo} session (quick: sp100,
 * eighteen months of simulated history): the chosen indicator is drawn, a second series is added,
 * the events the API reports are the markers drawn; the universe menu offers the built-in lists and
 * a stored point-in-time sp100 (written for the test), whose own sectors, breadth and members at a
 * chosen date the page then shows. No page may log a console error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreadthExplorerBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECOND = "#b07cf7";

  private DemoSession demo;
  private Chromium chromium;
  private String base;
  private List<String> consoleErrors;
  private Page page;
  private LocalDate today;

  /** The session XOM replaces MSFT in the stored point-in-time sp100. */
  private LocalDate changed;

  @BeforeAll
  void startDemoAndBrowser(@TempDir Path dir) throws Exception {
    assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
    today = LocalDate.now(NyseCalendar.ZONE);
    demo =
        DemoSession.open(
            new DemoSession.Settings(
                Configuration.of(
                    Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("demo.duckdb"))),
                DemoPlan.session(today, DemoPlan.Length.QUICK, Optional.empty()),
                "127.0.0.1",
                0,
                200,
                dir.resolve("checkpoints")));
    demo.run(Progress.SILENT, Progress.SILENT);
    changed = today.minusDays(100);
    Path membership = dir.resolve("sp100-membership.csv");
    Files.writeString(
        membership,
        "ticker,start_date,end_date,sector\n"
            + "AAPL,2000-01-03,,Information Technology\n"
            + "MSFT,2000-01-03,"
            + changed
            + ",Information Technology\n"
            + "XOM,"
            + changed
            + ",,Energy\n");
    demo.application()
        .membership()
        .importCsv(new MembershipImportRequest("sp100", membership), Progress.SILENT);
    base = "http://localhost:" + demo.port();
    chromium = new Chromium();
  }

  @AfterAll
  void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @BeforeEach
  void openPage() {
    consoleErrors = Chromium.errors();
    page = chromium.page(consoleErrors, 1400, 1100);
    logIn();
  }

  @AfterEach
  void noConsoleErrors() {
    page.context().close();
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void theChosenIndicatorIsDrawnWithTheApisEventsMarkedAndListed() throws Exception {
    String from = today.minusMonths(18).toString();
    page.navigate(
        base + "/#/explorer?universe=sp100&indicator=ad_percent&from=" + from + "&to=" + today);

    PlaywrightAssertions.assertThat(page.locator("#explorer-status")).containsText("sessions");
    eventually("the indicator drawn")
        .until(() -> Chromium.inkOf(page, "#explorer-chart", "accent-2") > 100);
    PlaywrightAssertions.assertThat(page.locator("#explorer-legend"))
        .hasText("AD percent · sp100 (whole universe)");
    PlaywrightAssertions.assertThat(page.locator("#explorer-definition"))
        .containsText("StockCharts ChartSchool, \"AD Percent\"");
    JsonNode api =
        getJson(
            "/api/breadth?universe=sp100&from=" + from + "&to=" + today + "&columns=ad_percent");
    List<String> expected = new ArrayList<>();
    api.get("events")
        .forEach(e -> expected.add(e.get("date").asText() + " " + e.get("kind").asText()));
    PlaywrightAssertions.assertThat(page.locator("#explorer-chart"))
        .hasAttribute("data-markers", String.valueOf(expected.size()));
    PlaywrightAssertions.assertThat(page.locator("#explorer-status"))
        .containsText(expected.size() + " events");
    if (expected.isEmpty()) {
      PlaywrightAssertions.assertThat(page.locator("#explorer-events")).containsText("No ");
    } else {
      Object listed =
          page.locator("#explorer-events tbody tr")
              .evaluateAll("rows => rows.map(r => r.dataset.date + ' ' + r.dataset.kind)");
      assertThat(listed).isEqualTo(expected);
      eventually("the event markers drawn")
          .until(
              () ->
                  Chromium.inkOf(page, "#explorer-chart", "up")
                          + Chromium.inkOf(page, "#explorer-chart", "down")
                      > 20);
    }
    Chromium.screenshot(page, "11-explorer");

    page.locator("#explorer-indicator").selectOption("ra_mcclellan_osc");
    JsonNode oscillator =
        getJson(
            "/api/breadth?universe=sp100&from="
                + from
                + "&to="
                + today
                + "&columns=ra_mcclellan_osc");
    String stable = oscillator.at("/stable_from/ra_mcclellan_osc").asText();
    long warm = 0;
    for (JsonNode row : oscillator.get("rows")) {
      if (!row.get("ra_mcclellan_osc").isNull()
          && (stable.equals("null") || row.get("date").asText().compareTo(stable) < 0)) {
        warm++;
      }
    }
    assertThat(warm).as("the EMA seeds decay for sessions after it is defined").isPositive();
    PlaywrightAssertions.assertThat(page.locator("#explorer-chart"))
        .hasAttribute("data-warm", String.valueOf(warm));
    PlaywrightAssertions.assertThat(page.locator("#explorer-legend")).containsText("warm-up");
    eventually("the warm-up shaded")
        .until(() -> Chromium.inkOf(page, "#explorer-chart", "warm") > 100);
    Chromium.screenshot(page, "11-explorer-warm-up");
  }

  @Test
  void aSecondIndicatorOrASecondSectorIsAddedAsAComparisonSeries() {
    page.navigate(base + "/#/explorer?universe=sp100&indicator=pct_above_sma50");
    eventually("the first series drawn")
        .until(() -> Chromium.inkOf(page, "#explorer-chart", "accent-2") > 100);

    page.locator("#explorer-compare").selectOption("indicator");
    page.locator("#explorer-indicator2").selectOption("stix");
    PlaywrightAssertions.assertThat(page.locator("#explorer-legend"))
        .containsText("STIX · sp100 (whole universe) (left axis)");
    PlaywrightAssertions.assertThat(page.locator("#explorer-chart"))
        .hasAttribute("data-series", "2");
    eventually("the comparison drawn")
        .until(() -> Chromium.inkOf(page, "#explorer-chart", SECOND) > 100);

    page.locator("#explorer-group").selectOption("Energy");
    page.locator("#explorer-compare").selectOption("group");
    page.locator("#explorer-group2").selectOption("Information Technology");
    page.locator("#explorer-scale").selectOption("normalised");
    PlaywrightAssertions.assertThat(page.locator("#explorer-status")).containsText("Energy ·");
    PlaywrightAssertions.assertThat(page.locator("#explorer-legend"))
        .containsText("% above 50-day SMA · Information Technology");
    PlaywrightAssertions.assertThat(page.locator("#explorer-legend"))
        .not()
        .containsText("left axis");
    eventually("both sectors drawn")
        .until(
            () ->
                Chromium.inkOf(page, "#explorer-chart", SECOND) > 100
                    && Chromium.inkOf(page, "#explorer-chart", "accent-2") > 100);
    assertThat(page.url()).contains("group=Energy").contains("compare=group");
    Chromium.screenshot(page, "12-explorer-compare");
  }

  @Test
  void theMembershipPanelListsTheStoredMembersAtTheChosenDate() {
    page.navigate(base + "/#/explorer?universe=sp100&kind=point-in-time&date=" + today);

    PlaywrightAssertions.assertThat(page.locator("#members-status"))
        .hasText("2 members of sp100 on " + today + " (stored point-in-time membership)");
    PlaywrightAssertions.assertThat(page.locator("#members-summary"))
        .hasText(
            "3 symbols ever members, 3 membership intervals, first 2000-01-03, last change "
                + changed);
    assertThat(memberRows())
        .containsExactly(
            List.of("AAPL", "Information Technology", "2000-01-03"),
            List.of("XOM", "Energy", changed.toString()));

    page.locator("#members-date").fill(changed.minusDays(1).toString());
    PlaywrightAssertions.assertThat(page.locator("#members-status"))
        .containsText("2 members of sp100 on " + changed.minusDays(1));
    assertThat(memberRows())
        .containsExactly(
            List.of("AAPL", "Information Technology", "2000-01-03"),
            List.of("MSFT", "Information Technology", "2000-01-03"));
    assertThat(page.url()).contains("date=" + changed.minusDays(1));
    Chromium.screenshot(page, "13-explorer-members");

    PlaywrightAssertions.assertThat(page.locator("#explorer-status"))
        .containsText("sp100 (whole universe) (point-in-time) ·");
    PlaywrightAssertions.assertThat(page.locator("#explorer-status"))
        .containsText("3 symbols stored");
    eventually("the point-in-time breadth drawn")
        .until(() -> Chromium.inkOf(page, "#explorer-chart", "accent-2") > 100);
  }

  @Test
  void theUniverseMenuOffersTheStoredUniverseWhoseOwnSectorsThenMakeTheSectorMenu()
      throws Exception {
    String from = today.minusDays(366).toString();
    page.navigate(base + "/#/explorer?universe=sp100&from=" + from + "&to=" + today);
    PlaywrightAssertions.assertThat(page.locator("#explorer-status")).containsText("sessions");
    JsonNode universes = getJson("/api/universes").get("universes");
    List<String> expected = new ArrayList<>();
    universes.forEach(u -> expected.add(u.get("kind").asText() + ":" + u.get("name").asText()));
    assertThat(expected).contains("built-in:sp100", "point-in-time:sp100");

    assertThat(options("#explorer-universe")).isEqualTo(expected);
    assertThat(
            page.locator("#explorer-universe optgroup")
                .evaluateAll("groups => groups.map(g => g.label + ': ' + g.children.length)"))
        .isEqualTo(
            List.of(
                "Built-in (today's members on every session): " + (expected.size() - 1),
                "Stored point-in-time (each session's members): 1"));
    List<String> builtInSectors = new ArrayList<>(List.of(""));
    universes
        .get(expected.indexOf("built-in:sp100"))
        .get("sectors")
        .forEach(sector -> builtInSectors.add(sector.asText()));
    assertThat(builtInSectors).hasSizeGreaterThan(3);
    assertThat(options("#explorer-group")).isEqualTo(builtInSectors);

    page.locator("#explorer-universe").selectOption("point-in-time:sp100");
    PlaywrightAssertions.assertThat(page.locator("#explorer-status"))
        .containsText("sp100 (whole universe) (point-in-time) ·");
    assertThat(options("#explorer-group")).containsExactly("", "Energy", "Information Technology");
    page.locator("#explorer-group").selectOption("Energy");

    PlaywrightAssertions.assertThat(page.locator("#explorer-status"))
        .containsText("Energy (point-in-time) ·");
    JsonNode energy =
        getJson(
            "/api/breadth?point_in_time=sp100&sector=Energy&columns=ad_percent&from="
                + from
                + "&to="
                + today);
    PlaywrightAssertions.assertThat(page.locator("#explorer-status"))
        .containsText(energy.get("rows").size() + " sessions");
    assertThat(page.url()).contains("kind=point-in-time").contains("group=Energy");
    Chromium.screenshot(page, "14-explorer-point-in-time");
  }

  @Test
  void aBuiltInUniverseListsTodaysMembersLabelledAsSuchWithoutAskingForStoredOnes() {
    List<String> requested = new ArrayList<>();
    page.onRequest(request -> requested.add(request.url()));
    page.navigate(base + "/#/explorer?universe=demo_small");

    PlaywrightAssertions.assertThat(page.locator("#members-status"))
        .hasText("4 members of demo_small today (built-in list, the same on every session)");
    assertThat(memberRows())
        .containsExactly(
            List.of("AAPL", "Information Technology"),
            List.of("MSFT", "Information Technology"),
            List.of("GOOGL", "Communication Services"),
            List.of("AMZN", "Consumer Discretionary"));
    PlaywrightAssertions.assertThat(page.locator("#members-date")).hasCount(0);
    PlaywrightAssertions.assertThat(page.locator("#explorer-status")).containsText("sessions");
    assertThat(options("#explorer-group"))
        .containsExactly(
            "", "Communication Services", "Consumer Discretionary", "Information Technology");
    assertThat(requested).noneMatch(url -> url.contains("/members"));
  }

  @SuppressWarnings("unchecked")
  private List<String> options(String select) {
    return (List<String>)
        page.locator(select + " option").evaluateAll("options => options.map(o => o.value)");
  }

  @SuppressWarnings("unchecked")
  private List<List<String>> memberRows() {
    return (List<List<String>>)
        page.locator("#explorer-members tbody tr")
            .evaluateAll(
                "rows => rows.map(r => [...r.querySelectorAll('td')].map(c => c.textContent))");
  }

  private static ConditionFactory eventually(String what) {
    return await(what).pollInSameThread().atMost(Duration.ofSeconds(30));
  }

  private void logIn() {
    page.navigate(base + "/#/login");
    page.locator("input[name=username]").fill(DemoSession.ADMIN);
    page.locator("input[name=password]").fill(demo.password());
    page.locator("#login-submit").click();
    PlaywrightAssertions.assertThat(page.locator("#user-name")).containsText(DemoSession.ADMIN);
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
