package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.ingest.csv.CsvFormatException;
import io.breadthflow.ingest.csv.DailyCsv;
import io.breadthflow.ingest.csv.DailyCsvReader;
import io.breadthflow.ingest.csv.LeanFactorFile;
import io.breadthflow.ingest.csv.RejectedRow;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.QuarantinedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports daily bar files named {@code SYMBOL.csv} into the store. Good rows are upserted in
 * batches (idempotent); rows the reader rejects (including dates that are not NYSE sessions) are
 * quarantined with their line and reason; bars whose high/low range excludes the open or close are
 * kept and counted (ADR 0002). A Lean factor file, {@code SYMBOL_factors.csv}, gives the symbol's
 * splits and dividends ({@link LeanFactorFile}), stored as corporate actions. A file that cannot be
 * read at all is reported and skipped; the others go on.
 */
final class CsvImport {
  private static final int BATCH = 200_000;

  private final MarketStore store;

  CsvImport(MarketStore store) {
    this.store = store;
  }

  /**
   * The data files {@code input} names: the file itself, or a directory's {@code *.csv} and {@code
   * *.txt} (Stooq) files, sorted.
   *
   * @throws UseCaseException when it does not exist or holds no CSV file
   */
  static List<Path> filesOf(Path input) {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    if (!Files.isDirectory(input)) {
      throw UseCaseException.invalid("input not found: " + input);
    }
    try (Stream<Path> entries = Files.list(input)) {
      List<Path> files =
          entries.filter(CsvImport::isDataFile).filter(Files::isRegularFile).sorted().toList();
      if (files.isEmpty()) {
        throw UseCaseException.invalid("no .csv or .txt files in " + input);
      }
      return files;
    } catch (IOException e) {
      throw UseCaseException.invalid("cannot list " + input);
    }
  }

  /** Imports {@code files}, telling {@code progress} of each file's symbol once it is read. */
  ImportReport run(List<Path> files, Progress progress) {
    List<Bar> batch = new ArrayList<>();
    List<QuarantinedRecord> rejected = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    long written = 0;
    long accepted = 0;
    long quarantined = 0;
    long anomalies = 0;
    for (Path file : files) {
      if (LeanFactorFile.isFactorFile(file)) {
        importFactors(file, failed);
        progress.step(LeanFactorFile.symbolOf(file));
        continue;
      }
      String source = "csv:" + file.getFileName();
      DailyCsv csv;
      try {
        csv = DailyCsvReader.read(file, DailyCsvReader.DateRule.NYSE_SESSIONS);
      } catch (CsvFormatException | IOException e) {
        failed.add(file + ": " + e.getMessage());
        progress.step(DailyCsvReader.symbolOf(file));
        continue;
      }
      for (RejectedRow row : csv.rejected()) {
        rejected.add(
            new QuarantinedRecord(
                source,
                csv.symbol(),
                row.raw().replace('\0', '\uFFFD'),
                "line " + row.lineNumber() + ": " + row.reason()));
      }
      for (Bar bar : csv.bars()) {
        if (BarValidator.checkRange(bar.open(), bar.high(), bar.low(), bar.close()).isPresent()) {
          anomalies++;
        }
        batch.add(bar);
        accepted++;
      }
      if (batch.size() >= BATCH) {
        written += store.upsertBars(batch);
        batch.clear();
      }
      quarantined += rejected.size();
      store.quarantine(rejected);
      rejected.clear();
      progress.step(csv.symbol());
    }
    written += store.upsertBars(batch);
    return new ImportReport(files.size(), written, accepted, quarantined, anomalies, failed);
  }

  private void importFactors(Path file, List<String> failed) {
    try {
      store.upsertCorporateActions(LeanFactorFile.read(file));
    } catch (CsvFormatException | IOException e) {
      failed.add(file + ": " + e.getMessage());
    }
  }

  private static boolean isDataFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".txt");
  }
}
