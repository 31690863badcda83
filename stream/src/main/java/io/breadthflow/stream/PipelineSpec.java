package io.breadthflow.stream;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.strategy.StrategySource;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the streaming job computes.
 *
 * @param universe the symbols (trades of others are quarantined); breadth and signals span them,
 *     indexed in sorted order as the batch path's panels are
 * @param intervals bar intervals built from trades
 * @param outOfOrderness how far behind the newest trade the watermark trails
 * @param allowedLateness how long after its end a bar still takes late trades (as a revision)
 * @param idleness after how long without data a source no longer holds the watermark back
 * @param deduplication drop exact repeats of a symbol's recent trades; for sources that may deliver
 *     a trade twice (a live feed after a reconnect, a topic written twice). Off for trade files:
 *     with no trade ids, identical prints in the same millisecond are genuine separate trades there
 * @param weights composite-signal weights
 * @param alertRules alert thresholds
 * @param outputFrom first date whose breadth and signals are output (earlier ones warm up), null
 *     for all
 * @param bridgeName the {@link LocalBridge} of the process running the job embedded
 * @param forecasts which bars are forecast and how often ({@link ForecastSchedule#NONE}: none)
 * @param rules the users' personal alert rules ({@link RuleSource#NONE}: none)
 * @param strategy a strategy-language strategy whose decisions are alerts, or null for none
 */
public record PipelineSpec(
    List<String> universe,
    List<Interval> intervals,
    Duration outOfOrderness,
    Duration allowedLateness,
    Duration idleness,
    Deduplication deduplication,
    SignalWeights weights,
    AlertRules alertRules,
    LocalDate outputFrom,
    String bridgeName,
    ForecastSchedule forecasts,
    RuleSource rules,
    StrategySource strategy)
    implements Serializable {

  /** A spec without a strategy. */
  public PipelineSpec(
      List<String> universe,
      List<Interval> intervals,
      Duration outOfOrderness,
      Duration allowedLateness,
      Duration idleness,
      Deduplication deduplication,
      SignalWeights weights,
      AlertRules alertRules,
      LocalDate outputFrom,
      String bridgeName,
      ForecastSchedule forecasts,
      RuleSource rules) {
    this(
        universe,
        intervals,
        outOfOrderness,
        allowedLateness,
        idleness,
        deduplication,
        weights,
        alertRules,
        outputFrom,
        bridgeName,
        forecasts,
        rules,
        null);
  }

  public PipelineSpec {
    universe = universe.stream().distinct().sorted().toList();
    intervals = intervals.stream().sorted().toList();
    if (universe.isEmpty()) {
      throw new IllegalArgumentException("the universe needs at least one symbol");
    }
    if (intervals.isEmpty() || intervals.contains(Interval.ONE_DAY)) {
      throw new IllegalArgumentException("trades build intraday bars: 1m, 5m, 1h");
    }
  }

  /** The default idleness timeout of a source. */
  public static final Duration IDLENESS = Duration.ofSeconds(10);

  /**
   * A spec with the default signal weights and alert rules, the default idleness, output of every
   * period, no forecasts and no personal rules.
   */
  public static PipelineSpec withDefaults(
      List<String> universe,
      List<Interval> intervals,
      Duration outOfOrderness,
      Duration allowedLateness,
      Deduplication deduplication,
      String bridgeName) {
    return new PipelineSpec(
        universe,
        intervals,
        outOfOrderness,
        allowedLateness,
        IDLENESS,
        deduplication,
        SignalWeights.defaults(),
        AlertRules.defaults(),
        null,
        bridgeName,
        ForecastSchedule.NONE,
        RuleSource.NONE);
  }

  /** This spec with the users' personal alert rules from {@code rules}. */
  public PipelineSpec withRules(RuleSource rules) {
    return new PipelineSpec(
        universe,
        intervals,
        outOfOrderness,
        allowedLateness,
        idleness,
        deduplication,
        weights,
        alertRules,
        outputFrom,
        bridgeName,
        forecasts,
        rules,
        strategy);
  }

  /** This spec with {@code strategy}'s decisions as alerts (null: none). */
  public PipelineSpec withStrategy(StrategySource strategy) {
    return new PipelineSpec(
        universe,
        intervals,
        outOfOrderness,
        allowedLateness,
        idleness,
        deduplication,
        weights,
        alertRules,
        outputFrom,
        bridgeName,
        forecasts,
        rules,
        strategy);
  }

  /** The longest bar interval. */
  public Interval longestInterval() {
    return intervals.get(intervals.size() - 1);
  }
}
