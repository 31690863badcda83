package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.ProviderSettings;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.ingest.provider.HistorySource;
import io.breadthflow.ingest.provider.ProviderException;
import io.breadthflow.ingest.provider.Sources;
import io.breadthflow.store.MarketStore;
import java.util.function.Function;

/**
 * Fetches bars from a provider into the store, only what the store lacks unless asked for the whole
 * range, several symbols at once. A symbol the provider cannot deliver is that symbol's result, not
 * the whole run's (the report is then partial); throttling is waited for and reported per symbol.
 */
public final class FetchService {
  private final MarketStore store;
  private final RunRecorder runs;
  private final Function<SourceChoice, HistorySource> sources;

  /** Fetches from the providers {@code providers} configures ({@link Sources}). */
  public FetchService(MarketStore store, RunRecorder runs, ProviderSettings providers) {
    this(
        store,
        runs,
        choice -> Sources.create(choice.provider().code(), providers.environment(), choice.seed()));
  }

  /**
   * Fetches from the sources {@code sources} makes, one per request (e.g. a client with its own
   * {@code HttpPolicy}); it may throw {@link IllegalArgumentException} or {@link ProviderException}
   * for a source it cannot make, which become invalid-request errors.
   */
  public FetchService(
      MarketStore store, RunRecorder runs, Function<SourceChoice, HistorySource> sources) {
    this.store = store;
    this.runs = runs;
    this.sources = sources;
  }

  /** Runs {@code request} as a recorded run. */
  public Recorded<FetchReport> fetch(FetchRequest request, Progress progress) {
    HistorySource source = source(request.source());
    return runs.run(request, id -> fetchInRun(request, source, progress));
  }

  private FetchReport fetchInRun(FetchRequest request, HistorySource source, Progress progress) {
    progress.begin("fetching", request.universe().symbols().size());
    try {
      return new FetchReport(
          MissingBars.fetch(
              store,
              source,
              request.universe().symbols(),
              request.interval(),
              request.range().start(),
              request.range().end(),
              request.mode(),
              request.parallel(),
              progress));
    } finally {
      progress.end();
    }
  }

  private HistorySource source(SourceChoice choice) {
    try {
      return sources.apply(choice);
    } catch (IllegalArgumentException | ProviderException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }
}
