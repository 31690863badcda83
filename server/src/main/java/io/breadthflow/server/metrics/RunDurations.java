package io.breadthflow.server.metrics;

import io.breadthflow.store.MarketStore;
import io.breadthflow.store.PipelineRun;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records the duration of every pipeline run that finishes while the server runs (from the CLI, the
 * command API or a stream job alike) into {@code breadthflow_run_duration_seconds}, tagged by
 * command and status. Called before each scrape; each run is recorded once.
 */
final class RunDurations {
  private static final int WINDOW = 1_000;

  private final MarketStore store;
  private final MeterRegistry registry;
  private final Instant since;
  private final Set<Long> recorded = new LinkedHashSet<>();

  RunDurations(MarketStore store, MeterRegistry registry, Instant since) {
    this.store = store;
    this.registry = registry;
    this.since = since;
  }

  synchronized void recordFinishedRuns() {
    List<PipelineRun> finished =
        store.recentRuns(WINDOW).stream()
            .filter(run -> run.finished() != null && !run.finished().isBefore(since))
            .filter(run -> !recorded.contains(run.id()))
            .toList();
    for (PipelineRun run : finished) {
      Timer.builder("breadthflow_run_duration")
          .description("Wall time of finished pipeline runs")
          .tag("command", run.command())
          .tag("status", run.status().name().toLowerCase(java.util.Locale.ROOT))
          .register(registry)
          .record(Duration.ofMillis(Math.max(0, run.durationMillis())));
      recorded.add(run.id());
    }
    Iterator<Long> oldest = recorded.iterator();
    while (recorded.size() > 2 * WINDOW) {
      oldest.next();
      oldest.remove();
    }
  }
}
