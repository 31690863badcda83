package io.breadthflow.cli.data;

import io.breadthflow.app.Application;
import io.breadthflow.app.data.ExportReport;
import io.breadthflow.app.data.ExportRequest;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import java.nio.file.Path;
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
  @Mixin private AppOptions app;

  @Option(names = "--lake", required = true, paramLabel = "DIR", description = "Lake root folder.")
  private Path lake;

  @Override
  public Integer call() {
    try (Application application = app.openExisting()) {
      Recorded<ExportReport> report =
          application
              .export()
              .export(new ExportRequest(lake), new ConsoleProgress(spec.commandLine().getErr()));
      spec.commandLine()
          .getOut()
          .printf(
              "exported %d symbols, %d bars to %s (run %d)%n",
              report.result().files(),
              report.result().bars(),
              report.result().folder(),
              report.runId());
      return 0;
    }
  }
}
