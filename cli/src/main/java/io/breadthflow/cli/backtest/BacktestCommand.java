package io.breadthflow.cli.backtest;

import picocli.CommandLine.Command;

/** {@code bf backtest}: event-driven backtests over the stored daily bars. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = "Backtest strategies on the stored daily bars, without look-ahead.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      BacktestRunCommand.class,
      BacktestSweepCommand.class,
      BacktestWalkForwardCommand.class
    })
public final class BacktestCommand {}
