package io.breadthflow.stream.strategy;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A strategy-language strategy across the universe, per interval (the key): a period's closes are
 * collected until the watermark passes its end, then the core {@link
 * io.breadthflow.core.strategy.StrategyEvaluator} takes the period exactly as the backtester's
 * {@link io.breadthflow.core.strategy.RulesStrategy} takes a session. Every change of a symbol's
 * direction is an alert ({@link #ENTRY} or {@link #EXIT}, value 1 or 0, at the period's start);
 * periods before the first output date only warm up, and the symbols long on the first output
 * period are announced then. A bar for a period already final is ignored.
 */
public final class StrategyFunction extends KeyedProcessFunction<String, Bar, Alert> {
  /** The alert rule of a symbol going long. */
  public static final String ENTRY = "strategy_long";

  /** The alert rule of a symbol going flat. */
  public static final String EXIT = "strategy_flat";

  private final StrategySource source;
  private final List<String> universe;
  private final LocalDate outputFrom;
  private transient Map<String, Integer> index;
  private transient ValueState<StrategyState> state;

  /**
   * @param source the strategy and the universe's sectors
   * @param universe the job's symbols, in the order of the evaluator's arrays
   * @param outputFrom the first date whose decisions are output, or null for all
   */
  public StrategyFunction(StrategySource source, List<String> universe, LocalDate outputFrom) {
    this.source = Objects.requireNonNull(source);
    this.universe = List.copyOf(universe);
    this.outputFrom = outputFrom;
  }

  @Override
  public void open(OpenContext context) {
    index = new HashMap<>();
    for (int s = 0; s < universe.size(); s++) {
      index.put(universe.get(s), s);
    }
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "strategy", new StrategyStateSerializer(source, universe)));
  }

  @Override
  public void processElement(Bar bar, Context ctx, Collector<Alert> out) throws Exception {
    Integer s = index.get(bar.symbol());
    if (s == null) {
      return;
    }
    StrategyState strategy = state.value();
    if (strategy == null) {
      strategy = new StrategyState(source, universe);
    }
    long start = bar.start().toEpochMilli();
    if (start <= strategy.lastFinalStart) {
      return;
    }
    strategy.period(start, universe.size())[s] = bar.close();
    ctx.timerService().registerEventTimeTimer(start + bar.interval().length().toMillis() - 1);
    state.update(strategy);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    StrategyState strategy = state.value();
    Interval interval = Interval.parse(ctx.getCurrentKey());
    long length = interval.length().toMillis();
    while (!strategy.pending.isEmpty() && strategy.pending.firstKey() + length - 1 <= timestamp) {
      Map.Entry<Long, double[]> period = strategy.pending.pollFirstEntry();
      Instant start = Instant.ofEpochMilli(period.getKey());
      strategy.evaluator.onSession(period.getValue(), strategy.decided);
      strategy.lastFinalStart = period.getKey();
      LocalDate date = start.atZone(NyseCalendar.ZONE).toLocalDate();
      if (outputFrom == null || !date.isBefore(outputFrom)) {
        announce(interval, start, strategy.decided, strategy.announced, out);
      }
    }
    state.update(strategy);
  }

  private void announce(
      Interval interval, Instant start, int[] decided, int[] announced, Collector<Alert> out) {
    String name = source.program().name();
    for (int s = 0; s < decided.length; s++) {
      if (decided[s] != announced[s]) {
        announced[s] = decided[s];
        boolean entry = decided[s] == 1;
        out.collect(
            new Alert(
                universe.get(s),
                interval.code(),
                start,
                entry ? ENTRY : EXIT,
                "info",
                name + ": " + (entry ? "long " : "flat ") + universe.get(s),
                decided[s]));
      }
    }
  }
}
