package io.breadthflow.stream;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.stream.alert.AlertCounter;
import io.breadthflow.stream.alert.BreadthThrustAlerts;
import io.breadthflow.stream.alert.GoldenCrossFunction;
import io.breadthflow.stream.alert.ThresholdAlertFunction;
import io.breadthflow.stream.bar.BarBuilder;
import io.breadthflow.stream.forecast.ForecastFunction;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.forecast.ForecastUpdate;
import io.breadthflow.stream.market.IndicatorFunction;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.market.MarketFunction;
import io.breadthflow.stream.market.MarketUpdate;
import io.breadthflow.stream.market.TimedSignal;
import io.breadthflow.stream.rule.BarRules;
import io.breadthflow.stream.rule.BreadthRules;
import io.breadthflow.stream.rule.PipelineAlertRules;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.rule.SignalRules;
import io.breadthflow.stream.state.TypeRules;
import io.breadthflow.stream.strategy.StrategyFunction;
import io.breadthflow.stream.trade.RejectedTrade;
import io.breadthflow.stream.trade.TradeValidation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The job graph, shared by every source and mode: trades → validation and de-duplication (silver) →
 * event-time bars → per-symbol indicators → breadth and signals across the universe → alerts and
 * the users' personal rules, the decisions of a strategy-language strategy as alerts when the spec
 * has one, and per-symbol forecasts where the spec schedules them. Replayed bars enter at the
 * indicators. Operators carry stable ids, so a job restored from a checkpoint finds its state.
 * Every record and state type has an explicit serializer: the graph turns off Flink's Kryo fallback
 * for generic types ({@link TypeRules}), so a type without one fails the job at once instead of
 * being written in a format that cannot evolve.
 */
public final class PipelineGraph {
  private PipelineGraph() {}

  /**
   * What the graph produces.
   *
   * @param rejected invalid, duplicate and late trades with their reasons (empty for bar input)
   * @param bars final bars (built from trades, or replayed)
   * @param revisions bars corrected by trades within the allowed lateness
   * @param indicators every final bar with its indicators
   * @param market breadth and signals per interval and period
   * @param alerts threshold, pattern and breadth alerts, and the strategy's decisions
   * @param forecasts forecasts of the bars the spec's schedule covers; empty when it covers none,
   *     and then the graph has no forecast operator at all
   * @param firings the users' personal rules that fired, on bars, signals, breadth and alerts
   */
  public record Outputs(
      DataStream<RejectedTrade> rejected,
      DataStream<Bar> bars,
      DataStream<Bar> revisions,
      DataStream<IndicatorRow> indicators,
      DataStream<MarketUpdate> market,
      DataStream<Alert> alerts,
      Optional<DataStream<ForecastUpdate>> forecasts,
      DataStream<RuleFiring> firings) {}

  /** The whole graph from trades (timestamps and watermarks assigned). */
  public static Outputs fromTrades(DataStream<Trade> trades, PipelineSpec spec) {
    noGenericTypes(trades.getExecutionEnvironment());
    SingleOutputStreamOperator<Trade> valid =
        trades
            .process(new TradeValidation(spec.universe(), spec.bridgeName()))
            .setParallelism(trades.getParallelism())
            .uid("validate")
            .name("validate trades");
    SingleOutputStreamOperator<Bar> bars =
        valid
            .keyBy(Trade::symbol)
            .process(
                new BarBuilder(
                    spec.intervals(),
                    spec.allowedLateness(),
                    spec.deduplication(),
                    spec.bridgeName()))
            .uid("bars")
            .name("event-time bars");
    DataStream<RejectedTrade> rejected =
        valid
            .getSideOutput(TradeValidation.QUARANTINED)
            .union(bars.getSideOutput(BarBuilder.REJECTED));
    return fromFinalBars(rejected, bars, bars.getSideOutput(BarBuilder.REVISIONS), spec);
  }

  /**
   * The graph from final bars in time order (timestamps and watermarks assigned), e.g. replayed.
   */
  public static Outputs fromBars(DataStream<Bar> bars, PipelineSpec spec) {
    noGenericTypes(bars.getExecutionEnvironment());
    DataStream<RejectedTrade> none =
        bars.flatMap((Bar bar, Collector<RejectedTrade> out) -> {})
            .returns(RejectedTrade.class)
            .uid("no-rejected-trades")
            .name("no trades to reject");
    DataStream<Bar> noRevisions =
        bars.filter(bar -> false).uid("no-revisions").name("no revisions of final bars");
    return fromFinalBars(none, bars, noRevisions, spec);
  }

