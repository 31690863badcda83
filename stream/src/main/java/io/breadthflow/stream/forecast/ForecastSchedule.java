package io.breadthflow.stream.forecast;

import io.breadthflow.core.domain.Interval;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which bars the streaming job forecasts and how often: per interval, a forecast of the next {@code
 * horizon} closes from the latest {@code window} closes, refreshed every N bars once {@code
 * minimum} closes are in. Intervals without an entry are not forecast; {@link #NONE} turns the
 * forecasts off.
 *
 * @param window closes the model is fitted on, {@code minimum} to 1,000
 * @param minimum closes before the first forecast, 50 to {@code window}
 * @param horizon bars ahead, 1 to 60
 * @param refreshEvery bars between forecasts, per interval (1 to 10,000 each)
 */
public record ForecastSchedule(
    int window, int minimum, int horizon, Map<Interval, Integer> refreshEvery)
    implements Serializable {

  /** {@link #defaults()}'s bars between forecasts per interval, as the CLI takes them. */
  public static final String DEFAULT_SPEC = "1m=15,5m=6,1h=1,1d=20";

  /** No forecasts. */
  public static final ForecastSchedule NONE = new ForecastSchedule(50, 50, 1, Map.of());

  public ForecastSchedule {
    if (minimum < 50 || window < minimum || window > 1_000) {
      throw new IllegalArgumentException(
          "forecast window must be between 50 and 1,000 closes and at least the minimum, got window "
              + window
              + ", minimum "
              + minimum);
    }
    if (horizon < 1 || horizon > 60) {
      throw new IllegalArgumentException("forecast horizon must be 1 to 60 bars, got " + horizon);
    }
    refreshEvery.forEach(
        (interval, every) -> {
          if (every < 1 || every > 10_000) {
            throw new IllegalArgumentException(
                "forecast refresh for "
                    + interval.code()
                    + " must be 1 to 10,000 bars, got "
                    + every);
          }
        });
    refreshEvery = refreshEvery.isEmpty() ? Map.of() : new EnumMap<>(refreshEvery);
  }

  /**
   * The default: five bars ahead from the latest 240 closes, refreshed every 15 one-minute bars,
   * every 6 five-minute bars (half an hour each), every hourly bar and every 20 daily bars.
   */
  public static ForecastSchedule defaults() {
    return new ForecastSchedule(
        240,
        50,
        5,
        Map.of(
            Interval.ONE_MINUTE, 15,
            Interval.FIVE_MINUTES, 6,
            Interval.ONE_HOUR, 1,
            Interval.ONE_DAY, 20));
  }

  /** True when bars of {@code interval} are forecast. */
  public boolean covers(Interval interval) {
    return refreshEvery.containsKey(interval);
  }
}
