package io.breadthflow.cli.demo;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic daily bars for the demo: each symbol's log return is β·market + idiosyncratic
 * noise, with a plausible intraday range and volume, on NYSE sessions. Deterministic for a seed.
 * (The full market simulator of the ingest module supersedes this for the pipeline.)
 */
final class SyntheticMarket {
  private final long seed;

  SyntheticMarket(long seed) {
    this.seed = seed;
  }

  /** Daily bars for {@code symbols} over the NYSE sessions from {@code from} to {@code to}. */
  List<List<Bar>> generate(List<String> symbols, LocalDate from, LocalDate to) {
    List<LocalDate> sessions = NyseCalendar.tradingDays(from, to);
    SplittableRandom marketRandom = new SplittableRandom(seed);
    double[] market = new double[sessions.size()];
    for (int t = 0; t < market.length; t++) {
      market[t] = 0.0003 + 0.01 * marketRandom.nextGaussian();
    }
    List<List<Bar>> all = new ArrayList<>();
    for (int s = 0; s < symbols.size(); s++) {
      SplittableRandom random = new SplittableRandom(seed * 31 + s + 1);
      double beta = 0.7 + 0.6 * random.nextDouble();
      double price = 50 + 150 * random.nextDouble();
      List<Bar> bars = new ArrayList<>(sessions.size());
      for (int t = 0; t < sessions.size(); t++) {
        double open = price * Math.exp(0.002 * random.nextGaussian());
        double close = open * Math.exp(beta * market[t] + 0.012 * random.nextGaussian());
        double high = Math.max(open, close) * (1 + Math.abs(0.006 * random.nextGaussian()));
        double low = Math.min(open, close) * (1 - Math.abs(0.006 * random.nextGaussian()));
        double volume = Math.round(1_000_000 * Math.exp(0.4 * random.nextGaussian()));
        bars.add(Bar.daily(symbols.get(s), sessions.get(t), open, high, low, close, volume));
        price = close;
      }
      all.add(bars);
    }
    return all;
  }
}
