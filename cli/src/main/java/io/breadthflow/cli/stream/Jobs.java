package io.breadthflow.cli.stream;

import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.kafka.MarketDataPublisher;
import io.breadthflow.app.stream.StreamRequest;
import io.breadthflow.app.stream.StreamRun;
import io.breadthflow.app.stream.TradeInputs;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What {@code bf stream run} and {@code bf replay} share: running a job, or publishing instead. */
final class Jobs {
  private Jobs() {}

  /** Starts {@code request}'s job and follows it until it ends, {@code duration} or Ctrl-C. */
  static void runAndFollow(
      Configuration configuration,
      StreamRequest request,
      Duration duration,
      PrintWriter err,
      String command)
      throws Exception {
    try (Application application = Application.open(configuration);
        StreamRun running =
            application
                .streams()
                .start(request, event -> {}, new PipelineCounters(), new ConsoleProgress(err))) {
      new JobProgress(err, command).follow(running, duration);
    }
  }

  /**
   * The trades of {@code input} to publish; malformed rows and unreadable files are named on {@code
   * err} (they are not published, and with no job running nothing quarantines them).
   */
  static List<Trade> tradesToPublish(Path input, PrintWriter err) {
    TradeInputs.TradeInput loaded = TradeInputs.load(input);
    loaded.unreadableFiles().forEach(line -> err.println("skipped " + line));
    loaded
        .rejected()
        .forEach(row -> err.println(row.source() + " " + row.reason() + " (not published)"));
    return loaded.trades();
  }

  /**
   * A publisher to the configured cluster's {@code market-data}.
   *
   * @throws UseCaseException when no cluster is configured
   */
  static MarketDataPublisher publisher(Configuration configuration, PrintWriter err) {
    String bootstrap =
        configuration
            .kafkaBootstrap()
            .orElseThrow(
                () ->
                    UseCaseException.invalid(
                        "--to kafka needs --kafka HOST:PORT or BF_KAFKA_BOOTSTRAP"));
    return new MarketDataPublisher(
        bootstrap, new ConsoleProgress(err), configuration.providers().environment());
  }
}
