package io.breadthflow.cli.signals;

import io.breadthflow.app.Application;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.signals.SignalReport;
import io.breadthflow.app.signals.SignalRequest;
import io.breadthflow.app.signals.StrategyFile;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.data.SourceOptions;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalWeights;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf signals generate}: composite signals from whatever stored data covers the range. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Computes composite signals (breadth regime, trend, momentum, volatility) for a universe"
          + " from the stored daily bars and stores them (idempotent).",
      "Fails with a clear message when no data covers the range; never invents signals.",
      "--fetch-missing first fetches what the store lacks from --source (bf data fetch)."
    })
public final class SignalsGenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;
  @Mixin private SourceOptions sourceOptions;

  @Option(
      names = "--fetch-missing",
      description =
          "First fetch what the store lacks from --source (the range plus a year before it, so"
              + " that the indicators are warm on --start-date).")
  private boolean fetchMissing;

  @Option(
      names = "--strategy-file",
      paramLabel = "FILE",
      description = "Weights and thresholds (JSON or YAML); default: the built-in 'composite'.")
  private Path strategyFile;

  @Override
  public Integer call() {
    SignalWeights weights =
        strategyFile == null ? SignalWeights.defaults() : StrategyFile.read(strategyFile);
    Optional<SourceChoice> fetch =
        fetchMissing ? Optional.of(sourceOptions.choice()) : Optional.empty();
    try (Application application = app.open()) {
      SignalRequest request =
          universeOptions
              .pointInTime(application)
              .map(p -> SignalRequest.pointInTime(p, range.range(), weights, fetch))
              .orElseGet(
                  () ->
                      new SignalRequest(universeOptions.universe(), range.range(), weights, fetch));
      SignalReport report =
          application
              .signals()
              .generate(request, new ConsoleProgress(spec.commandLine().getErr()))
              .result();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%d signals for %d symbols from %s to %s with '%s': %d BUY, %d SELL, %d HOLD;"
                  + " %d stored or changed%n",
              report.signals(),
              report.symbols(),
              request.range().start(),
              request.range().end(),
              weights.name(),
              report.count(SignalAction.BUY),
              report.count(SignalAction.SELL),
              report.count(SignalAction.HOLD),
              report.changed());
      return 0;
    }
  }
}
