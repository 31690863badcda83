package io.breadthflow.app.data;

import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.SymbolSummary;
import java.util.List;

/** Summarises the stored daily bars per symbol. */
public final class SummaryService {
  private final MarketStore store;
  private final RunRecorder runs;

  public SummaryService(MarketStore store, RunRecorder runs) {
    this.store = store;
    this.runs = runs;
  }

  /** The summary, as a recorded run. */
  public Recorded<StoreSummary> summary() {
    return runs.run(
        new SummaryRequest(),
        id -> {
          List<SymbolSummary> symbols = store.dailySummary();
          return new StoreSummary(
              symbols,
              symbols.stream().mapToLong(SymbolSummary::bars).sum(),
              store.quarantinedCount());
        });
  }
}
