package io.breadthflow.app.rules;

import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.sink.SharedStores;
import java.time.Duration;
import java.util.List;

/**
 * The streaming job's rules read from the store (every user's active rules, targets resolved by a
 * {@link RuleBook}) every {@code refreshEvery}, so rules made while the job runs take effect. Holds
 * the store's address, not the store: the job's tasks open it (or share the one open in their
 * process).
 *
 * @param url the store's JDBC URL
 * @param user its user
 * @param password its password
 * @param refreshEvery how often the rules are read again (at least a second)
 */
public record StoreRuleSource(String url, String user, String password, Duration refreshEvery)
    implements RuleSource {
  /** The default interval between reads. */
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(5);

  public StoreRuleSource {
    if (refreshEvery.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("rules are read again every second at most");
    }
  }

  /** The rules of the store at {@code config}, read again every {@link #DEFAULT_REFRESH}. */
  public static StoreRuleSource of(StoreConfig config) {
    return new StoreRuleSource(config.url(), config.user(), config.password(), DEFAULT_REFRESH);
  }

  @Override
  public List<ResolvedRule> load() {
    StoreConfig config = new StoreConfig(url, user, password);
    MarketStore store = SharedStores.acquire(config);
    try {
      return new RuleBook(store).active();
    } finally {
      SharedStores.release(config);
    }
  }

  @Override
  public String toString() {
    return "StoreRuleSource[" + url + ", every " + refreshEvery + "]";
  }
}
