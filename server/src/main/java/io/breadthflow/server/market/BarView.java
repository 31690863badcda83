package io.breadthflow.server.market;

import io.breadthflow.core.domain.Bar;
import java.time.Instant;
import java.time.LocalDate;

/** A bar as the API shows it. */
record BarView(
    String symbol,
    String interval,
    Instant start,
    LocalDate session,
    double open,
    double high,
    double low,
    double close,
    double volume,
    double vwap) {

  static BarView of(Bar bar) {
    return new BarView(
        bar.symbol(),
        bar.interval().code(),
        bar.start(),
        bar.sessionDate(),
        bar.open(),
        bar.high(),
        bar.low(),
        bar.close(),
        bar.volume(),
        bar.vwap());
  }
}
