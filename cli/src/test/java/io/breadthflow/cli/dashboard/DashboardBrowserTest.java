package io.breadthflow.cli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.run.Progress;
import io.breadthflow.cli.demo.DemoSession;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.stream.forecast.ForecastUpdate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in headless Chromium against a real {@code bf demo} session (quick): simulated
 * sp100 history, signals, a backtest, the streaming job on the simulator and the server. Every page
 * is opened, its charts must have drawn data, and a screenshot of it lands in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "reader";
  private static final String USER_PASSWORD = "reader-password-1";

  private DemoSession demo;
  private Chromium chromium;
  private String base;
  private List<String> consoleErrors;
  private Page page;
  private String storeUrl;

  @BeforeAll
  void startDemoAndBrowser(@TempDir Path dir) throws Exception {
    assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
    storeUrl = "jdbc:duckdb:" + dir.resolve("demo.duckdb");
    demo =
        DemoSession.open(
            new DemoSession.Settings(
                Configuration.of(Map.of("BF_STORE_URL", storeUrl)),
                DemoPlan.session(
                    LocalDate.now(NyseCalendar.ZONE), DemoPlan.Length.QUICK, Optional.empty()),
                "127.0.0.1",
                0,
                200,
                dir.resolve("checkpoints")));
    demo.run(Progress.SILENT, Progress.SILENT);
    base = "http://localhost:" + demo.port();
    post(
        "/api/users/register",
        "{\"username\":\"" + USER + "\",\"password\":\"" + USER_PASSWORD + "\"}");
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
    page = chromium.page(consoleErrors, 1400, 1000);
  }

  @AfterEach
  void noConsoleErrors() {
    page.context().close();
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void aVisitorMustLogInAndTheOverviewThenShowsRunsLiveCountersAndTheMarket() {
    page.navigate(base + "/");
    PlaywrightAssertions.assertThat(page.locator("#login-submit")).isVisible();
    Chromium.screenshot(page, "00-login");

    logIn(DemoSession.ADMIN, demo.password());

    PlaywrightAssertions.assertThat(page.locator("#total-runs")).hasText(Pattern.compile("\\d+"));
    assertThat(Integer.parseInt(page.locator("#total-runs").textContent()))
        .isGreaterThanOrEqualTo(3);
    PlaywrightAssertions.assertThat(page.locator("#breadth-headline table")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#live-status")).hasText("live");
    eventually("trades flowing through the streaming job")
        .until(() -> !page.locator("#trades-per-second").textContent().equals("–"));
    eventually("the throughput chart drew a line")
        .until(() -> Chromium.inkOf(page, "#throughput-chart", "accent") > 20);
    Chromium.screenshot(page, "01-overview");
  }

  @Test
  void theMarketPageDrawsCandlesIndicatorsAndUpdatesFromALiveBar() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/market?symbol=MSFT");
    PlaywrightAssertions.assertThat(page.locator("#market-status")).containsText("bars");
    eventually("candles drawn").until(() -> Chromium.inkOf(page, "#market-chart", "up") > 500);
    assertThat(Chromium.inkOf(page, "#market-chart", "down")).isGreaterThan(500);
    assertThat(Chromium.inkOf(page, "#market-chart", "accent-2")).isGreaterThan(200);

    Chromium.screenshot(page, "02-market");

    // A symbol the streaming job does not trade, so that only this test's bar reaches the chart;
    // its sessions are the simulated market's last sixty.
    List<Bar> msft =
        demo.application().store().bars("MSFT", Interval.ONE_DAY, Instant.EPOCH, Instant.now());
    List<Bar> history = new ArrayList<>();
    for (Bar session : msft.subList(msft.size() - 60, msft.size())) {
      double close = 50 + history.size() % 7;
      history.add(
          Bar.daily("TESTA", session.sessionDate(), close - 0.5, close + 1, close - 1, close, 800));
    }
    demo.application().store().upsertBars(history);
    page.navigate(base + "/#/market?symbol=TESTA&overlays=");
    PlaywrightAssertions.assertThat(page.locator("#market-status")).hasText("60 bars");
    Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    demo.server()
        .live()
        .publish(
            new LiveEvent(
                "bars",
                "TESTA",
                new Bar(
                    "TESTA", Interval.ONE_MINUTE, minute, 57, 58.5, 56.5, 58.25, 300, 57.5, 9)));

    PlaywrightAssertions.assertThat(page.locator("#market-status")).containsText("live: 1m bar");
    PlaywrightAssertions.assertThat(page.locator("#quote")).containsText("C 58.25");
  }

  /**
   * Sixty sessions are too few for RSI 14 and MACD to forget where the history starts: their panes
   * are shaded in the warm-up colour and the note names them; SMA 20, a finite window, never is.
   */
  @Test
  void theMarketChartShadesTheWarmUpOfIndicatorsThatStillDependOnTheStart() {
    List<Bar> msft =
        demo.application().store().bars("MSFT", Interval.ONE_DAY, Instant.EPOCH, Instant.now());
    List<Bar> history = new ArrayList<>();
    for (Bar session : msft.subList(msft.size() - 60, msft.size())) {
      double close = 40 + 3 * Math.sin(history.size() / 4.0);
      history.add(
          Bar.daily("TESTW", session.sessionDate(), close - 0.5, close + 1, close - 1, close, 700));
    }
    demo.application().store().upsertBars(history);
    logIn(DemoSession.ADMIN, demo.password());

    page.navigate(base + "/#/market?symbol=TESTW&overlays=");

    PlaywrightAssertions.assertThat(page.locator("#market-status")).hasText("60 bars");
    PlaywrightAssertions.assertThat(page.locator("#warm-up-note"))
        .containsText("RSI 14 throughout, MACD throughout");
    eventually("the warm-up shaded")
        .until(() -> Chromium.inkOf(page, "#market-chart", "warm") > 5_000);
    Chromium.screenshot(page, "02-market-warm-up");

    page.navigate(base + "/#/market?symbol=TESTW&overlays=sma");
    PlaywrightAssertions.assertThat(page.locator("#warm-up-note")).not().containsText("SMA");
  }

  @Test
  void theIntradayChartDrawsStoredBarsWithIndicatorsAndTheLiveBarsOfItsInterval() {
    Instant period = Instant.now().truncatedTo(ChronoUnit.HOURS);
    List<Bar> stored = new ArrayList<>();
    for (int i = 40; i > 0; i--) {
      double close = 60 + Math.sin(i / 3.0);
      Instant start = period.minusSeconds(300L * i);
      stored.add(
          new Bar(
              "TESTB",
              Interval.FIVE_MINUTES,
              start,
              close,
              close + 0.2,
              close - 0.2,
              close,
              900,
              close,
              12));
    }
    demo.application().store().upsertBars(stored);
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/market?symbol=TESTB&interval=5m&range=1d");
    PlaywrightAssertions.assertThat(page.locator("#market-status")).hasText("40 bars");
    eventually("SMA and RSI drawn")
        .until(() -> Chromium.inkOf(page, "#market-chart", "accent-2") > 200);
    demo.server()
        .live()
        .publish(
            new LiveEvent(
                "bars",
                "TESTB",
                new Bar("TESTB", Interval.ONE_MINUTE, period, 1, 1, 1, 1, 1, 1, 1)));
    for (int i = 0; i < 6; i++) {
      double open = 60 + i;
      demo.server()
          .live()
          .publish(
              new LiveEvent(
                  "bars",
                  "TESTB",
                  new Bar(
                      "TESTB",
                      Interval.FIVE_MINUTES,
                      period.plusSeconds(300L * i),
                      open,
                      open + 2,
                      open - 1,
                      open + 1.5,
                      5_000,
                      open + 0.5,
                      40)));
    }

    eventually("the six 5m bars, not the 1m bar")
        .until(
            () ->
                page.locator("#quote").textContent().contains("C 66.50")
                    && "6".equals(page.locator("#market-status").getAttribute("data-live")));
    eventually("six rising candles").until(() -> Chromium.inkOf(page, "#market-chart", "up") > 200);
    Chromium.screenshot(page, "02-market-5m");
  }

  @Test
  void theMarketPageDrawsTheForecastFanAndItsWalkForwardEvaluation() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/market?symbol=AAPL&overlays=forecast");

    PlaywrightAssertions.assertThat(page.locator("#forecast-table tbody tr")).hasCount(10);
    PlaywrightAssertions.assertThat(page.locator("#forecast-card h2")).containsText("ARIMA(");
    eventually("the fan drawn")
        .until(() -> Chromium.inkOf(page, "#market-chart", "forecast") > 100);
    page.locator("#evaluate-forecast").click();
    PlaywrightAssertions.assertThat(page.locator("#evaluation-table tbody tr"))
        .hasCount(
            3,
            new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.locator("#evaluation-table")).containsText("random walk");
    Chromium.screenshot(page, "02-market-forecast");
  }

  @Test
  void aLiveForecastFromTheStreamingJobIsDrawnOnTheIntradayChart() {
    Instant period = Instant.now().truncatedTo(ChronoUnit.HOURS);
    List<Bar> stored = new ArrayList<>();
    for (int i = 30; i > 0; i--) {
      double close = 40 + Math.cos(i / 4.0);
      stored.add(
          new Bar(
              "TESTC",
              Interval.ONE_MINUTE,
              period.minusSeconds(60L * i),
              close,
              close + 0.1,
              close - 0.1,
              close,
              500,
              close,
              5));
    }
    demo.application().store().upsertBars(stored);
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/market?symbol=TESTC&interval=1m&range=1d&overlays=forecast");
    PlaywrightAssertions.assertThat(page.locator("#market-status")).hasText("30 bars");
    Bar last = stored.get(stored.size() - 1);
    List<ForecastPoint> points = new ArrayList<>();
    for (int step = 1; step <= 5; step++) {
      points.add(ForecastPoint.normal(step, last.close() + 0.05 * step, 0.1 * Math.sqrt(step)));
    }
    demo.server()
        .live()
        .publish(
            new LiveEvent(
                "forecasts",
                "TESTC",
                new ForecastUpdate(
                    "TESTC",
                    Interval.ONE_MINUTE,
                    last.start(),
                    last.close(),
                    "ARIMA(0,1,0) with drift",
                    points)));

    PlaywrightAssertions.assertThat(page.locator("#forecast-card h2"))
        .containsText("ARIMA(0,1,0) with drift");
    PlaywrightAssertions.assertThat(page.locator("#forecast-table tbody tr")).hasCount(5);
    eventually("the live fan drawn")
        .until(() -> Chromium.inkOf(page, "#market-chart", "forecast") > 50);
    Chromium.screenshot(page, "02-market-1m-forecast");
  }

  @Test
  void theBreadthPageDrawsEveryIndicatorAndASectorHeatMap() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/breadth");
    PlaywrightAssertions.assertThat(page.locator("#sector-heatmap .sector").first()).isVisible();
    assertThat(page.locator("#sector-heatmap .sector").count()).isGreaterThanOrEqualTo(10);
    assertThat(page.locator("#sector-heatmap .cell").count()).isEqualTo(101);
    Map<String, String> lineColours =
        Map.of(
            "#ad-chart", "accent-2",
            "#above-chart", "accent-2",
            "#trin-chart", "accent-2",
            "#thrust-chart", "accent",
            "#mcclellan-chart", "#f5a623");
    lineColours.forEach(
        (chart, colour) ->
            eventually(chart).until(() -> Chromium.inkOf(page, chart, colour) > 100));
    eventually("new highs and lows")
        .until(
            () ->
                Chromium.inkOf(page, "#highs-lows-chart", "up") > 100
                    && Chromium.inkOf(page, "#highs-lows-chart", "down") > 100);
    Chromium.screenshot(page, "03-breadth");
  }

  @Test
  void theSignalsTableSortsFiltersAndLinksToTheChart() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/signals");
    PlaywrightAssertions.assertThat(page.locator("#signal-count")).containsText("signals");
    assertThat(page.locator("#signals-table tbody tr").count()).isGreaterThan(10);

    page.locator("#signal-action").selectOption("BUY");
    PlaywrightAssertions.assertThat(page.locator("#signals-table tbody tr").first())
        .containsText("BUY");
    assertThat(page.locator("#signals-table tbody td:nth-child(3)").allTextContents())
        .containsOnly("BUY");
    page.locator("th[data-key=confidence]").click();
    List<String> confidences =
        page.locator("#signals-table tbody td:nth-child(5)").allTextContents();
    assertThat(confidences)
        .isSortedAccordingTo((a, b) -> Double.compare(percentValue(b), percentValue(a)));
    Chromium.screenshot(page, "04-signals");

    String symbol = page.locator("#signals-table tbody tr a").first().textContent();
    page.locator("#signals-table tbody tr a").first().click();
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(symbol + " · 1d");
  }

  @Test
  void aBacktestRunFromTheFormShowsItsEquityCurveAndComparesWithTheDemoRun() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/backtests");
    page.locator("#backtest-form input[name=symbols]").fill("AAPL,MSFT,XOM");
    page.locator("#backtest-submit").click();

    page.waitForURL(Pattern.compile(".*[?&]id=\\d+.*"));
    String run = page.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
    assertThat(Long.parseLong(run)).isNotEqualTo(demo.backtestId());
    PlaywrightAssertions.assertThat(page.locator("#backtest-status")).hasText("run #" + run);
    eventually("equity curve drawn")
        .until(() -> Chromium.inkOf(page, "#equity-chart", "accent") > 200);
    PlaywrightAssertions.assertThat(page.locator("#metrics")).containsText("Sharpe");
    assertThat(page.locator("#trades tbody tr").count()).isPositive();

    page.locator("#run-b").selectOption(String.valueOf(demo.backtestId()));
    PlaywrightAssertions.assertThat(page.locator("#backtest-status"))
        .hasText("run #" + run + " compared with #" + demo.backtestId());
    PlaywrightAssertions.assertThat(page.locator("#metrics thead")).containsText("#" + run);
    eventually("second curve drawn")
        .until(() -> Chromium.inkOf(page, "#equity-chart", "#b07cf7") > 200);
    Chromium.screenshot(page, "05-backtests");
  }

  @Test
  void aWalkForwardFromTheFormDrawsItsOutOfSampleCurveAndOneRowPerWindow() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/backtests");
    page.locator("#walk-forward-form input[name=symbols]").fill("AAPL,MSFT,XOM");
    page.locator("#walk-forward-form input[name=grid]").fill("fast=5..15:5,slow=30|60");
    page.locator("#walk-forward-submit").click();

    page.waitForURL(Pattern.compile(".*[?&]wf=\\d+.*"));
    String run = page.url().replaceAll(".*[?&]wf=(\\d+).*", "$1");
    PlaywrightAssertions.assertThat(page.locator("#walk-forward-status"))
        .hasText("walk-forward #" + run);
    eventually("out-of-sample curve drawn")
        .until(() -> Chromium.inkOf(page, "#walk-forward-chart", "accent-2") > 200);
    // About 17 months from the form's start: 6 months train, then 3-month test windows.
    assertThat(page.locator("#walk-forward-windows tbody tr").count()).isBetween(3, 4);
    PlaywrightAssertions.assertThat(page.locator("#walk-forward-windows tbody tr").first())
        .containsText("fast=");
    PlaywrightAssertions.assertThat(page.locator("#walk-forward-summary"))
        .containsText("Deflated Sharpe ratio");
    PlaywrightAssertions.assertThat(page.locator("#walk-forward-summary"))
        .containsText("Trials (grid × windows)");
    PlaywrightAssertions.assertThat(page.locator("#walk-forward-run option[value='" + run + "']"))
        .containsText("sma-cross 6m/3m");
    Chromium.screenshot(page, "05-walk-forward");
  }

  @Test
  void aWalkForwardWithABadGridShowsTheServersReason() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/backtests");
    page.locator("#walk-forward-form input[name=grid]").fill("fast=0..10:5");
    page.locator("#walk-forward-submit").click();

    PlaywrightAssertions.assertThat(page.locator("#walk-forward-error"))
        .hasText("fast must be between 1 and 1000, got 0");
    // Chromium reports the refused request itself on the console; that one is expected.
    consoleErrors.removeIf(error -> error.contains("status of 400"));
  }

  @Test
  void aBacktestRunFromTheCommandLineAppearsOnTheBacktestsPage() {
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "rsi-reversion",
            "--rsi-period",
            "7",
            "--symbols",
            "AAPL,JPM",
            "--start-date",
            LocalDate.now(NyseCalendar.ZONE).minusMonths(9).toString(),
            "--end-date",
            LocalDate.now(NyseCalendar.ZONE).toString(),
            "--store",
            storeUrl);
    assertThat(run.exitCode()).as(run.err()).isZero();
    String id = run.out().lines().findFirst().orElseThrow().replaceAll("backtest (\\d+):.*", "$1");

    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/backtests");
    PlaywrightAssertions.assertThat(page.locator("#run-a option[value='" + id + "']"))
        .containsText("rsi-reversion");
    page.locator("#run-a").selectOption(id);
    PlaywrightAssertions.assertThat(page.locator("#backtest-status")).hasText("run #" + id);
    eventually("equity curve of the command-line run drawn")
        .until(() -> Chromium.inkOf(page, "#equity-chart", "accent") > 200);
    PlaywrightAssertions.assertThat(page.locator("#metrics")).containsText("Sharpe");
  }

  @Test
  void theBacktestFormIsBuiltFromTheStrategiesTheServerDescribes() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/backtests");
    PlaywrightAssertions.assertThat(page.locator("#backtest-form select[name=strategy] option"))
        .hasText(new String[] {"sma-cross", "rsi-reversion", "breadth"});
    page.locator("#backtest-form select[name=strategy]").selectOption("rsi-reversion");
    PlaywrightAssertions.assertThat(page.locator("input[name=rsi_period]")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("input[name=rsi_period]"))
        .hasAttribute("max", "500");
    PlaywrightAssertions.assertThat(page.locator("input[name=fast]")).isHidden();
  }

  @Test
  void alertsArriveLiveAndCanBeAcknowledged() {
    // Symbols the streaming job does not trade, whose alerts therefore are only these.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Alert alert =
        new Alert("TESTC", "1m", now, "rsi_overbought", "critical", "TESTC RSI(14) 81.0", 81.0);
    demo.application().store().alerts().save(List.of(alert));
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/alerts");
    Locator stored =
        page.locator("#alert-feed li")
            .filter(new Locator.FilterOptions().setHasText("TESTC RSI(14) 81.0"));
    PlaywrightAssertions.assertThat(stored).hasAttribute("data-severity", "critical");

    Alert live = new Alert("TESTD", "1m", now, "volume_spike", "warning", "TESTD volume 5.2x", 5.2);
    demo.server().live().publish(new LiveEvent("alerts", "TESTD", live));
    PlaywrightAssertions.assertThat(page.locator("#alert-feed")).containsText("TESTD volume 5.2x");

    stored.locator("button").click();
    PlaywrightAssertions.assertThat(stored).hasClass("acknowledged");
    assertThat(demo.application().store().alerts().recent(5_000, false))
        .anyMatch(kept -> kept.alert().equals(alert) && kept.acknowledged());
    Chromium.screenshot(page, "06-alerts");
  }

  @Test
  void anAdminRunsACommandAndFollowsItsOutput() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/commands");
    page.locator("#command-select").selectOption("data_summary");
    page.locator("#command-run").click();

    PlaywrightAssertions.assertThat(page.locator("#command-output")).containsText("$ data_summary");
    PlaywrightAssertions.assertThat(page.locator("#command-output")).containsText("— SUCCEEDED");
    PlaywrightAssertions.assertThat(page.locator("#command-history"))
        .containsText("execute data_summary");
    Chromium.screenshot(page, "07-commands");
  }

  @Test
  void aPlainUserIsRefusedCommands() {
    logIn(USER, USER_PASSWORD);
    page.navigate(base + "/#/commands");
    page.locator("#command-select").selectOption("data_summary");
    page.locator("#command-run").click();

    PlaywrightAssertions.assertThat(page.locator("#command-error")).containsText("Refused");
    // Chromium reports the refused request itself on the console; that one is expected.
    consoleErrors.removeIf(error -> error.contains("status of 403"));
  }

  @Test
  void theInfrastructureDiagramShowsTheLiveHealthOfEachComponent() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/infrastructure");
    PlaywrightAssertions.assertThat(page.locator("g[data-component=store]"))
        .hasAttribute("data-status", "up");
    PlaywrightAssertions.assertThat(page.locator("g[data-component=stream]"))
        .hasAttribute("data-status", "up");
    PlaywrightAssertions.assertThat(page.locator("g[data-component=kafka]"))
        .hasAttribute("data-status", "absent");
    PlaywrightAssertions.assertThat(page.locator("#health-table")).containsText("store");
    Chromium.screenshot(page, "08-infrastructure");
  }

  @Test
  void themesSwitchTheNarrowLayoutHasAMenuAndLogoutReturnsToTheLogin() {
    logIn(DemoSession.ADMIN, demo.password());
    page.navigate(base + "/#/breadth");
    String theme = page.locator("html").getAttribute("data-theme");
    page.locator("#theme-button").click();
    String other = theme.equals("dark") ? "light" : "dark";
    PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("data-theme", other);
    eventually("charts redrawn in the new theme")
        .until(() -> Chromium.inkOf(page, "#ad-chart", "accent-2") > 100);
    Chromium.screenshot(page, "09-breadth-" + other);
    page.reload();
    PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("data-theme", other);

    page.setViewportSize(420, 900);
    PlaywrightAssertions.assertThat(page.locator("#nav")).isHidden();
    page.locator("#menu-button").click();
    PlaywrightAssertions.assertThat(page.locator("#nav")).isVisible();
    Chromium.screenshot(page, "10-narrow");

    page.locator("#logout-button").click();
    PlaywrightAssertions.assertThat(page.locator("#login-submit")).isVisible();
  }

  /**
   * Waits for a condition on the page, polling in the test's thread: Playwright objects must not be
   * used from another one.
   */
  private static ConditionFactory eventually(String what) {
    return await(what).pollInSameThread().atMost(Duration.ofSeconds(30));
  }

  private void logIn(String username, String password) {
    page.navigate(base + "/#/login");
    page.locator("input[name=username]").fill(username);
    page.locator("input[name=password]").fill(password);
    page.locator("#login-submit").click();
    PlaywrightAssertions.assertThat(page.locator("#user-name")).containsText(username);
  }

  private static double percentValue(String text) {
    return Double.parseDouble(text.replace("%", "").replace(",", ""));
  }

  private JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return JSON.readTree(response.body());
  }
}
