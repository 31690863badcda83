package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.ActionFilter;
import io.breadthflow.core.rule.ActiveHours;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.Crossing;
import io.breadthflow.core.rule.Move;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.core.rule.SmaLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link RuleStore} on every engine; run by one subclass per engine. */
abstract class RuleStoreContract {
  private static final long ALICE = 1;
  private static final long BOB = 2;

  protected MarketStore store;

  /** A config for a new, empty database of the engine under test. */
  protected abstract StoreConfig emptyDatabase() throws Exception;

  /** Drops what {@link #emptyDatabase} created. */
  protected void dropDatabase() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store =
        MarketStores.open(
            emptyDatabase(), Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void closeStore() throws Exception {
    if (store != null) {
      store.close();
      dropDatabase();
    }
  }

  private static AlertRule rule(long owner, String name, RuleCondition condition) {
    return new AlertRule(
        0,
        owner,
        name,
        RuleTarget.symbol("AAPL"),
        condition,
        Interval.ONE_DAY,
        Duration.ofHours(4),
        new ActiveHours(LocalTime.of(9, 30), LocalTime.of(16, 0), ZoneId.of("America/New_York")),
        Set.of(DeliveryChannel.WEBHOOK, DeliveryChannel.EMAIL),
        RuleStatus.ACTIVE);
  }

  @Test
  void aCreatedRuleReadsBackEqualWithItsId() {
    AlertRule created =
        store
            .rules()
            .create(rule(ALICE, "oversold", new RuleCondition.RsiCross(30, Crossing.BELOW)));

    assertThat(created.id()).isPositive();
    assertThat(store.rules().byId(ALICE, created.id())).contains(created);
    assertThat(store.rules().list(ALICE)).containsExactly(created);
    assertThat(store.rules().count(ALICE)).isEqualTo(1);
  }

  @Test
  void everyConditionKindRoundTrips() {
    var conditions =
        java.util.List.of(
            new RuleCondition.PriceCross(187.5, Crossing.ABOVE),
            new RuleCondition.PriceChange(5, 3, Move.DOWN),
            new RuleCondition.RsiCross(70, Crossing.ABOVE),
            new RuleCondition.MacdCross(Crossing.BELOW),
            new RuleCondition.SmaCross(SmaLine.SMA_20, SmaLine.SMA_200, Crossing.ABOVE),
            new RuleCondition.VolatilityAbove(0.6),
            new RuleCondition.SignalChange(ActionFilter.BUY),
            new RuleCondition.ConfidenceAbove(0.8),
            new RuleCondition.PipelineAlert("rsi_overbought"));
    for (RuleCondition condition : conditions) {
      AlertRule created = store.rules().create(rule(ALICE, condition.kind().code(), condition));
      assertThat(store.rules().byId(ALICE, created.id()).orElseThrow().condition())
          .isEqualTo(condition);
    }
    AlertRule market =
        new AlertRule(
            0,
            BOB,
            "thrust",
            RuleTarget.universe("sp100"),
            new RuleCondition.McClellanCross(Crossing.ABOVE),
            Interval.ONE_DAY,
            Duration.ZERO,
            ActiveHours.allDay(ZoneId.of("UTC")),
            Set.of(DeliveryChannel.IN_APP),
            RuleStatus.PAUSED);
    AlertRule stored = store.rules().create(market);
    assertThat(store.rules().byId(BOB, stored.id())).contains(stored);
  }

  @Test
  void anotherUsersRuleIsNeitherReadNorChangedNorDeleted() {
    AlertRule alices =
        store.rules().create(rule(ALICE, "mine", new RuleCondition.MacdCross(Crossing.ABOVE)));

    assertThat(store.rules().byId(BOB, alices.id())).isEmpty();
    assertThat(store.rules().list(BOB)).isEmpty();
    AlertRule hijack =
        new AlertRule(
            alices.id(),
            BOB,
            "hijacked",
            alices.target(),
            alices.condition(),
            alices.interval(),
            alices.cooldown(),
            alices.activeHours(),
            alices.channels(),
            alices.status());
    assertThat(store.rules().update(BOB, hijack)).isEmpty();
    assertThat(store.rules().delete(BOB, alices.id())).isFalse();
    assertThat(store.rules().byId(ALICE, alices.id())).contains(alices);
  }

  @Test
  void anUpdateReplacesTheRuleAndADeleteRemovesIt() {
    AlertRule created =
        store.rules().create(rule(ALICE, "cross", new RuleCondition.MacdCross(Crossing.ABOVE)));
    AlertRule changed =
        rule(ALICE, "cross down", new RuleCondition.MacdCross(Crossing.BELOW)).withId(created.id());

    assertThat(store.rules().update(ALICE, changed)).contains(changed);
    assertThat(store.rules().byId(ALICE, created.id())).contains(changed);
    assertThat(store.rules().delete(ALICE, created.id())).isTrue();
    assertThat(store.rules().byId(ALICE, created.id())).isEmpty();
    assertThat(store.rules().delete(ALICE, created.id())).isFalse();
  }

  @Test
  void activeListsTheActiveRulesOfEveryUserAndNoPausedOne() {
    AlertRule a = store.rules().create(rule(ALICE, "a", new RuleCondition.VolatilityAbove(0.5)));
    AlertRule b = store.rules().create(rule(BOB, "b", new RuleCondition.VolatilityAbove(0.7)));
    AlertRule paused = rule(ALICE, "p", new RuleCondition.VolatilityAbove(0.9));
    paused =
        store
            .rules()
            .create(
                new AlertRule(
                    0,
                    ALICE,
                    "p",
                    paused.target(),
                    paused.condition(),
                    paused.interval(),
                    paused.cooldown(),
                    paused.activeHours(),
                    paused.channels(),
                    RuleStatus.PAUSED));

    assertThat(store.rules().active()).containsExactly(a, b);
    assertThat(store.rules().list(ALICE)).containsExactly(a, paused);
  }
}
