package io.breadthflow.cli.kafka;

import picocli.CommandLine.Command;

/** {@code bf kafka}: the topics of Kafka mode and a demonstration of the flow. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    description = "Kafka mode: topics and a demonstration of the flow.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {KafkaTopicsCommand.class, KafkaDemoCommand.class})
public final class KafkaCommand {}
