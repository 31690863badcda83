package io.breadthflow.app.signals;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;
import java.util.Optional;

/**
 * Composite signals of a universe over a range, stored.
 *
 * @param universe the stocks
 * @param range sessions to score (stored history before warms up)
 * @param weights the strategy's weights and thresholds
 * @param fetchMissing a provider to fetch what the store lacks from first (the range and a year of
 *     warm-up before it), or empty
 */
public record SignalRequest(
    Universe universe, DateRange range, SignalWeights weights, Optional<SourceChoice> fetchMissing)
    implements RunRequest {

  public SignalRequest {
    if (universe == null || range == null || weights == null || fetchMissing == null) {
      throw UseCaseException.invalid("signals need a universe, a date range and a strategy");
    }
  }

  /** The default composite strategy on stored data only. */
  public static SignalRequest stored(Universe universe, DateRange range) {
    return new SignalRequest(universe, range, SignalWeights.defaults(), Optional.empty());
  }

  @Override
  public String command() {
    return "signals generate";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("strategy", weights.name());
    fetchMissing.ifPresent(source -> parameters.put("fetch_missing", source.provider().code()));
    return parameters;
  }
}
