package io.breadthflow.cli.data;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf data import --input DIR_OR_FILE}: daily CSVs into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports daily CSV files named SYMBOL.csv (Date,Open,High,Low,Close,Volume) into the store."
          + " Re-importing changes nothing. Bad rows are quarantined with their reason.",
      "Exit code 3 when some files could not be read (the others are imported)."
    })
public final class DataImportCommand implements Callable<Integer> {
  /** Some inputs failed; the rest was imported. */
  static final int PARTIAL_FAILURE = 3;

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "DIR_OR_FILE",
      description = "A SYMBOL.csv file or a directory of them.")
  private Path input;

  @Override
  public Integer call() {
    List<Path> files = CsvImport.filesOf(input);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (MarketStore store = storeOptions.open()) {
      long run = store.startRun("data import", "--input " + input);
      ProgressBar progress = ProgressBar.onTerminal(err, "importing", files.size());
      CsvImport.Result result;
      try {
        result = new CsvImport(store).run(files, progress::step);
      } catch (RuntimeException e) {
        store.finishRun(run, RunStatus.FAILED, e.getMessage(), "");
        throw e;
      } finally {
        progress.finish();
      }
      result.failedFiles().forEach(line -> err.println("bf data import: " + line));
      store.finishRun(
          run,
          result.failedFiles().isEmpty() ? RunStatus.SUCCEEDED : RunStatus.FAILED,
          result.failedFiles().isEmpty()
              ? ""
              : result.failedFiles().size() + " files could not be read",
          result.countsJson());
      out.printf(
          "imported %d files: %d bars accepted, %d written, %d rows quarantined, %d bars with high/low"
              + " outside open/close kept (run %d)%n",
          result.files(),
          result.barsAccepted(),
          result.barsWritten(),
          result.quarantined(),
          result.rangeAnomalies(),
          run);
      return result.failedFiles().isEmpty() ? ExitCodes.OK : PARTIAL_FAILURE;
    }
  }
}
