package io.breadthflow.cli.data;

import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.ParquetLake;
import io.breadthflow.store.RunStatus;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf data export --lake DIR}: the store's bars as a Parquet lake. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes every symbol's bars to DIR/ohlcv/SYMBOL/SYMBOL_START_END.parquet (zstd),"
            + " replacing that symbol's earlier files.")
public final class DataExportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;

  @Option(names = "--lake", required = true, paramLabel = "DIR", description = "Lake root folder.")
  private Path lake;

  @Override
  public Integer call() {
    try (MarketStore store = storeOptions.open()) {
      RecordedRun run = RecordedRun.start(store, "data export", "--lake " + lake);
      ParquetLake.ExportResult result =
          run.execute(
              ProgressBar.onTerminal(
                  spec.commandLine().getErr(), "exporting", store.dailySummary().size()),
              progress -> new ParquetLake(lake).export(store, progress));
      run.finish(
          RunStatus.SUCCEEDED,
          "",
          String.format(Locale.ROOT, "{\"files\":%d,\"bars\":%d}", result.files(), result.bars()));
      spec.commandLine()
          .getOut()
          .printf(
              "exported %d symbols, %d bars to %s (run %d)%n",
              result.files(), result.bars(), lake.resolve("ohlcv"), run.id());
      return 0;
    }
  }
}
