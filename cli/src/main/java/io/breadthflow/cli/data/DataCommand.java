package io.breadthflow.cli.data;

import picocli.CommandLine.Command;

/** {@code bf data}: the commands that load and inspect stored market data. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Load and inspect stored market data.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      DataFetchCommand.class,
      DataImportCommand.class,
      DataExportCommand.class,
      DataSummaryCommand.class
    })
public final class DataCommand {}
