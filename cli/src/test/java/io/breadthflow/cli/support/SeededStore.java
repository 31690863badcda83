package io.breadthflow.cli.support;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A DuckDB store filled with seeded random-walk daily bars on NYSE sessions. */
public final class SeededStore {
  private SeededStore() {}

  /** Creates {@code dir/name.duckdb} with bars of {@code symbols}; returns its JDBC URL. */
  public static String create(
      Path dir, String name, List<String> symbols, LocalDate from, LocalDate to, long seed) {
    String url = "jdbc:duckdb:" + dir.resolve(name + ".duckdb");
    List<LocalDate> sessions = NyseCalendar.tradingDays(from, to);
    List<Bar> bars = new ArrayList<>();
    for (int s = 0; s < symbols.size(); s++) {
      SplittableRandom random = new SplittableRandom(seed * 1000 + s);
      double price = 50 + 100 * random.nextDouble();
      for (LocalDate session : sessions) {
        double open = price * Math.exp(0.004 * random.nextGaussian());
        double close = open * Math.exp(0.0004 + 0.015 * random.nextGaussian());
        double high = Math.max(open, close) * 1.005;
        double low = Math.min(open, close) * 0.995;
        bars.add(
            Bar.daily(
                symbols.get(s), session, open, high, low, close, 1e6 * (1 + random.nextDouble())));
        price = close;
      }
    }
    try (MarketStore store = MarketStores.open(new StoreConfig(url, "", ""))) {
      store.upsertBars(bars);
    }
    return url;
  }
}
