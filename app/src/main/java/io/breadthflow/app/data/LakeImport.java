package io.breadthflow.app.data;

import io.breadthflow.app.run.Progress;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.ParquetLake;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Parquet lake back into the store: every file's bars are checked with {@link
 * BarValidator#checkFields} (failures quarantined) and upserted; an unreadable file is reported and
 * skipped.
 */
final class LakeImport {
  private final MarketStore store;

  LakeImport(MarketStore store) {
    this.store = store;
  }

  /** Imports every file of {@code lake}, calling {@code progress} with each file name. */
  ImportReport run(ParquetLake lake, List<Path> files, Progress progress) {
    long written = 0;
    long accepted = 0;
    long quarantined = 0;
    long anomalies = 0;
    List<String> failed = new ArrayList<>();
    for (Path file : files) {
      List<Bar> bars;
      try {
        bars = lake.read(file);
      } catch (StoreException e) {
        failed.add(file + ": " + e.getMessage());
        progress.step(file.getFileName().toString());
        continue;
      }
      List<Bar> good = new ArrayList<>(bars.size());
      List<QuarantinedRecord> bad = new ArrayList<>();
      for (Bar bar : bars) {
        Optional<String> reason =
            BarValidator.checkFields(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        if (reason.isPresent()) {
          bad.add(
              new QuarantinedRecord(
                  "lake:" + file.getFileName(), bar.symbol(), bar.toString(), reason.get()));
        } else {
          anomalies +=
              BarValidator.checkRange(bar.open(), bar.high(), bar.low(), bar.close()).isPresent()
                  ? 1
                  : 0;
          good.add(bar);
        }
      }
      store.quarantine(bad);
      written += store.upsertBars(good);
      accepted += good.size();
      quarantined += bad.size();
      progress.step(file.getFileName().toString());
    }
    return new ImportReport(files.size(), written, accepted, quarantined, anomalies, failed);
  }
}
