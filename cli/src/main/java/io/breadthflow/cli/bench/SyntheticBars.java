package io.breadthflow.cli.bench;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic daily bars on NYSE sessions from 2000 on, symbol after symbol, for benchmarks.
 */
final class SyntheticBars {
  private SyntheticBars() {}

  /** {@code count} bars: as many symbols as needed, each covering the sessions from 2000. */
  static List<Bar> generate(int count, long seed) {
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2000, 1, 3), NyseCalendar.LAST_DATE);
    Instant[] opens = sessions.stream().map(NyseCalendar::regularOpen).toArray(Instant[]::new);
    SplittableRandom random = new SplittableRandom(seed);
    List<Bar> bars = new ArrayList<>(count);
    for (int symbol = 0; bars.size() < count; symbol++) {
      String name = String.format("S%05d", symbol);
      double price = 20 + 80 * random.nextDouble();
      for (int t = 0; t < opens.length && bars.size() < count; t++) {
        double open = price;
        price *= Math.exp(0.015 * random.nextGaussian());
        double high = Math.max(open, price) * 1.004;
        double low = Math.min(open, price) * 0.996;
        bars.add(
            new Bar(name, Interval.ONE_DAY, opens[t], open, high, low, price, 1e6, Double.NaN, -1));
      }
    }
    return bars;
  }
}
