package io.breadthflow.cli.signals;

import picocli.CommandLine.Command;

/** {@code bf signals}: composite trading signals. */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = "Generate and inspect composite trading signals.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {SignalsGenerateCommand.class, SignalsSummaryCommand.class})
public final class SignalsCommand {}
