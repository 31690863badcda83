package io.breadthflow.app.kafka;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;
import java.util.Optional;

/**
 * The Kafka flow end to end: simulated trades to {@code market-data}, the job reading them back,
 * its output topics read committed.
 *
 * @param trades trades to publish, 1 to {@value #MAX_TRADES}
 * @param universe the simulated symbols
 * @param bootstrap the cluster, or empty for a single-node broker in this process
 */
public record KafkaDemoRequest(int trades, Universe universe, Optional<String> bootstrap)
    implements RunRequest {

  /** Most trades one demo publishes. */
  public static final int MAX_TRADES = 10_000_000;

  public KafkaDemoRequest {
    if (trades < 1 || trades > MAX_TRADES) {
      throw UseCaseException.invalid(
          "trades must be between 1 and " + MAX_TRADES + ", got " + trades);
    }
    if (universe == null || bootstrap == null) {
      throw UseCaseException.invalid("the Kafka demo needs a universe");
    }
  }

  @Override
  public String command() {
    return "kafka demo";
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("trades", trades, "universe", universe.name(), "embedded", bootstrap.isEmpty());
  }
}
