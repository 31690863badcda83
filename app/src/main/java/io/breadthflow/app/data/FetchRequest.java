package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;

/**
 * Bars of a universe from a provider into the store.
 *
 * @param universe the symbols
 * @param range the sessions
 * @param interval bar interval
 * @param source the provider
 * @param parallel symbols fetched at once, 1 to {@value #MAX_PARALLEL}
 * @param mode only what is missing, or the whole range
 */
public record FetchRequest(
    Universe universe,
    DateRange range,
    Interval interval,
    SourceChoice source,
    int parallel,
    FetchMode mode)
    implements RunRequest {

  /** Most symbols fetched at once. */
  public static final int MAX_PARALLEL = 64;

  /** The default parallelism. */
  public static final int DEFAULT_PARALLEL = 4;

  public FetchRequest {
    UseCaseException.required(universe, "a universe");
    UseCaseException.required(range, "a date range");
    UseCaseException.required(interval, "an interval");
    UseCaseException.required(source, "a source");
    UseCaseException.required(mode, "a fetch mode");
    if (parallel < 1 || parallel > MAX_PARALLEL) {
      throw UseCaseException.invalid(
          "parallel must be between 1 and " + MAX_PARALLEL + ", got " + parallel);
    }
  }

  /** Daily bars of the missing part of the range, {@link #DEFAULT_PARALLEL} at once. */
  public static FetchRequest daily(Universe universe, DateRange range, SourceChoice source) {
    return new FetchRequest(
        universe, range, Interval.ONE_DAY, source, DEFAULT_PARALLEL, FetchMode.MISSING);
  }

  @Override
  public String command() {
    return "data fetch";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("interval", interval.code());
    parameters.put("source", source.provider().code());
    parameters.put("mode", mode);
    return parameters;
  }
}
