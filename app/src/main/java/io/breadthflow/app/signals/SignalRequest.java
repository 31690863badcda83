package io.breadthflow.app.signals;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;
import java.util.Optional;

/**
 * Composite signals of a universe over a range, stored.
 *
 * @param universe the stocks; for a point-in-time universe, every stock that was ever a member
 * @param range sessions to score (stored history before warms up)
 * @param weights the strategy's weights and thresholds
 * @param fetchMissing a provider to fetch what the store lacks from first (the range and a year of
 *     warm-up before it), or empty
 * @param pointInTime the membership history: on each session only its members get signals and the
 *     breadth regime counts only them; empty when every stock counts on every session
 */
public record SignalRequest(
    Universe universe,
    DateRange range,
    SignalWeights weights,
    Optional<SourceChoice> fetchMissing,
    Optional<PointInTimeUniverse> pointInTime)
    implements RunRequest {

  public SignalRequest {
    pointInTime = pointInTime == null ? Optional.empty() : pointInTime;
    if (universe == null || range == null || weights == null || fetchMissing == null) {
      throw UseCaseException.invalid("signals need a universe, a date range and a strategy");
    }
  }

  /** Signals of a fixed universe. */
  public SignalRequest(
      Universe universe,
      DateRange range,
      SignalWeights weights,
      Optional<SourceChoice> fetchMissing) {
    this(universe, range, weights, fetchMissing, Optional.empty());
  }

  /** Signals of a point-in-time universe: on each session, for the members of that session. */
  public static SignalRequest pointInTime(
      PointInTimeUniverse universe,
      DateRange range,
      SignalWeights weights,
      Optional<SourceChoice> fetchMissing) {
    UseCaseException.required(universe, "the point-in-time universe");
    return new SignalRequest(
        universe.everMembers(), range, weights, fetchMissing, Optional.of(universe));
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
    pointInTime.ifPresent(p -> parameters.put("point_in_time", true));
    return parameters;
  }
}
