package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.ParquetLake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports daily CSV files or a Parquet lake into the store: good rows upserted (re-importing writes
 * nothing), bad rows quarantined with their reason, unreadable files reported and skipped (the
 * report is then partial).
 */
public final class ImportService {
  private final MarketStore store;
  private final RunRecorder runs;

  public ImportService(MarketStore store, RunRecorder runs) {
    this.store = store;
    this.runs = runs;
  }

  /**
   * Runs {@code request} as a recorded run.
   *
   * @throws UseCaseException when the input does not exist or holds no data file
   */
  public Recorded<ImportReport> importFiles(ImportRequest request, Progress progress) {
    List<Path> files =
        request.format() == ImportRequest.Format.CSV
            ? CsvImport.filesOf(request.input())
            : lakeFiles(request.input());
    return runs.run(
        request,
        id -> {
          progress.begin("importing", files.size());
          try {
            return request.format() == ImportRequest.Format.CSV
                ? new CsvImport(store).run(files, progress)
                : new LakeImport(store).run(new ParquetLake(request.input()), files, progress);
          } finally {
            progress.end();
          }
        });
  }

  private static List<Path> lakeFiles(Path lake) {
    if (!Files.isDirectory(lake)) {
      throw UseCaseException.invalid("lake not found: " + lake);
    }
    List<Path> files = new ParquetLake(lake).files();
    if (files.isEmpty()) {
      throw UseCaseException.invalid("no Parquet files under " + lake.resolve("ohlcv"));
    }
    return files;
  }
}
