package io.breadthflow.cli.kafka;

import io.breadthflow.app.config.Configuration;
import picocli.CommandLine.Option;

/** {@code --kafka BOOTSTRAP}, over {@code BF_KAFKA_BOOTSTRAP}: the Kafka cluster of Kafka mode. */
public final class KafkaOptions {
  @Option(
      names = "--kafka",
      paramLabel = "BOOTSTRAP",
      description = "Kafka bootstrap servers, host:port[,…] (default: BF_KAFKA_BOOTSTRAP).")
  private String bootstrap;

  /** {@code configuration} with this option applied. */
  public Configuration apply(Configuration configuration) {
    return bootstrap == null || bootstrap.isBlank()
        ? configuration
        : configuration.with("BF_KAFKA_BOOTSTRAP", bootstrap.strip());
  }
}
