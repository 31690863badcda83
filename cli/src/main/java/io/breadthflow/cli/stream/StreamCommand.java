package io.breadthflow.cli.stream;

import picocli.CommandLine.Command;

/** {@code bf stream}: the real-time pipeline. */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description = "The real-time pipeline on Apache Flink (embedded, or on a session cluster).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      StreamRunCommand.class,
      StreamBarsCommand.class,
      StreamStatusCommand.class,
      StreamStopCommand.class,
      StreamResumeCommand.class
    })
public final class StreamCommand {}
