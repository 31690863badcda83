package io.breadthflow.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.sink.SharedStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's rules read from the store: active ones only, targets resolved to symbols now. */
class StoreRuleSourceTest {
  @TempDir Path dir;

  @Test
  void theActiveRulesAreReadWithTheirWatchlistsAndUniversesResolved() throws Exception {
    StoreConfig config = new StoreConfig("jdbc:duckdb:" + dir.resolve("source.duckdb"), "", "");
    try (MarketStore store = MarketStores.open(config);
        AutoCloseable shared = SharedStores.share(config, store)) {
      long alice = store.users().create("alice", "x", Role.USER).id();
      long list = store.watchlists().create(alice, "tech").id();
      store.watchlists().addSymbols(alice, list, List.of("MSFT", "NVDA"), 500);
      RuleService rules = new RuleService(store, java.time.Clock.systemUTC());
      String body =
          """
          {"name": "r", "target": {"kind": "watchlist", "value": %d},
           "condition": {"kind": "macd_cross"}, "interval": "1m", "zone": "UTC"}
          """
              .formatted(list);
      long onList = rules.create(alice, RuleJson.read(body)).id();
      long onUniverse =
          rules
              .create(
                  alice,
                  RuleJson.read(
                      body.replace(
                          "\"kind\": \"watchlist\", \"value\": " + list,
                          "\"kind\": \"universe\", \"value\": \"demo_small\"")))
              .id();
      rules.create(
          alice, RuleJson.read(body.replace("\"zone\"", "\"status\": \"paused\", \"zone\"")));

      StoreRuleSource source = StoreRuleSource.of(config);
      List<ResolvedRule> read = source.load();
      store.watchlists().addSymbols(alice, list, List.of("AAPL"), 500);
      List<ResolvedRule> again = source.load();

      assertThat(read).extracting(r -> r.rule().id()).containsExactly(onList, onUniverse);
      assertThat(read.get(0).symbols()).containsExactly("MSFT", "NVDA");
      assertThat(read.get(1).symbols()).isEqualTo(Universes.load("demo_small").symbols());
      assertThat(again.get(0).symbols()).containsExactly("MSFT", "NVDA", "AAPL");
      assertThat(source.refreshEvery()).isEqualTo(java.time.Duration.ofSeconds(5));
    }
  }
}
