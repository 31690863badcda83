package io.breadthflow.cli.data;

import io.breadthflow.app.Application;
import io.breadthflow.app.data.ImportReport;
import io.breadthflow.app.data.ImportRequest;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  @Mixin private AppOptions app;

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

    ImportRequest request() {
      return input != null
          ? new ImportRequest(ImportRequest.Format.CSV, input)
          : new ImportRequest(ImportRequest.Format.LAKE, lake);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Application application = app.open()) {
      Recorded<ImportReport> recorded =
          application.imports().importFiles(source.request(), new ConsoleProgress(err));
      ImportReport result = recorded.result();
      result.failedFiles().forEach(line -> err.println("bf data import: " + line));
      out.printf(
          "imported %d files: %d bars accepted, %d written, %d rows quarantined, %d bars with high/low"
              + " outside open/close kept (run %d)%n",
          result.files(),
          result.barsAccepted(),
          result.barsWritten(),
          result.quarantined(),
          result.rangeAnomalies(),
          recorded.runId());
      return result.failedFiles().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }
  }
}
