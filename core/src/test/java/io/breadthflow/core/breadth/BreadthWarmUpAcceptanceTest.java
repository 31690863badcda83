package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.indicator.WarmUp;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the real S&amp;P 500 stocks (2013–2018) with a bar on every session: breadth
 * computed over the whole history and over the history from session 400 on agrees, on the same
 * output sessions, from each column's stable session ({@link BreadthWarmUp}): exactly for counts,
 * windows and signals, and within the tolerance times the start's initial effect for exponential
 * averages (twice that for an oscillator, the difference of two averages); halfway to the stable
 * session the start still shows by more than that.
 */
class BreadthWarmUpAcceptanceTest {
  private static final double TOLERANCE = WarmUp.DEFAULT_TOLERANCE;
  private static final int OFFSET = 400;
  private static LocalDate[] sessions;
  private static double[][] close;
  private static double[][] volume;

  @BeforeAll
  static void loadPanel() throws IOException {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    List<DailySeries> stocks = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        stocks.add(DailySeries.read(file));
      }
    }
    TreeSet<LocalDate> dates = new TreeSet<>();
    stocks.forEach(s -> dates.addAll(List.of(s.dates())));
    sessions = dates.toArray(LocalDate[]::new);
    // The stable sessions assume every stock has a bar on every session from session 0: a stock
    // missing sessions fills its own windows later by as many sessions.
    stocks.removeIf(s -> s.size() != sessions.length);
    assertThat(stocks).hasSizeGreaterThan(400);
    close = new double[stocks.size()][sessions.length];
    volume = new double[stocks.size()][sessions.length];
    for (int s = 0; s < stocks.size(); s++) {
      Arrays.fill(close[s], Double.NaN);
      DailySeries series = stocks.get(s);
      for (int i = 0; i < series.size(); i++) {
        int t = Arrays.binarySearch(sessions, series.dates()[i]);
        close[s][t] = series.close()[i];
        volume[s][t] = series.volume()[i];
      }
    }
  }

  @Test
  void breadthColumnsAgreeAcrossStartsFromTheirStableSession() {
    LocalDate from = sessions[OFFSET];
    List<List<Object>> full =
        BreadthEngine.compute(sessions, close, volume, from).stream()
            .map(BreadthRow::values)
            .toList();
    List<List<Object>> late =
        BreadthEngine.compute(late(sessions), late(close), late(volume), from).stream()
            .map(BreadthRow::values)
            .toList();
    check(BreadthWarmUp.breadth(TOLERANCE), full, late);
  }

  @Test
  void catalogueColumnsAgreeAcrossStartsFromTheirStableSession() {
    LocalDate from = sessions[OFFSET];
    List<List<Object>> full =
        BreadthCatalogue.compute(sessions, close, volume, from).stream()
            .map(CatalogueRow::values)
            .toList();
    List<List<Object>> late =
        BreadthCatalogue.compute(late(sessions), late(close), late(volume), from).stream()
            .map(CatalogueRow::values)
            .toList();
    check(BreadthWarmUp.catalogue(TOLERANCE), full, late);
  }

  private static void check(
      Map<String, WarmUp> warmUps, List<List<Object>> full, List<List<Object>> late) {
    assertThat(full).hasSameSizeAs(late).hasSizeGreaterThan(800);
    int c = 0;
    for (Map.Entry<String, WarmUp> column : warmUps.entrySet()) {
      c++;
      WarmUp warmUp = column.getValue();
      String name = column.getKey();
      if (warmUp.isCumulative()) {
        continue;
      }
      int stable = warmUp.stableFrom();
      boolean decaying = stable > warmUp.lookback();
      if (!decaying || !(full.get(0).get(c) instanceof Double)) {
        for (int t = stable; t < full.size(); t++) {
          assertThat(late.get(t).get(c)).as(name + " at " + t).isEqualTo(full.get(t).get(c));
        }
        continue;
      }
      double initial = 0;
      for (int t = warmUp.lookback(); t < stable; t++) {
        initial = Math.max(initial, difference(full, late, t, c));
      }
      assertThat(initial).as(name + ": the start shows at first").isPositive();
      // An oscillator is the difference of two averages whose seed errors may partly cancel at
      // first, so its largest early difference can fall short of either seed's: a factor 2.
      double averages = name.endsWith("mcclellan_osc") ? 2 : 1;
      for (int t = stable; t < full.size(); t++) {
        assertThat(difference(full, late, t, c))
            .as(name + " at " + t)
            .isLessThanOrEqualTo(averages * TOLERANCE * initial);
      }
      if (name.startsWith("pct_")) {
        continue; // a share of stocks moves in steps: small differences do not show in it
      }
      int halfway = warmUp.lookback() + (stable - warmUp.lookback()) / 2;
      assertThat(difference(full, late, halfway, c))
          .as(name + " halfway, at " + halfway)
          .isGreaterThan(TOLERANCE * initial);
    }
  }

  private static double difference(List<List<Object>> a, List<List<Object>> b, int t, int c) {
    double x = (Double) a.get(t).get(c);
    double y = (Double) b.get(t).get(c);
    return Double.isNaN(x) && Double.isNaN(y) ? 0 : Math.abs(x - y);
  }

  private static LocalDate[] late(LocalDate[] all) {
    return Arrays.copyOfRange(all, OFFSET, all.length);
  }

  private static double[][] late(double[][] all) {
    double[][] out = new double[all.length][];
    for (int s = 0; s < all.length; s++) {
      out[s] = Arrays.copyOfRange(all[s], OFFSET, all[s].length);
    }
    return out;
  }
}
