package io.breadthflow.stream.market;

import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.metrics.PipelineMetrics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Breadth and composite signals across the universe, per interval (the key): a period's closes and
 * volumes are collected until the watermark passes its end, then the core breadth and signal
 * engines take the period, exactly as the batch path takes a session. A bar for a period already
 * final is ignored (the period's breadth stays what it was at the watermark). Counts the signals
 * output in {@link PipelineMetrics#SIGNALS}.
 */
public final class MarketFunction extends KeyedProcessFunction<String, Bar, MarketUpdate> {
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  private final List<String> universe;
  private final SignalWeights weights;
  private final LocalDate outputFrom;
  private final String bridgeName;
  private transient Map<String, Integer> index;
  private transient PipelineCounters counters;
  private transient Counter signalsOut;
  private transient ValueState<MarketState> state;

  /**
   * @param universe the symbols, in the order of the signal engine's arrays
   * @param weights composite-signal weights
   * @param outputFrom the first date whose periods are output (earlier ones warm up), or null for
   *     all
   * @param bridgeName the bridge whose counters count the signals output
   */
  public MarketFunction(
      List<String> universe, SignalWeights weights, LocalDate outputFrom, String bridgeName) {
    this.universe = List.copyOf(universe);
    this.weights = Objects.requireNonNull(weights);
    this.outputFrom = outputFrom;
    this.bridgeName = bridgeName;
  }

  @Override
  public void open(OpenContext context) {
    counters = LocalBridge.named(bridgeName).counters();
    signalsOut = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.SIGNALS);
    index = new HashMap<>();
    for (int s = 0; s < universe.size(); s++) {
      index.put(universe.get(s), s);
    }
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("market", new MarketStateSerializer(universe, weights)));
  }

  @Override
  public void processElement(Bar bar, Context ctx, Collector<MarketUpdate> out) throws Exception {
    Integer s = index.get(bar.symbol());
    if (s == null) {
      return;
    }
    MarketState market = state.value();
    if (market == null) {
      market = new MarketState(universe, weights);
    }
    long start = bar.start().toEpochMilli();
    if (start <= market.lastFinalStart) {
      return;
    }
    double[][] period = market.period(start, universe.size());
    period[0][s] = bar.close();
    period[1][s] = bar.volume();
    ctx.timerService().registerEventTimeTimer(start + lengthOf(bar.interval()) - 1);
    state.update(market);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<MarketUpdate> out)
      throws Exception {
    MarketState market = state.value();
    Interval interval = Interval.parse(ctx.getCurrentKey());
    long length = lengthOf(interval);
    while (!market.pending.isEmpty() && market.pending.firstKey() + length - 1 <= timestamp) {
      Map.Entry<Long, double[][]> period = market.pending.pollFirstEntry();
      Instant start = Instant.ofEpochMilli(period.getKey());
      LocalDate date = start.atZone(NEW_YORK).toLocalDate();
      boolean emit = outputFrom == null || !date.isBefore(outputFrom);
      if (emit && !market.output) {
        market.breadth.startOutput();
        market.output = true;
      }
      double[] close = period.getValue()[0];
      double[] volume = period.getValue()[1];
      BreadthRow breadth = market.breadth.update(date, close, volume);
      List<Signal> signals = market.signals.update(date, close, volume);
      market.lastFinalStart = period.getKey();
      if (emit) {
        counters.signalsEmitted(signals.size());
        signalsOut.inc(signals.size());
        out.collect(new MarketUpdate(interval, start, breadth, signals));
      }
    }
    state.update(market);
  }

  private static long lengthOf(Interval interval) {
    return interval.length().toMillis();
  }
}
