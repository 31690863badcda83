package io.breadthflow.cli.bench;

import picocli.CommandLine.Command;

/** {@code bf bench}: benchmark commands whose figures go into docs/BENCHMARKS.md. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks (figures for docs/BENCHMARKS.md).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      StoreBenchCommand.class,
      HttpBenchCommand.class,
      LiveBenchCommand.class,
      StreamBenchCommand.class,
      ClusterBenchCommand.class,
      NotificationBenchCommand.class
    })
public final class BenchCommand {}
