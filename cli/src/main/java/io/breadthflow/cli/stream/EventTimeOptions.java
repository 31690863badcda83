package io.breadthflow.cli.stream;

import io.breadthflow.cli.convert.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --out-of-order} and {@code --lateness}: how the job treats trades arriving late. */
final class EventTimeOptions {
  @Option(
      names = "--out-of-order",
      defaultValue = "2s",
      converter = DurationConverter.class,
      description = "Watermark delay behind the newest trade (default ${DEFAULT-VALUE}).")
  Duration outOfOrder;

  @Option(
      names = "--lateness",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How long a bar still takes late trades (default ${DEFAULT-VALUE}).")
  Duration lateness;
}
