package io.breadthflow.app.stream;

import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.live.PipelineCounters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a streaming job processed, as its run record keeps it.
 *
 * @param trades trades processed
 * @param bars bars emitted
 * @param alerts alerts raised
 * @param quarantined trades quarantined
 * @param late trades rejected as late
 */
public record StreamCounts(long trades, long bars, long alerts, long quarantined, long late)
    implements RunOutcome {

  /** A snapshot of {@code counters}. */
  public static StreamCounts of(PipelineCounters counters) {
    return new StreamCounts(
        counters.tradesProcessed(),
        counters.barsEmitted(),
        counters.alertsRaised(),
        counters.tradesQuarantined(),
        counters.lateTrades());
  }

  @Override
  public Map<String, Object> counts() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("trades", trades);
    counts.put("bars", bars);
    counts.put("alerts", alerts);
    counts.put("quarantined", quarantined);
    counts.put("late", late);
    return counts;
  }
}
