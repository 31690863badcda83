package io.breadthflow.stream.sink;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.forecast.ForecastUpdate;
import io.breadthflow.stream.market.MarketUpdate;
import io.breadthflow.stream.market.TimedSignal;
import io.breadthflow.stream.trade.RejectedTrade;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the job's results go: the store (bars and their revisions, daily signals, alerts,
 * quarantined trades, and the personal rules' firings into the notification outbox; idempotent, so
 * exactly once after a restart) and the live hub (bars, signals, alerts, breadth and forecasts as
 * they happen).
 */
public final class PipelineSinks {
  private PipelineSinks() {}

  /** Writes the results to the store at {@code config}. */
  public static void toStore(PipelineGraph.Outputs outputs, StoreConfig config) {
    outputs
        .bars()
        .union(outputs.revisions())
        .sinkTo(new StoreSink<Bar>(config, (store, bars) -> store.upsertBars(bars)))
        .setParallelism(1)
        .uid("store-bars")
        .name("store: bars");
    outputs
        .market()
        .filter(update -> update.interval() == Interval.ONE_DAY)
        .flatMap(
            (MarketUpdate update, org.apache.flink.util.Collector<Signal> out) ->
                update.signals().forEach(out::collect))
        .returns(Signal.class)
        .sinkTo(new StoreSink<Signal>(config, (store, signals) -> store.upsertSignals(signals)))
        .setParallelism(1)
        .uid("store-signals")
        .name("store: daily signals");
    outputs
        .alerts()
        .sinkTo(new StoreSink<Alert>(config, (store, alerts) -> store.alerts().save(alerts)))
        .setParallelism(1)
        .uid("store-alerts")
        .name("store: alerts");
    outputs
        .firings()
        .sinkTo(
            new StoreSink<RuleFiring>(
                config, (store, firings) -> store.notifications().enqueue(firings)))
        .setParallelism(1)
        .uid("store-rule-firings")
        .name("store: rule firings to the outbox");
    outputs
        .rejected()
        .map(PipelineSinks::quarantined)
        .sinkTo(
            new StoreSink<QuarantinedRecord>(config, (store, records) -> store.quarantine(records)))
        .setParallelism(1)
        .uid("store-quarantine")
        .name("store: quarantined trades");
  }

  /** Publishes the results to the live hub behind {@code bridgeName}. */
  public static void toLive(PipelineGraph.Outputs outputs, String bridgeName) {
    outputs
        .bars()
        .union(outputs.revisions())
        .sinkTo(new LiveSink<Bar>(bridgeName, bar -> new LiveEvent("bars", bar.symbol(), bar)))
        .uid("live-bars")
        .name("live: bars");
    outputs
        .market()
        .sinkTo(new LiveSink<MarketUpdate>(bridgeName, PipelineSinks::breadthEvent))
        .uid("live-breadth")
        .name("live: breadth");
    outputs
        .market()
        .flatMap(TimedSignal::of)
        .returns(TimedSignal.class)
        .sinkTo(
            new LiveSink<TimedSignal>(
                bridgeName, signal -> new LiveEvent("signals", signal.signal().symbol(), signal)))
        .uid("live-signals")
        .name("live: signals");
    outputs
        .alerts()
        .sinkTo(
            new LiveSink<Alert>(
                bridgeName, alert -> new LiveEvent("alerts", alert.symbol(), alert)))
        .uid("live-alerts")
        .name("live: alerts");
    outputs
        .forecasts()
        .ifPresent(
            forecasts ->
                forecasts
                    .sinkTo(
                        new LiveSink<ForecastUpdate>(
                            bridgeName,
                            forecast -> new LiveEvent("forecasts", forecast.symbol(), forecast)))
                    .uid("live-forecasts")
                    .name("live: forecasts"));
  }

  private static LiveEvent breadthEvent(MarketUpdate update) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("interval", update.interval().code());
    data.put("start", update.start());
    data.put("breadth", update.breadth());
    return new LiveEvent("breadth", "", data);
  }

  private static QuarantinedRecord quarantined(RejectedTrade rejected) {
    return new QuarantinedRecord(
        "stream", rejected.trade().symbol(), rejected.trade().toString(), rejected.reason());
  }
}
