package io.breadthflow.core.domain;

import io.breadthflow.core.calendar.NyseCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One OHLCV bar. Prices in the instrument's currency, volume in shares.
 *
 * <p>{@code start} is the UTC instant the bar opens; for daily bars it is the session's open (09:30
 * America/New_York), so {@link #sessionDate()} is the NYSE session the bar belongs to. The record
 * holds what a provider delivered; the plausibility of the prices is judged by the validation
 * stage, which quarantines bad bars with a reason instead of throwing.
 *
 * @param symbol ticker
 * @param interval bar length
 * @param start opening instant (UTC)
 * @param open first price
 * @param high highest price
 * @param low lowest price
 * @param close last price
 * @param volume shares traded
 * @param vwap volume-weighted average price, {@code NaN} when the source does not give one
 * @param tradeCount number of trades, {@code -1} when the source does not give one
 */
public record Bar(
    String symbol,
    Interval interval,
    Instant start,
    double open,
    double high,
    double low,
    double close,
    double volume,
    double vwap,
    long tradeCount)
    implements java.io.Serializable {

  public Bar {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(start, "start");
  }

  /** A daily bar for a NYSE session, without vwap and trade count. */
  public static Bar daily(
      String symbol,
      LocalDate session,
      double open,
      double high,
      double low,
      double close,
      double volume) {
    return new Bar(
        symbol,
        Interval.ONE_DAY,
        NyseCalendar.regularOpen(session),
        open,
        high,
        low,
        close,
        volume,
        Double.NaN,
        -1);
  }

  /** The NYSE session date (America/New_York) this bar belongs to. */
  public LocalDate sessionDate() {
    return NyseCalendar.sessionDateOf(start);
  }

  /** True when the source delivered a volume-weighted average price. */
  public boolean hasVwap() {
    return !Double.isNaN(vwap);
  }

  /** True when the source delivered a trade count. */
  public boolean hasTradeCount() {
    return tradeCount >= 0;
  }
}
