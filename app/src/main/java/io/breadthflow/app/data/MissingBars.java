package io.breadthflow.app.data;

import io.breadthflow.app.run.Progress;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.provider.FetchedHistory;
import io.breadthflow.ingest.provider.HistorySource;
import io.breadthflow.ingest.provider.ProviderException;
import io.breadthflow.ingest.provider.Throttling;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.SymbolSummary;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches what the store lacks for a range from a provider, several symbols at once, and writes it
 * through the store (bars and corporate actions). A symbol's provider failure is its result, not
 * the whole run's; so is how much the provider throttled its calls.
 */
final class MissingBars {
  private MissingBars() {}

  /**
   * Fetches every symbol's missing bars (or the whole range); {@code progress} is told of each
   * finished symbol, on the calling thread.
   */
  static List<SymbolFetch> fetch(
      MarketStore store,
      HistorySource provider,
      List<String> symbols,
      Interval interval,
      LocalDate from,
      LocalDate to,
      FetchMode mode,
      int parallel,
      Progress progress) {
    Map<String, SymbolSummary> stored = new HashMap<>();
    if (interval == Interval.ONE_DAY) {
      store.dailySummary().forEach(s -> stored.put(s.symbol(), s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      ExecutorCompletionService<SymbolFetch> done = new ExecutorCompletionService<>(pool);
      for (String symbol : symbols) {
        FetchPlan plan =
            interval == Interval.ONE_DAY
                ? FetchPlan.of(symbol, stored.get(symbol), from, to, mode)
                : FetchPlan.whole(symbol, from, to);
        done.submit(() -> fetchOne(store, provider, interval, plan));
      }
      Map<String, SymbolFetch> bySymbol = new HashMap<>();
      for (int i = 0; i < symbols.size(); i++) {
        SymbolFetch result = done.take().get();
        bySymbol.put(result.symbol(), result);
        progress.step(result.symbol() + " " + result.status().code());
      }
      return symbols.stream().map(bySymbol::get).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fetch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("fetch failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static SymbolFetch fetchOne(
      MarketStore store, HistorySource provider, Interval interval, FetchPlan plan) {
    if (plan.upToDate()) {
      return new SymbolFetch(plan.symbol(), SymbolFetch.Status.UP_TO_DATE, 0, 0, 0, "");
    }
    int bars = 0;
    int skipped = 0;
    long written = 0;
    Throttling throttling = Throttling.NONE;
    try {
      for (FetchPlan.Segment segment : plan.segments()) {
        FetchedHistory history =
            provider.fetch(plan.symbol(), interval, segment.from(), segment.to());
        throttling = throttling.plus(history.throttling());
        written += store.upsertBars(history.bars());
        store.upsertCorporateActions(history.actions());
        bars += history.bars().size();
        skipped += history.skippedRows();
      }
      return new SymbolFetch(
          plan.symbol(),
          SymbolFetch.Status.OK,
          bars,
          written,
          skipped,
          "",
          throttling.times(),
          throttling.waited());
    } catch (ProviderException e) {
      throttling = throttling.plus(e.throttling());
      return new SymbolFetch(
          plan.symbol(),
          SymbolFetch.Status.FAILED,
          bars,
          written,
          skipped,
          e.getMessage(),
          throttling.times(),
          throttling.waited());
    }
  }
}
