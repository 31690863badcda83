package io.breadthflow.cli;

import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.LogFormat;
import io.breadthflow.cli.backtest.BacktestCommand;
import io.breadthflow.cli.bench.BenchCommand;
import io.breadthflow.cli.breadth.BreadthCommand;
import io.breadthflow.cli.convert.LogFormatConverter;
import io.breadthflow.cli.data.DataCommand;
import io.breadthflow.cli.demo.DemoCommand;
import io.breadthflow.cli.forecast.ForecastCommand;
import io.breadthflow.cli.indicators.IndicatorsCommand;
import io.breadthflow.cli.infra.InfraCommand;
import io.breadthflow.cli.kafka.KafkaCommand;
import io.breadthflow.cli.serve.ServeCommand;
import io.breadthflow.cli.signals.SignalsCommand;
import io.breadthflow.cli.stream.ReplayCommand;
import io.breadthflow.cli.stream.StreamCommand;
import io.breadthflow.cli.universe.UniverseCommand;
import io.breadthflow.cli.users.UsersCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root {@code bf} command: lists the command groups; without one it is a usage error. */
@Command(
    name = "bf",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "BreadthFlow: market-data pipeline and signal engine.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      BacktestCommand.class,
      BenchCommand.class,
      BreadthCommand.class,
      DataCommand.class,
      DemoCommand.class,
      ForecastCommand.class,
      IndicatorsCommand.class,
      InfraCommand.class,
      KafkaCommand.class,
      ReplayCommand.class,
      ServeCommand.class,
      SignalsCommand.class,
      StreamCommand.class,
      UniverseCommand.class,
      UsersCommand.class
    },
    footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad usage or bad input."})
public final class BfCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--log-format",
      paramLabel = "text|json",
      converter = LogFormatConverter.class,
      description = "Log lines as text or JSON objects (default: BF_LOG_FORMAT, else text).")
  private LogFormat logFormat;

  /** The log format: {@code --log-format}, else the configuration's. */
  LogFormat logFormat() {
    return logFormat != null ? logFormat : Configuration.load().logFormat();
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("bf: missing command (try 'bf --help')");
    return ExitCodes.USAGE;
  }
}
