package io.breadthflow.cli.kafka;

import picocli.CommandLine.Option;

/** {@code --kafka BOOTSTRAP}, else {@code BF_KAFKA_BOOTSTRAP}: the Kafka cluster of Kafka mode. */
public final class KafkaOptions {
  @Option(
      names = "--kafka",
      paramLabel = "BOOTSTRAP",
      description = "Kafka bootstrap servers, host:port[,…] (default: BF_KAFKA_BOOTSTRAP).")
  private String bootstrap;

  /** The configured bootstrap servers, or null when Kafka mode is off. */
  public String bootstrap() {
    if (bootstrap != null && !bootstrap.isBlank()) {
      return bootstrap.strip();
    }
    String configured = System.getenv("BF_KAFKA_BOOTSTRAP");
    return configured == null || configured.isBlank() ? null : configured.strip();
  }
}
