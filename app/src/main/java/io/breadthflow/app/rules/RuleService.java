package io.breadthflow.app.rules;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.UserProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A user's personal alert rules: create, replace, delete, list, read, send a test, and the schema
 * forms are built from. Every call names the owner: another user's rule id is {@link
 * io.breadthflow.app.Failure#NOT_FOUND}, never their rule. Thread-safe.
 */
public final class RuleService {
  /** Rules one user may have. */
  public static final int MAX_RULES = 200;

  private final MarketStore store;
  private final Clock clock;

  public RuleService(MarketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Stores a new rule of {@code ownerId}.
   *
   * @throws UseCaseException invalid request for a target the owner cannot use, too many when the
   *     owner has {@value #MAX_RULES} rules
   */
  public AlertRule create(long ownerId, RuleRequest request) {
    if (store.rules().count(ownerId) >= MAX_RULES) {
      throw UseCaseException.tooMany(
          "a user may have at most " + MAX_RULES + " rules; delete one first",
          java.time.Duration.ZERO);
    }
    AlertRule rule = checked(ownerId, request.toRule(0, ownerId, zoneOf(ownerId, request)));
    return store.rules().create(rule);
  }

  /**
   * Replaces rule {@code ruleId} of {@code ownerId} with {@code request} (its state in the job
   * starts over when the condition or interval changed).
   *
   * @throws UseCaseException not found when the owner has no such rule
   */
  public AlertRule update(long ownerId, long ruleId, RuleRequest request) {
    get(ownerId, ruleId);
    AlertRule rule = checked(ownerId, request.toRule(ruleId, ownerId, zoneOf(ownerId, request)));
    return store.rules().update(ownerId, rule).orElseThrow(() -> notFound(ruleId));
  }

  /**
   * Deletes rule {@code ruleId} of {@code ownerId}.
   *
   * @throws UseCaseException not found when the owner has no such rule
   */
  public void delete(long ownerId, long ruleId) {
    if (!store.rules().delete(ownerId, ruleId)) {
      throw notFound(ruleId);
    }
  }

  /** The rules of {@code ownerId}, oldest first. */
  public List<AlertRule> list(long ownerId) {
    return store.rules().list(ownerId);
  }

  /**
   * Rule {@code ruleId} of {@code ownerId}.
   *
   * @throws UseCaseException not found when the owner has no such rule
   */
  public AlertRule get(long ownerId, long ruleId) {
    return store.rules().byId(ownerId, ruleId).orElseThrow(() -> notFound(ruleId));
  }

  /** What a rule may say: condition kinds and their parameters, targets, intervals, limits. */
  public RuleSchema schema() {
    return RuleSchema.current();
  }

  /**
   * Sends one test notification of rule {@code ruleId} of {@code ownerId} on each of its channels:
   * a firing on the latest stored bar of the first symbol of its target (no symbol for market-wide
   * rules), stamped with the time of the test so that its key is new and it is delivered even when
   * the rule fired on that bar.
   *
   * @throws UseCaseException not found when the owner has no such rule
   */
  public RuleTestReport test(long ownerId, long ruleId) {
    AlertRule rule = get(ownerId, ruleId);
    String symbol =
        rule.condition().kind().marketWide()
            ? ""
            : new RuleBook(store).symbolsOf(rule).stream().findFirst().orElse("");
    Optional<Bar> latest =
        symbol.isEmpty()
            ? Optional.empty()
            : store.latestBars(rule.interval()).stream()
                .filter(bar -> bar.symbol().equals(symbol))
                .findFirst();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    double close = latest.map(Bar::close).orElse(Double.NaN);
    String on =
        latest
            .map(bar -> " on " + symbol + " " + rule.interval().code() + " bar " + bar.start())
            .orElse(symbol.isEmpty() ? "" : " on " + symbol);
    RuleFiring firing =
        new RuleFiring(
            rule.id(),
            ownerId,
            rule.name(),
            symbol,
            rule.interval(),
            now,
            close,
            close,
            "Test of rule '" + rule.name() + "'" + on,
            rule.channels());
    long added = store.notifications().enqueue(List.of(firing));
    return new RuleTestReport(firing, added);
  }

  private AlertRule checked(long ownerId, AlertRule rule) {
    switch (rule.target().kind()) {
      case UNIVERSE -> {
        try {
          Universes.load(rule.target().value());
        } catch (RuntimeException e) {
          throw UseCaseException.invalid(
              "no universe named '"
                  + rule.target().value()
                  + "' (built in: "
                  + String.join(", ", Universes.BUILT_IN)
                  + ")");
        }
      }
      case WATCHLIST -> watchlistOf(ownerId, rule.target().watchlistId());
      case SYMBOL -> {}
    }
    return rule;
  }

  private void watchlistOf(long ownerId, long watchlistId) {
    if (store.watchlists().list(ownerId, watchlistId).isEmpty()) {
      throw UseCaseException.invalid("you have no watchlist with id " + watchlistId);
    }
  }

  private ZoneId zoneOf(long ownerId, RuleRequest request) {
    if (request.zone().isPresent()) {
      return request.zone().get();
    }
    return store.profiles().profile(ownerId).map(UserProfile::zone).orElse(ZoneOffset.UTC);
  }

  private static UseCaseException notFound(long ruleId) {
    return UseCaseException.notFound("you have no rule with id " + ruleId);
  }
}
