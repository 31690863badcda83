package io.breadthflow.cli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.notify.LocalWebhookReceiver;
import io.breadthflow.app.run.Progress;
import io.breadthflow.cli.demo.DemoSession;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.NotificationFilter;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.StoredNotification;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 end to end in headless Chromium against a real {@code bf demo} session (quick): the
 * demo's rule fires on the simulated stream and reaches the session's webhook receiver and SMTP
 * server exactly once each, and the notification centre shows it delivered on every channel; the
 * Watchlists page, the "add to watchlist" button of the Market page and the Alert rules page work
 * for a user of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalAlertsBrowserTest {
  private static final String USER = "trader";
  private static final String USER_PASSWORD = "trader-password-1";

  private DemoSession demo;
  private Chromium chromium;
  private String base;
  private List<String> consoleErrors;
  private Page page;

  @BeforeAll
  void startDemoAndBrowser(@TempDir Path dir) throws Exception {
    assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
    demo =
        DemoSession.open(
            new DemoSession.Settings(
                Configuration.of(Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("d.duckdb"))),
                DemoPlan.session(
                    LocalDate.now(NyseCalendar.ZONE), DemoPlan.Length.QUICK, Optional.empty()),
                "127.0.0.1",
                0,
                200,
                dir.resolve("checkpoints")));
    demo.run(Progress.SILENT, Progress.SILENT);
    base = "http://localhost:" + demo.port();
    HttpResponse<String> registered =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/users/register"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\""
                                + USER
                                + "\",\"password\":\""
                                + USER_PASSWORD
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(registered.statusCode()).isEqualTo(201);
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
  void theDemoRuleReachesTheWebhookAndTheMailboxOnceAndTheCentreShowsItDelivered()
      throws Exception {
    long rule = demo.alerts().rule().id();
    try {
      await("the demo rule delivered on every channel")
          .atMost(Duration.ofSeconds(120))
          .until(() -> deliveredChannels(rule) == 3);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "deliveries of the demo rule: "
              + notificationsOf(rule).stream()
                  .map(n -> n.channel() + " " + n.status() + " " + n.lastError())
                  .toList(),
          e);
    }

    List<LocalWebhookReceiver.Received> webhooks = demo.webhooks().received();
    List<MimeMessage> mails = demo.mail().received();
    assertThat(webhooks).hasSize(1);
    assertThat(mails).hasSize(1);
    StoredNotification firing = notificationsOf(rule).get(0);
    assertThat(webhooks.get(0).key()).isEqualTo(firing.firingKey());
    assertThat(demo.webhooks().requests())
        .as("one request, signed with the user's secret")
        .isEqualTo(1);
    assertThat(demo.webhooks().refused()).isZero();
    assertThat(webhooks.get(0).body()).contains(firing.firing().symbol());
    assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo(DemoSession.EMAIL);
    assertThat(mails.get(0).getSubject()).contains(demo.alerts().rule().name());

    logIn(DemoSession.ADMIN, demo.password());
    PlaywrightAssertions.assertThat(page.locator("#unread-count")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#unread-count"))
        .hasText(Pattern.compile("[1-9]\\d*"));
    page.locator("#bell-button").click();
    Locator item =
        page.locator(
            "#notification-list li",
            new Page.LocatorOptions().setHasText(demo.alerts().rule().name()));
    PlaywrightAssertions.assertThat(item).hasCount(1);
    for (String channel : List.of("in_app", "webhook", "email")) {
      PlaywrightAssertions.assertThat(item.locator(".delivery[data-channel=" + channel + "]"))
          .hasAttribute("data-status", "SENT");
    }
    Chromium.screenshot(page, "17-notification-centre");
    int unread = Integer.parseInt(page.locator("#unread-count").textContent());
    item.locator(".mark-read").click();
    PlaywrightAssertions.assertThat(page.locator("#bell-button"))
        .hasAttribute("data-unread", Integer.toString(unread - 1));
    assertThat(demo.webhooks().requests()).as("still once").isEqualTo(1);
    assertThat(demo.mail().received()).as("still once").hasSize(1);
  }

  @Test
  void aUserKeepsSeveralWatchlistsWithLiveRowsSparklinesImportAndExport() throws Exception {
    List<String> symbols = demo.alerts().watchlist().symbols();
    logIn(USER, USER_PASSWORD);
    page.navigate(base + "/#/watchlists");
    PlaywrightAssertions.assertThat(page.locator("#watchlist-status"))
        .containsText("No watchlists");

    createList("Tech");
    addSymbol(symbols.get(0));
    addSymbol(symbols.get(1));
    addSymbol("TESTW");
    Locator first = page.locator("#watchlist-rows tr[data-symbol=" + symbols.get(0) + "]");
    PlaywrightAssertions.assertThat(first.locator(".price")).hasText(Pattern.compile("\\d"));
    PlaywrightAssertions.assertThat(first.locator(".rsi")).hasText(Pattern.compile("\\d"));
    assertThat(Integer.parseInt(first.locator("svg.sparkline").getAttribute("data-points")))
        .isGreaterThan(10);
    assertThat(first.locator("svg.sparkline polyline").count()).isEqualTo(1);

    Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    demo.server()
        .live()
        .publish(
            new LiveEvent(
                "bars",
                "TESTW",
                new Bar(
                    "TESTW", Interval.ONE_MINUTE, minute, 57, 58.5, 56.5, 58.25, 300, 57.5, 9)));
    PlaywrightAssertions.assertThat(page.locator("#watchlist-rows tr[data-symbol=TESTW] .price"))
        .hasText("58.25");
    Chromium.screenshot(page, "17-watchlists");

    createList("Energy");
    page.locator("#rename-watchlist-name").fill("Oil");
    page.locator("#rename-watchlist button").click();
    PlaywrightAssertions.assertThat(page.locator("#watchlist-tabs [aria-selected=true]"))
        .hasText("Oil");
    page.locator("[data-move=left]").click();
    PlaywrightAssertions.assertThat(page.locator("#watchlist-tabs [role=tab]").first())
        .hasText("Oil");
    page.onceDialog(dialog -> dialog.accept());
    page.locator("#delete-watchlist").click();
    PlaywrightAssertions.assertThat(page.locator("#watchlist-tabs [role=tab]")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator("#watchlist-tabs [aria-selected=true]"))
        .hasText("Tech");

    Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
    String exported = Files.readString(csv.path());
    assertThat(exported).contains(symbols.get(0)).contains("TESTW");
    page.locator("#import-card summary").click();
    page.locator("#import-name").fill("Copy");
    page.locator("#import-format").selectOption("csv");
    page.locator("#import-content").fill(exported);
    page.locator("#import-watchlist button").click();
    PlaywrightAssertions.assertThat(page.locator("#watchlist-tabs [aria-selected=true]"))
        .hasText("Copy");
    PlaywrightAssertions.assertThat(page.locator("#watchlist-rows tr[data-symbol]")).hasCount(3);

    page.navigate(base + "/#/market?symbol=" + symbols.get(2));
    page.locator("#watchlist-select")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tech"));
    page.locator("#add-to-watchlist").click();
    PlaywrightAssertions.assertThat(page.locator("#toasts"))
        .containsText(symbols.get(2) + " added to Tech");
    page.navigate(base + "/#/watchlists");
    page.locator("#watchlist-tabs [role=tab]", new Page.LocatorOptions().setHasText("Tech"))
        .click();
    PlaywrightAssertions.assertThat(
            page.locator("#watchlist-rows tr[data-symbol=" + symbols.get(2) + "]"))
        .isVisible();
  }

  @Test
  void theRuleFormIsBuiltFromTheSchemaAndATestNotificationRingsTheBell() {
    logIn(USER, USER_PASSWORD);
    page.navigate(base + "/#/rules");
    PlaywrightAssertions.assertThat(page.locator("#rule-kind option[value=rsi_cross]")).hasCount(1);
    page.locator("#rule-kind").selectOption("rsi_cross");
    PlaywrightAssertions.assertThat(page.locator("#param-level")).hasAttribute("max", "100");
    PlaywrightAssertions.assertThat(page.locator("#param-direction")).hasValue("below");
    page.locator("#rule-kind").selectOption("breadth_thrust");
    PlaywrightAssertions.assertThat(page.locator("#rule-target-kind")).hasValue("universe");
    page.locator("#rule-kind").selectOption("rsi_cross");
    page.locator("#rule-target-kind").selectOption("symbol");
    page.locator("#rule-name").fill("Oversold " + demo.alerts().watchlist().symbols().get(0));
    page.locator("#param-level").fill("30");
    page.locator("#rule-target").fill(demo.alerts().watchlist().symbols().get(0));
    page.locator("#create-rule").click();
    Locator row = page.locator("#rule-rows tr");
    PlaywrightAssertions.assertThat(row).hasCount(1);
    PlaywrightAssertions.assertThat(row).containsText("rsi_cross (level 30, direction below)");
    PlaywrightAssertions.assertThat(row.locator("[data-status]")).hasText("active");

    row.locator(".toggle-rule").click();
    PlaywrightAssertions.assertThat(row.locator("[data-status]")).hasText("paused");
    row.locator(".toggle-rule").click();
    PlaywrightAssertions.assertThat(row.locator("[data-status]")).hasText("active");
    PlaywrightAssertions.assertThat(page.locator("#bell-button")).hasAttribute("data-unread", "0");
    row.locator(".test-rule").click();
    PlaywrightAssertions.assertThat(page.locator("#unread-count")).hasText("1");
    Chromium.screenshot(page, "17-rules");
    page.locator("#bell-button").click();
    PlaywrightAssertions.assertThat(page.locator("#notification-list"))
        .containsText("Test of rule");
    page.locator("#mark-all-read").click();
    PlaywrightAssertions.assertThat(page.locator("#bell-button")).hasAttribute("data-unread", "0");
    PlaywrightAssertions.assertThat(page.locator("#unread-count")).isHidden();
    page.locator("#close-notifications").click();

    row.locator(".delete-rule").click();
    PlaywrightAssertions.assertThat(page.locator("#rule-rows tr")).hasCount(0);

    page.locator("#delivery-settings input[value=email]").uncheck();
    page.locator("#pref-email").fill("trader@example.com");
    page.locator("#pref-quiet-from").fill("22:00");
    page.locator("#pref-quiet-to").fill("07:00");
    page.locator("#save-delivery").click();
    PlaywrightAssertions.assertThat(page.locator("#toasts")).containsText("delivery saved");
    page.reload();
    PlaywrightAssertions.assertThat(page.locator("#pref-email")).hasValue("trader@example.com");
    PlaywrightAssertions.assertThat(page.locator("#pref-quiet-from")).hasValue("22:00");
    PlaywrightAssertions.assertThat(page.locator("#delivery-settings input[value=email]"))
        .not()
        .isChecked();
    page.locator("#rotate-secret").click();
    PlaywrightAssertions.assertThat(page.locator("#webhook-secret"))
        .hasText(Pattern.compile("[0-9a-f]{64}"));
  }

  private List<StoredNotification> notificationsOf(long rule) {
    return demo
        .application()
        .store()
        .notifications()
        .forUser(demo.alerts().rule().userId(), NotificationFilter.ALL, 100)
        .stream()
        .filter(n -> n.firing().ruleId() == rule)
        .toList();
  }

  private long deliveredChannels(long rule) {
    return notificationsOf(rule).stream()
        .filter(n -> n.status() == NotificationStatus.SENT)
        .map(StoredNotification::channel)
        .filter(
            c ->
                c == DeliveryChannel.IN_APP
                    || c == DeliveryChannel.WEBHOOK
                    || c == DeliveryChannel.EMAIL)
        .count();
  }

  private void createList(String name) {
    page.locator("#new-watchlist-name").fill(name);
    page.locator("#create-watchlist button").click();
    PlaywrightAssertions.assertThat(page.locator("#watchlist-tabs [aria-selected=true]"))
        .hasText(name);
  }

  private void addSymbol(String symbol) {
    page.locator("#watchlist-symbol").fill(symbol);
    page.locator("#add-symbol button").click();
    PlaywrightAssertions.assertThat(page.locator("#watchlist-rows tr[data-symbol=" + symbol + "]"))
        .isVisible();
  }

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
}
