package io.breadthflow.app.data;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.ParquetLake;

/** Writes the store's bars to {@code LAKE/ohlcv/SYMBOL/SYMBOL_FIRST_LAST.parquet}. */
public final class ExportService {
  private final MarketStore store;
  private final RunRecorder runs;

  public ExportService(MarketStore store, RunRecorder runs) {
    this.store = store;
    this.runs = runs;
  }

  /** Runs {@code request} as a recorded run. */
  public Recorded<ExportReport> export(ExportRequest request, Progress progress) {
    return runs.run(
        request,
        id -> {
          progress.begin("exporting", store.dailySummary().size());
          try {
            ParquetLake.ExportResult result =
                new ParquetLake(request.lake()).export(store, progress::step);
            return new ExportReport(result.files(), result.bars(), request.lake().resolve("ohlcv"));
          } finally {
            progress.end();
          }
        });
  }
}
