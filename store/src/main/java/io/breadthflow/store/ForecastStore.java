package io.breadthflow.store;

import io.breadthflow.core.domain.Interval;
import java.util.Optional;

/** Stored forecasts, one per symbol, interval, origin and method. */
public interface ForecastStore {

  /**
   * Stores a forecast; one already stored for the same symbol, interval, origin and method is
   * replaced.
   */
  void save(StoredForecast forecast);

  /** The forecast of {@code symbol} by {@code method} with the newest origin, if any. */
  Optional<StoredForecast> latest(String symbol, Interval interval, String method);
}