  private static Outputs fromFinalBars(
      DataStream<RejectedTrade> rejected,
      DataStream<Bar> bars,
      DataStream<Bar> revisions,
      PipelineSpec spec) {
    SingleOutputStreamOperator<IndicatorRow> indicators =
        bars.keyBy(IndicatorFunction::keyOf)
            .process(new IndicatorFunction())
            .uid("indicators")
            .name("indicators");
    SingleOutputStreamOperator<MarketUpdate> market =
        bars.keyBy(bar -> bar.interval().code())
            .process(
                new MarketFunction(
                    spec.universe(), spec.weights(), spec.outputFrom(), spec.bridgeName()))
            .uid("market")
            .name("breadth and signals");
    DataStream<Alert> thresholds =
        indicators
            .keyBy(row -> IndicatorFunction.keyOf(row.bar()))
            .process(new ThresholdAlertFunction(spec.alertRules()))
            .uid("threshold-alerts")
            .name("threshold alerts");
    Duration longest = longestBar(spec);
    DataStream<Alert> crosses =
        indicators
            .keyBy(row -> IndicatorFunction.keyOf(row.bar()))
            .process(new GoldenCrossFunction(spec.alertRules(), longest))
            .uid("golden-cross")
            .name("golden cross confirmed");
    DataStream<Alert> thrusts =
        market.flatMap(new BreadthThrustAlerts()).uid("thrust-alerts").name("breadth thrust");
    DataStream<Alert> raised = thresholds.union(crosses, thrusts);
    if (spec.strategy() != null) {
      raised = raised.union(strategy(bars, spec));
    }
    DataStream<Alert> alerts =
        raised.map(new AlertCounter(spec.bridgeName())).uid("count-alerts").name("count alerts");
    return new Outputs(
        rejected,
        bars,
        revisions,
        indicators,
        market,
        alerts,
        forecasts(bars, spec.forecasts()),
        firings(indicators, market, alerts, spec));
  }

  /**
   * The personal rules, one keyed operator per kind of record: bars (by symbol and interval),
   * signals (by symbol and interval), breadth (by interval) and alerts (by symbol and interval).
   * Bars before the spec's first output date warm the rules up without firing them, as they warm up
   * breadth and signals.
   */
  private static DataStream<RuleFiring> firings(
      DataStream<IndicatorRow> indicators,
      DataStream<MarketUpdate> market,
      DataStream<Alert> alerts,
      PipelineSpec spec) {
    RuleSource rules = spec.rules();
    DataStream<RuleFiring> onBars =
        indicators
            .keyBy(row -> IndicatorFunction.keyOf(row.bar()))
            .process(new BarRules(rules))
            .uid("rules-bars")
            .name("personal rules: bars");
    DataStream<RuleFiring> onSignals =
        market
            .flatMap(TimedSignal::of)
            .returns(TimedSignal.class)
            .uid("rule-signals")
            .name("signals for personal rules")
            .keyBy(SignalRules::keyOf)
            .process(new SignalRules(rules))
            .uid("rules-signals")
            .name("personal rules: signals");
    DataStream<RuleFiring> onBreadth =
        market
            .keyBy(update -> update.interval().code())
            .process(new BreadthRules(rules))
            .uid("rules-breadth")
            .name("personal rules: breadth");
    DataStream<RuleFiring> onAlerts =
        alerts
            .keyBy(PipelineAlertRules::keyOf)
            .process(new PipelineAlertRules(rules))
            .uid("rules-alerts")
            .name("personal rules: pipeline alerts");
    DataStream<RuleFiring> firings = onBars.union(onSignals, onBreadth, onAlerts);
    LocalDate from = spec.outputFrom();
    if (from == null) {
      return firings;
    }
    return firings
        .filter(firing -> !NyseCalendar.sessionDateOf(firing.barTime()).isBefore(from))
        .uid("rules-from")
        .name("personal rules: from the first output date");
  }

  /** The strategy's decisions as alerts, per interval on a single task (the key). */
  private static DataStream<Alert> strategy(DataStream<Bar> bars, PipelineSpec spec) {
    return bars.keyBy(bar -> bar.interval().code())
        .process(new StrategyFunction(spec.strategy(), spec.universe(), spec.outputFrom()))
        .uid("strategy")
        .name("strategy: " + spec.strategy().program().name());
  }

  private static Optional<DataStream<ForecastUpdate>> forecasts(
      DataStream<Bar> bars, ForecastSchedule schedule) {
    if (schedule.refreshEvery().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        bars.filter(bar -> schedule.covers(bar.interval()))
            .uid("forecast-bars")
            .name("bars to forecast")
            .keyBy(IndicatorFunction::keyOf)
            .process(new ForecastFunction(schedule))
            .uid("forecasts")
            .name("forecasts"));
  }

  /** Types without an explicit serializer fail the job instead of falling back to Kryo. */
  private static void noGenericTypes(StreamExecutionEnvironment env) {
    TypeRules.apply(env);
  }

  private static Duration longestBar(PipelineSpec spec) {
    return spec.longestInterval().compareTo(Interval.ONE_HOUR) > 0
        ? Interval.ONE_DAY.length()
        : spec.longestInterval().length();
  }
}
