package io.breadthflow.app.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.TargetKind;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule use cases on both engines: ownership, limits, one-line errors and the test button. */
class RuleServiceTest {
  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
  private static final String BODY =
      """
      {"name": "AAPL oversold",
       "target": {"kind": "symbol", "value": "aapl"},
       "condition": {"kind": "rsi_cross", "level": 30, "direction": "below"},
       "interval": "1d", "cooldown_minutes": 240,
       "active_hours": {"from": "09:30", "to": "16:00"}, "zone": "America/New_York",
       "channels": ["webhook", "email"]}
      """;

  @TempDir Path dir;
  private PostgresTestDatabase postgres;
  private MarketStore store;
  private RuleService rules;
  private long alice;
  private long bob;

  private void open(String engine) throws Exception {
    StoreConfig config;
    if (engine.equals("duckdb")) {
      config = new StoreConfig("jdbc:duckdb:" + dir.resolve("rules.duckdb"), "", "");
    } else {
      postgres = new PostgresTestDatabase();
      config = postgres.create();
    }
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    store = MarketStores.open(config, clock);
    rules = new RuleService(store, clock);
    alice = store.users().create("alice", "x", Role.USER).id();
    bob = store.users().create("bob", "x", Role.USER).id();
  }

  @AfterEach
  void close() throws Exception {
    if (store != null) {
      store.close();
    }
    if (postgres != null) {
      postgres.drop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aRuleFromJsonIsStoredAndWrittenBackAsTheSameJson(String engine) throws Exception {
    open(engine);
    AlertRule created = rules.create(alice, RuleJson.read(BODY));

    assertThat(created.target().value()).isEqualTo("AAPL");
    assertThat(rules.get(alice, created.id())).isEqualTo(created);
    assertThat(rules.list(alice)).containsExactly(created);
    assertThat(RuleJson.read(io.breadthflow.app.json.Json.write(RuleJson.write(created))))
        .isEqualTo(RuleJson.read(BODY.replace("aapl", "AAPL")));
    assertThat(RuleJson.write(created))
        .containsEntry(
            "condition", java.util.Map.of("kind", "rsi_cross", "level", 30.0, "direction", "below"))
        .containsEntry("cooldown_minutes", 240L)
        .containsEntry("status", "active");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anotherUsersRuleIdIsNotFoundForEveryUseCase(String engine) throws Exception {
    open(engine);
    AlertRule alices = rules.create(alice, RuleJson.read(BODY));
    RuleRequest request = RuleJson.read(BODY);

    for (Runnable call :
        List.<Runnable>of(
            () -> rules.get(bob, alices.id()),
            () -> rules.update(bob, alices.id(), request),
            () -> rules.delete(bob, alices.id()),
            () -> rules.test(bob, alices.id()))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND))
          .hasMessage("you have no rule with id " + alices.id());
    }
    assertThat(rules.list(bob)).isEmpty();
    assertThat(rules.get(alice, alices.id())).isEqualTo(alices);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anUpdateReplacesAndADeleteRemoves(String engine) throws Exception {
    open(engine);
    AlertRule created = rules.create(alice, RuleJson.read(BODY));
    AlertRule updated =
        rules.update(
            alice, created.id(), RuleJson.read(BODY.replace("\"level\": 30", "\"level\": 25")));

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(rules.get(alice, created.id()).condition())
        .isEqualTo(new RuleCondition.RsiCross(25, io.breadthflow.core.rule.Crossing.BELOW));
    rules.delete(alice, created.id());
    assertThat(rules.list(alice)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aWatchlistTargetMustBeTheOwnersAndAUniverseMustExist(String engine) throws Exception {
    open(engine);
    long bobsList = store.watchlists().create(bob, "tech").id();
    long alicesList = store.watchlists().create(alice, "mine").id();
    String onList =
        BODY.replace(
            "\"kind\": \"symbol\", \"value\": \"aapl\"", "\"kind\": \"watchlist\", \"value\": ");

    assertThatThrownBy(
            () ->
                rules.create(
                    alice, RuleJson.read(onList.replace("value\": ", "value\": " + bobsList))))
        .hasMessage("you have no watchlist with id " + bobsList);
    assertThat(
            rules
                .create(alice, RuleJson.read(onList.replace("value\": ", "value\": " + alicesList)))
                .target()
                .kind())
        .isEqualTo(TargetKind.WATCHLIST);
    assertThatThrownBy(
            () ->
                rules.create(
                    alice,
                    RuleJson.read(
                        BODY.replace(
                            "\"kind\": \"symbol\", \"value\": \"aapl\"",
                            "\"kind\": \"universe\", \"value\": \"nowhere\""))))
        .hasMessageStartingWith("no universe named 'nowhere'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb"})
  void aUserMayHaveAtMost200Rules(String engine) throws Exception {
    open(engine);
    RuleRequest request = RuleJson.read(BODY);
    for (int i = 0; i < RuleService.MAX_RULES; i++) {
      rules.create(alice, request);
    }

    assertThatThrownBy(() -> rules.create(alice, request))
        .isInstanceOfSatisfying(
            UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TOO_MANY));
    assertThat(rules.create(bob, request).userId()).isEqualTo(bob);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theTestSendsOneFiringOnTheLatestBarWithANewKeyEachTime(String engine) throws Exception {
    open(engine);
    store.upsertBars(
        List.of(
            Bar.daily("AAPL", LocalDate.of(2026, 2, 26), 1, 2, 1, 180.5, 10),
            Bar.daily("AAPL", LocalDate.of(2026, 2, 27), 1, 2, 1, 181.25, 10)));
    AlertRule rule = rules.create(alice, RuleJson.read(BODY));

    RuleTestReport report = rules.test(alice, rule.id());

    assertThat(report.notifications()).isEqualTo(2);
    assertThat(report.firing().close()).isEqualTo(181.25);
    assertThat(report.firing().barTime()).isEqualTo(NOW);
    assertThat(report.firing().interval()).isEqualTo(Interval.ONE_DAY);
    assertThat(report.firing().message())
        .isEqualTo("Test of rule 'AAPL oversold' on AAPL 1d bar 2026-02-27T14:30:00Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb"})
  void badRuleJsonIsOneClearLine(String engine) throws Exception {
    open(engine);
    assertInvalid("{", "the rule is not valid JSON");
    assertInvalid("[]", "the rule must be a JSON object");
    assertInvalid(BODY.replace("\"name\": \"AAPL oversold\",", ""), "name is required");
    assertInvalid(
        BODY.replace("\"level\": 30", "\"level\": 300"),
        "rsi_cross parameter 'level' must be between 0 and 100 but was 300");
    assertInvalid(BODY.replace("rsi_cross", "moon"), null);
    assertInvalid(
        BODY.replace("\"1d\"", "\"2d\""),
        "interval must be one of 1m, 5m, 15m, 1h, 1d but was '2d'");
    assertInvalid(BODY.replace("240", "-1"), "cooldown_minutes must be between 0 and 43200");
    assertInvalid(
        BODY.replace("09:30", "9h"), "active_hours.from must be a time such as 09:30 but was '9h'");
    assertInvalid(
        BODY.replace("America/New_York", "Mars/Base"),
        "zone must be a time zone such as America/New_York but was 'Mars/Base'");
    assertInvalid(
        BODY.replace("\"email\"", "\"sms\""), "unknown channel 'sms' (in_app, webhook or email)");
    assertInvalid(BODY.replace("\"webhook\", \"email\"", ""), "a rule needs at least one channel");
    assertInvalid(BODY.replace("\"aapl\"", "\"a a\""), null);
    assertInvalid(BODY.replace("\"name\"", "\"nmae\""), "a rule has no field 'nmae'");
    assertInvalid(
        BODY.replace(
            "\"kind\": \"rsi_cross\", \"level\": 30, \"direction\": \"below\"",
            "\"kind\": \"breadth_thrust\""),
        "breadth_thrust is market-wide: its target must be a universe");
  }

  private static void assertInvalid(String body, String message) {
    assertThatThrownBy(() -> RuleJson.read(body))
        .isInstanceOfSatisfying(
            UseCaseException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(Failure.INVALID_REQUEST);
              assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
              if (message != null) {
                assertThat(e.getMessage()).isEqualTo(message);
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb"})
  void theSchemaDescribesEveryConditionWithItsParameters(String engine) throws Exception {
    open(engine);
    RuleSchema schema = rules.schema();

    assertThat(schema.conditions()).hasSize(12);
    RuleSchema.Condition rsi =
        schema.conditions().stream()
            .filter(c -> c.kind().equals("rsi_cross"))
            .findFirst()
            .orElseThrow();
    assertThat(rsi.parameters())
        .extracting(RuleSchema.Parameter::name)
        .containsExactly("level", "direction");
    assertThat(rsi.parameters().get(0).min()).isEqualTo(0.0);
    assertThat(rsi.parameters().get(0).max()).isEqualTo(100.0);
    assertThat(rsi.parameters().get(0).required()).isTrue();
    assertThat(rsi.parameters().get(1).choices()).containsExactly("above", "below");
    assertThat(schema.maxRules()).isEqualTo(200);
    assertThat(io.breadthflow.app.json.Json.write(schema)).contains("\"default_value\":\"below\"");
  }
}
