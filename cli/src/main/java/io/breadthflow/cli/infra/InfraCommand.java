package io.breadthflow.cli.infra;

import picocli.CommandLine.Command;

/** {@code bf infra}: the local multi-process cluster. */
@Command(
    name = "infra",
    mixinStandardHelpOptions = true,
    description =
        "A real cluster on this machine: 3 Kafka brokers (KRaft), a Flink JobManager and 2"
            + " TaskManagers, 2 API servers, over the PostgreSQL store and Redis.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      InfraStartCommand.class,
      InfraStopCommand.class,
      InfraStatusCommand.class,
      InfraLogsCommand.class,
      InfraChaosCommand.class
    })
public final class InfraCommand {}
