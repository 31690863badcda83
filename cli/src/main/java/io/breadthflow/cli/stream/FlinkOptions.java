package io.breadthflow.cli.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.stream.FlinkAddress;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --flink HOST:PORT}, over {@code BF_FLINK_REST}: a Flink session cluster's REST API. */
final class FlinkOptions {
  @Option(
      names = "--flink",
      paramLabel = "HOST:PORT",
      description = "A Flink session cluster's REST endpoint (default: BF_FLINK_REST).")
  private String address;

  /** The cluster given, if any. */
  Optional<FlinkAddress> address(Configuration configuration) {
    return Optional.ofNullable(address).or(configuration::flinkRest).map(FlinkAddress::parse);
  }

  /** The cluster given; a usage error without one. */
  FlinkAddress required(Configuration configuration) {
    return address(configuration)
        .orElseThrow(() -> UseCaseException.invalid("give --flink HOST:PORT or set BF_FLINK_REST"));
  }
}
