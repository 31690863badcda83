package io.breadthflow.core.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The 505 real S&amp;P 500 stocks (2013-2018) of the shared data, one file per stock, aligned on
 * the union of their sessions: the one loader of the breadth acceptance tests. Skips the calling
 * test loudly (see {@link SharedData#require}) when the data is absent.
 *
 * @param stocks each stock's own bars, in file-name order
 * @param sessions the sorted union of every stock's dates
 * @param close {@code close[s][t]} of stock s on {@code sessions[t]}, {@code NaN} without a bar
 * @param volume {@code volume[s][t]}, 0 without a bar
 * @param barAt index into {@code stocks.get(s)} of the bar on session t, -1 without a bar
 */
public record Sp500Panel(
    List<DailySeries> stocks,
    LocalDate[] sessions,
    double[][] close,
    double[][] volume,
    int[][] barAt) {

  /** The shared folder of the 505 stocks, relative to the shared data root. */
  public static final String FOLDER = "market/daily_sp500_2013_2018";

  /** Reads every stock of {@link #FOLDER}, or skips the calling test when it is absent. */
  public static Sp500Panel load() throws IOException {
    Path folder = SharedData.require(FOLDER);
    List<DailySeries> stocks = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        stocks.add(DailySeries.read(file));
      }
    }
    TreeSet<LocalDate> allDates = new TreeSet<>();
    stocks.forEach(s -> allDates.addAll(List.of(s.dates())));
    LocalDate[] sessions = allDates.toArray(LocalDate[]::new);
    double[][] close = new double[stocks.size()][sessions.length];
    double[][] volume = new double[stocks.size()][sessions.length];
    int[][] barAt = new int[stocks.size()][sessions.length];
    for (int s = 0; s < stocks.size(); s++) {
      Arrays.fill(close[s], Double.NaN);
      Arrays.fill(barAt[s], -1);
      DailySeries series = stocks.get(s);
      for (int i = 0; i < series.size(); i++) {
        int t = Arrays.binarySearch(sessions, series.dates()[i]);
        close[s][t] = series.close()[i];
        volume[s][t] = series.volume()[i];
        barAt[s][t] = i;
      }
    }
    return new Sp500Panel(stocks, sessions, close, volume, barAt);
  }
}
