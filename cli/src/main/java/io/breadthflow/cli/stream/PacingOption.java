package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.stream.source.Pacing;
import picocli.CommandLine.Option;

/** {@code --speed N|max}: replay at N times real time, or as fast as possible. */
final class PacingOption {
  @Option(
      names = "--speed",
      defaultValue = "max",
      paramLabel = "N|max",
      description = "Replay speed: a multiple of real time, or max (default ${DEFAULT-VALUE}).")
  private String speed;

  Pacing pacing() {
    if (speed.equals("max")) {
      return Pacing.AS_FAST_AS_POSSIBLE;
    }
    try {
      double value = Double.parseDouble(speed);
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new NumberFormatException();
      }
      return new Pacing(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--speed must be a positive number or max, got '" + speed + "'");
    }
  }
}
