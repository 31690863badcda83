package io.breadthflow.ingest.provider;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A provider row as a bar: daily rows by their NYSE session (none for a date that is not a
 * session), intraday rows by their start instant, without vwap and trade count.
 */
final class ProviderBars {
  private ProviderBars() {}

  /**
   * The bar of one provider row; {@code session} is used for daily bars, {@code start} for intraday
   * ones. {@code null} for a daily row on a date the exchange was closed.
   */
  static Bar of(
      String symbol,
      Interval interval,
      LocalDate session,
      Instant start,
      double open,
      double high,
      double low,
      double close,
      double volume) {
    if (interval == Interval.ONE_DAY) {
      return NyseCalendar.isTradingDay(session)
          ? Bar.daily(symbol, session, open, high, low, close, volume)
          : null;
    }
    return new Bar(symbol, interval, start, open, high, low, close, volume, Double.NaN, -1);
  }
}
