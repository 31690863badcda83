package io.breadthflow.stream.bar;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.time.Instant;

/**
 * One bar in the making: open and close by event time (the earliest and the latest trade, ties in
 * arrival order), high, low, volume, volume-weighted price and trade count.
 */
final class BarAccumulator {
  final long start;
  boolean emitted;
  long openTime = Long.MAX_VALUE;
  long closeTime = Long.MIN_VALUE;
  double open;
  double high = Double.NEGATIVE_INFINITY;
  double low = Double.POSITIVE_INFINITY;
  double close;
  double volume;
  double priceVolume;
  long trades;

  BarAccumulator(long start) {
    this.start = start;
  }

  void add(long time, double price, double size) {
    if (time < openTime) {
      openTime = time;
      open = price;
    }
    if (time >= closeTime) {
      closeTime = time;
      close = price;
    }
    high = Math.max(high, price);
    low = Math.min(low, price);
    volume += size;
    priceVolume += price * size;
    trades++;
  }

  Bar toBar(String symbol, Interval interval) {
    return new Bar(
        symbol,
        interval,
        Instant.ofEpochMilli(start),
        open,
        high,
        low,
        close,
        volume,
        priceVolume / volume,
        trades);
  }
}
