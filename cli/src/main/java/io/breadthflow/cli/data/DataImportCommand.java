package io.breadthflow.cli.data;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.ParquetLake;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf data import --input DIR_OR_FILE | --lake DIR}: daily CSVs or a Parquet lake into the
 * store.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports daily CSV files named SYMBOL.csv (Date,Open,High,Low,Close,Volume), or a Parquet"
          + " lake written by 'bf data export', into the store. Re-importing changes nothing. Bad"
          + " rows are quarantined with their reason.",
      "Exit code 3 when some files could not be read (the others are imported)."
    })
public final class DataImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private StoreOptions storeOptions;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  /** Where the data comes from: CSV files or a lake. */
  static final class Source {
    @Option(
        names = {"-i", "--input"},
        paramLabel = "DIR_OR_FILE",
        description = "A SYMBOL.csv file or a directory of them.")
    private Path input;

    @Option(names = "--lake", paramLabel = "DIR", description = "A Parquet lake (DIR/ohlcv/...).")
    private Path lake;
  }

  @Override
  public Integer call() {
    List<Path> files = source.input != null ? CsvImport.filesOf(source.input) : lakeFiles();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String parameters = source.input != null ? "--input " + source.input : "--lake " + source.lake;
    try (MarketStore store = storeOptions.open()) {
      RecordedRun run = RecordedRun.start(store, "data import", parameters);
      ImportResult result =
          run.execute(
              ProgressBar.onTerminal(err, "importing", files.size()),
              progress -> importFiles(store, files, progress));
      result.failedFiles().forEach(line -> err.println("bf data import: " + line));
      boolean complete = result.failedFiles().isEmpty();
      run.finish(
          complete ? RunStatus.SUCCEEDED : RunStatus.FAILED,
          complete ? "" : result.failedFiles().size() + " files could not be read",
          result.countsJson());
      out.printf(
          "imported %d files: %d bars accepted, %d written, %d rows quarantined, %d bars with high/low"
              + " outside open/close kept (run %d)%n",
          result.files(),
          result.barsAccepted(),
          result.barsWritten(),
          result.quarantined(),
          result.rangeAnomalies(),
          run.id());
      return complete ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }
  }

  private ImportResult importFiles(MarketStore store, List<Path> files, Consumer<String> progress) {
    if (source.input != null) {
      return new CsvImport(store).run(files, progress);
    }
    return new LakeImport(store).run(new ParquetLake(source.lake), files, progress);
  }

  private List<Path> lakeFiles() {
    if (!Files.isDirectory(source.lake)) {
      throw new UsageException("lake not found: " + source.lake);
    }
    List<Path> files = new ParquetLake(source.lake).files();
    if (files.isEmpty()) {
      throw new UsageException("no Parquet files under " + source.lake.resolve("ohlcv"));
    }
    return files;
  }
}
