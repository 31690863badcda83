package io.breadthflow.bench;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.DailyPanel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Universes for the portfolio benchmarks: the real S&P 500 files (505 symbols, 2013-2018) read from
 * {@code bf.shared.data} (default {@code ../shared/data}), or 500 simulated symbols over 20 years
 * of NYSE sessions (a market factor plus noise, seeded).
 */
final class PortfolioData {
  private PortfolioData() {}

  static DailyPanel load(String name) {
    return switch (name) {
      case "sp500" -> sp500();
      case "sim500x20y" -> simulated(500, LocalDate.of(2004, 1, 2), LocalDate.of(2023, 12, 29));
      default -> throw new IllegalArgumentException("unknown data set " + name);
    };
  }

  static DailyPanel simulated(int symbols, LocalDate from, LocalDate to) {
    LocalDate[] sessions = NyseCalendar.tradingDays(from, to).toArray(LocalDate[]::new);
    SplittableRandom random = new SplittableRandom(2026);
    double[] market = new double[sessions.length];
    for (int t = 0; t < market.length; t++) {
      market[t] = 0.0003 + 0.01 * random.nextGaussian();
    }
    double[][] open = new double[symbols][sessions.length];
    double[][] close = new double[symbols][sessions.length];
    double[][] volume = new double[symbols][sessions.length];
    List<String> names = new ArrayList<>();
    for (int s = 0; s < symbols; s++) {
      names.add(String.format("S%03d", s));
      double price = 20 + 200 * random.nextDouble();
      double beta = 0.6 + 0.8 * random.nextDouble();
      for (int t = 0; t < sessions.length; t++) {
        open[s][t] = price * Math.exp(0.003 * random.nextGaussian());
        close[s][t] = open[s][t] * Math.exp(beta * market[t] + 0.012 * random.nextGaussian());
        volume[s][t] = 1e6 * (0.5 + random.nextDouble());
        price = close[s][t];
      }
    }
    return new DailyPanel(
        names,
        sessions,
        open,
        envelope(open, close, true),
        envelope(open, close, false),
        close,
        volume);
  }

  private static double[][] envelope(double[][] open, double[][] close, boolean high) {
    double[][] out = new double[open.length][];
    for (int s = 0; s < open.length; s++) {
      out[s] = new double[open[s].length];
      for (int t = 0; t < out[s].length; t++) {
        out[s][t] = high ? Math.max(open[s][t], close[s][t]) : Math.min(open[s][t], close[s][t]);
      }
    }
    return out;
  }

  private static DailyPanel sp500() {
    Path folder =
        Path.of(System.getProperty("bf.shared.data", "../shared/data"))
            .resolve("market/daily_sp500_2013_2018");
    List<String> names = new ArrayList<>();
    List<List<String[]>> rows = new ArrayList<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        List<String[]> good = new ArrayList<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
          String[] cells = line.split(",", -1);
          if (cells.length == 6 && Arrays.stream(cells).noneMatch(String::isBlank)) {
            good.add(cells);
            dates.add(LocalDate.parse(cells[0]));
          }
        }
        names.add(file.getFileName().toString().replace(".csv", ""));
        rows.add(good);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("S&P 500 files not found under " + folder, e);
    }
    LocalDate[] sessions = dates.toArray(LocalDate[]::new);
    int n = sessions.length;
    double[][][] columns = new double[5][names.size()][n];
    for (int s = 0; s < names.size(); s++) {
      for (double[][] column : columns) {
        Arrays.fill(column[s], Double.NaN);
      }
      for (String[] cells : rows.get(s)) {
        int t = Arrays.binarySearch(sessions, LocalDate.parse(cells[0]));
        for (int c = 0; c < 5; c++) {
          columns[c][s][t] = Double.parseDouble(cells[c + 1]);
        }
      }
    }
    return new DailyPanel(
        names, sessions, columns[0], columns[1], columns[2], columns[3], columns[4]);
  }
}
