package io.breadthflow.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.signals.SignalRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.NotificationFilter;
import io.breadthflow.store.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generating signals evaluates the daily rules on the sessions generated, once per firing. */
class DailyRulesTest {
  @TempDir Path dir;

  @Test
  void signalGenerationEnqueuesTheDailyRulesFiringsOfItsSessionsOnce() {
    Map<String, String> values =
        Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("daily.duckdb"));
    try (Application app = Application.open(Configuration.of(values))) {
      Universe universe = Universes.load("demo_small");
      List<Bar> bars = new ArrayList<>();
      new MarketSimulator(3)
          .dailyBars(universe.members(), LocalDate.of(2023, 1, 3), LocalDate.of(2023, 12, 29))
          .values()
          .forEach(bars::addAll);
      app.store().upsertBars(bars);
      long alice = app.store().users().create("alice", "x", Role.USER).id();
      String rule =
          """
          {"name": "dips", "target": {"kind": "universe", "value": "demo_small"},
           "condition": {"kind": "rsi_cross", "level": 45, "direction": "below"},
           "interval": "1d", "zone": "UTC", "channels": ["in_app", "email"]}
          """;
      app.rules().create(alice, RuleJson.read(rule));
      app.rules()
          .create(
              alice, RuleJson.read(rule.replace("\"1d\"", "\"1m\"").replace("dips", "intraday")));
      DateRange range = new DateRange(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 12, 29));

      app.signals().generate(SignalRequest.stored(universe, range), Progress.SILENT);
      int first = app.store().notifications().forUser(alice, NotificationFilter.ALL, 10_000).size();
      app.signals().generate(SignalRequest.stored(universe, range), Progress.SILENT);
      int second =
          app.store().notifications().forUser(alice, NotificationFilter.ALL, 10_000).size();

      List<RuleFiring> expected =
          DailyRules.evaluate(
              new RuleBook(app.store()).active(),
              app.store().dailyPanel(universe.symbols(), LocalDate.of(1900, 1, 1), range.end()),
              range.start(),
              range.end(),
              SignalWeights.defaults());
      assertThat(expected).isNotEmpty();
      assertThat(expected)
          .allSatisfy(
              f -> {
                assertThat(f.barTime())
                    .isAfterOrEqualTo(
                        range.start().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
                assertThat(f.ruleName()).isEqualTo("dips");
              });
      assertThat(first).isEqualTo(2 * expected.size());
      assertThat(second).isEqualTo(first);
    }
  }
}
