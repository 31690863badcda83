package io.breadthflow.cli.universe;

import picocli.CommandLine.Command;

/** {@code bf universe}: stored point-in-time universes (membership histories). */
@Command(
    name = "universe",
    mixinStandardHelpOptions = true,
    description =
        "Point-in-time universes: membership histories (symbol, from, to, sector then) imported"
            + " from CSV; breadth, signals and backtests take one with --point-in-time NAME.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      UniverseImportCommand.class,
      UniverseListCommand.class,
      UniverseMembersCommand.class
    })
public final class UniverseCommand {}
