package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.Sp500Panel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The breadth catalogue of the 505 real S&P 500 stocks (2013-2018) against a deliberately naive,
 * independent implementation of the same definitions: every average, window and extreme recomputed
 * from the start of the history on every session with plain loops, nothing shared with the engine.
 */
class BreadthCatalogueAcceptanceTest {
  private static final double TIE = 1e-12;

  @Test
  void catalogueMatchesNaiveImplementationOnRealSp500Data() throws Exception {
    Sp500Panel panel = Sp500Panel.load();
    List<DailySeries> stocks = panel.stocks();
    LocalDate[] sessions = panel.sessions();
    double[][] close = panel.close();
    double[][] volume = panel.volume();
    int[][] barAt = panel.barAt();

    long started = System.nanoTime();
    List<CatalogueRow> rows = BreadthCatalogue.compute(sessions, close, volume, sessions[0]);
    long engineNanos = System.nanoTime() - started;
    List<Naive> expected = naive(stocks, barAt, sessions.length);

    assertThat(rows).hasSize(1259);
    for (int t = 0; t < sessions.length; t++) {
      CatalogueRow row = rows.get(t);
      Naive want = expected.get(t);
      String at = sessions[t].toString();
      assertThat(row.advancers()).as(at).isEqualTo(want.advancers);
      assertThat(row.decliners()).as(at).isEqualTo(want.decliners);
      assertThat(row.unchanged()).as(at).isEqualTo(want.unchanged);
      assertClose(row.adPercent(), want.adPercent, at);
      assertClose(row.adVolumeLine(), want.adVolumeLine, at);
      assertClose(row.adVolumePercent(), want.adVolumePercent, at);
      assertClose(row.rana(), want.rana, at);
      assertClose(row.raOscillator(), want.raOscillator, at);
      assertClose(row.raSummation(), want.raSummation, at);
      assertThat(row.newHighs()).as(at).isEqualTo(want.newHighs);
      assertThat(row.newLows()).as(at).isEqualTo(want.newLows);
      assertClose(row.recordHighPercent(), want.recordHighPercent, at);
      assertClose(row.highLowIndex(), want.highLowIndex, at);
      assertThat(row.highsLowsLine()).as(at).isEqualTo(want.highsLowsLine);
      assertClose(row.pctAboveEma20(), want.pctAboveEma20, at);
      assertClose(row.pctGoldenCross(), want.pctGoldenCross, at);
      assertClose(row.stix(), want.stix, at);
      assertClose(row.absoluteBreadth(), want.absoluteBreadth, at);
      assertClose(row.absoluteBreadth10(), want.absoluteBreadth10, at);
      assertClose(row.trinOpen10(), want.trinOpen10, at);
      assertThat(row.hindenburg()).as(at).isEqualTo(want.hindenburg);
      assertClose(row.whaleyRatio(), want.whaleyRatio, at);
      assertThat(row.whaleyThrust()).as(at).isEqualTo(want.whaleyThrust);
      assertThat(row.ninetyPercentDay()).as(at).isEqualTo(want.ninetyPercentDay);
      assertClose(row.bullishPercent(), want.bullishPercent, at);
    }
    System.out.printf(
        "catalogue of %d stocks x %d sessions: %.1f ms; omens %d (confirmed %d),"
            + " Whaley up %d down %d, 90%% days up %d down %d; bullish percent from %s,"
            + " range %.1f-%.1f%n",
        stocks.size(),
        sessions.length,
        engineNanos / 1e6,
        count(rows, r -> r.hindenburg() != Omen.NONE),
        count(rows, r -> r.hindenburg() == Omen.CONFIRMED),
        count(rows, r -> r.whaleyThrust() == Direction.UP),
        count(rows, r -> r.whaleyThrust() == Direction.DOWN),
        count(rows, r -> r.ninetyPercentDay() == Direction.UP),
        count(rows, r -> r.ninetyPercentDay() == Direction.DOWN),
        rows.stream()
            .filter(r -> !Double.isNaN(r.bullishPercent()))
            .findFirst()
            .orElseThrow()
            .date(),
        rows.stream()
            .mapToDouble(CatalogueRow::bullishPercent)
            .filter(v -> !Double.isNaN(v))
            .min()
            .orElseThrow(),
        rows.stream()
            .mapToDouble(CatalogueRow::bullishPercent)
            .filter(v -> !Double.isNaN(v))
            .max()
            .orElseThrow());
    assertThat(rows).anyMatch(r -> r.hindenburg() == Omen.CONFIRMED);
    assertThat(rows).anyMatch(r -> r.ninetyPercentDay() == Direction.DOWN);
  }

  private static long count(List<CatalogueRow> rows, java.util.function.Predicate<CatalogueRow> p) {
    return rows.stream().filter(p).count();
  }

  private static void assertClose(double actual, double expected, String at) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(at).isNaN();
    } else {
      assertThat(actual).as(at).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
  }

  /** One session's expected values. */
  private static final class Naive {
    int advancers;
    int decliners;
    int unchanged;
    double adPercent = Double.NaN;
    double adVolumeLine;
    double adVolumePercent = Double.NaN;
    double rana = Double.NaN;
    double raOscillator = Double.NaN;
    double raSummation = Double.NaN;
    int newHighs;
    int newLows;
    double recordHighPercent = Double.NaN;
    double highLowIndex = Double.NaN;
    long highsLowsLine;
    double pctAboveEma20 = Double.NaN;
    double pctGoldenCross = Double.NaN;
    double stix = Double.NaN;
    double absoluteBreadth = Double.NaN;
    double absoluteBreadth10 = Double.NaN;
    double trinOpen10 = Double.NaN;
    Omen hindenburg = Omen.NONE;
    double whaleyRatio = Double.NaN;
    Direction whaleyThrust = Direction.NONE;
    Direction ninetyPercentDay = Direction.NONE;
    double bullishPercent = Double.NaN;
  }

  private static List<Naive> naive(List<DailySeries> stocks, int[][] barAt, int sessions) {
    List<Naive> out = new ArrayList<>();
    List<Double> ranas = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> nets = new ArrayList<>();
    List<double[]> counted = new ArrayList<>();
    List<Double> recordHighs = new ArrayList<>();
    double[] index = new double[sessions];
    List<Integer> omens = new ArrayList<>();
    double previousWhaley = Double.NaN;
    List<Direction[]> pointAndFigure = new ArrayList<>();
    for (DailySeries stock : stocks) {
      pointAndFigure.add(pointAndFigureSignals(stock.close()));
    }
    for (int t = 0; t < sessions; t++) {
      Naive n = new Naive();
      double upVolume = 0;
      double downVolume = 0;
      double upPoints = 0;
      double downPoints = 0;
      int withYear = 0;
      int aboveEma = 0;
      int withEma = 0;
      int golden = 0;
      int with200 = 0;
      int withBar = 0;
      int buys = 0;
      int withSignal = 0;
      double closeSum = 0;
      for (int s = 0; s < stocks.size(); s++) {
        int i = barAt[s][t];
        if (i < 0) {
          continue;
        }
        Direction signal = pointAndFigure.get(s)[i];
        if (signal != Direction.NONE) {
          withSignal++;
          buys += signal == Direction.UP ? 1 : 0;
        }
        double[] c = stocks.get(s).close();
        withBar++;
        closeSum += c[i];
        if (i > 0) {
          double change = c[i] - c[i - 1];
          if (c[i] > c[i - 1]) {
            n.advancers++;
            upVolume += stocks.get(s).volume()[i];
            upPoints += change;
          } else if (c[i] < c[i - 1]) {
            n.decliners++;
            downVolume += stocks.get(s).volume()[i];
            downPoints += -change;
          } else {
            n.unchanged++;
          }
        }
        if (i >= 252) {
          withYear++;
          double max = Double.NEGATIVE_INFINITY;
          double min = Double.POSITIVE_INFINITY;
          for (int k = i - 252; k < i; k++) {
            max = Math.max(max, c[k]);
            min = Math.min(min, c[k]);
          }
          n.newHighs += c[i] > max ? 1 : 0;
          n.newLows += c[i] < min ? 1 : 0;
        }
        if (i + 1 >= 20) {
          withEma++;
          double ema = ema(Arrays.stream(c, 0, i + 1).boxed().toList(), 20, 2.0 / 21);
          aboveEma += c[i] - ema > TIE * ema ? 1 : 0;
        }
        if (i + 1 >= 200) {
          with200++;
          double sma50 = mean(c, i - 49, i);
          double sma200 = mean(c, i - 199, i);
          golden += sma50 - sma200 > TIE * sma200 ? 1 : 0;
        }
      }
      int a = n.advancers;
      int d = n.decliners;
      int issues = a + d + n.unchanged;
      Naive previous = out.isEmpty() ? null : out.get(out.size() - 1);
      n.adVolumeLine = (previous == null ? 0 : previous.adVolumeLine) + upVolume - downVolume;
      n.highsLowsLine = (previous == null ? 0 : previous.highsLowsLine) + n.newHighs - n.newLows;
      if (a + d > 0) {
        n.adPercent = 100.0 * (a - d) / (a + d);
        n.rana = 1000.0 * (a - d) / (a + d);
        ranas.add(n.rana);
        shares.add(100.0 * a / (a + d));
        n.raOscillator = ema(ranas, 19, 2.0 / 20) - ema(ranas, 39, 2.0 / 40);
      }
      n.stix = ema(shares, 21, 0.09);
      n.raSummation = previous == null ? Double.NaN : previous.raSummation;
      if (!Double.isNaN(n.raOscillator)) {
        n.raSummation = (Double.isNaN(n.raSummation) ? 1000 : n.raSummation) + n.raOscillator;
      }
      if (upVolume + downVolume > 0) {
        n.adVolumePercent = 100.0 * (upVolume - downVolume) / (upVolume + downVolume);
      }
      double oscillator = Double.NaN;
      if (issues > 0) {
        n.absoluteBreadth = Math.abs(a - d);
        nets.add((double) (a - d));
        oscillator = ema(nets, 19, 2.0 / 20) - ema(nets, 39, 2.0 / 40);
        counted.add(new double[] {a, d, upVolume, downVolume, n.absoluteBreadth});
      }
      if (counted.size() >= 10) {
        double[] sums = lastSums(counted, 10);
        n.absoluteBreadth10 = sums[4] / 10;
        if (sums[1] > 0 && sums[2] > 0 && sums[3] > 0) {
          n.trinOpen10 = (sums[0] / sums[1]) / (sums[2] / sums[3]);
        }
      }
      if (counted.size() >= 5) {
        double[] sums = lastSums(counted, 5);
        if (sums[0] + sums[1] > 0) {
          n.whaleyRatio = sums[0] / (sums[0] + sums[1]);
        }
      }
      if (n.whaleyRatio > 0.7366 && previousWhaley <= 0.7366) {
        n.whaleyThrust = Direction.UP;
      } else if (n.whaleyRatio < 0.1905 && previousWhaley >= 0.1905) {
        n.whaleyThrust = Direction.DOWN;
      }
      if (!Double.isNaN(n.whaleyRatio)) {
        previousWhaley = n.whaleyRatio;
      }
      if (withYear > 0) {
        int both = n.newHighs + n.newLows;
        n.recordHighPercent = both == 0 ? 50 : 100.0 * n.newHighs / both;
        recordHighs.add(n.recordHighPercent);
      }
      if (recordHighs.size() >= 10) {
        double sum = 0;
        for (double v : recordHighs.subList(recordHighs.size() - 10, recordHighs.size())) {
          sum += v;
        }
        n.highLowIndex = sum / 10;
      }
      n.bullishPercent = withSignal == 0 ? Double.NaN : 100.0 * buys / withSignal;
      n.pctAboveEma20 = withEma == 0 ? Double.NaN : 100.0 * aboveEma / withEma;
      n.pctGoldenCross = with200 == 0 ? Double.NaN : 100.0 * golden / with200;
      index[t] = withBar == 0 ? Double.NaN : closeSum / withBar;
      boolean omen =
          a + d > 0
              && n.newHighs >= 0.028 * (a + d)
              && n.newLows >= 0.028 * (a + d)
              && t >= 50
              && index[t] > index[t - 50]
              && oscillator < 0
              && n.newHighs <= 2 * n.newLows;
      if (omen) {
        boolean cluster = false;
        for (int earlier : omens) {
          cluster |= t - earlier <= 36;
        }
        n.hindenburg = cluster ? Omen.CONFIRMED : Omen.SIGNAL;
        omens.add(t);
      }
      double volume = upVolume + downVolume;
      double points = upPoints + downPoints;
      if (volume > 0 && points > 0) {
        if (upVolume >= 0.9 * volume && upPoints >= 0.9 * points) {
          n.ninetyPercentDay = Direction.UP;
        } else if (downVolume >= 0.9 * volume && downPoints >= 0.9 * points) {
          n.ninetyPercentDay = Direction.DOWN;
        }
      }
      out.add(n);
    }
    return out;
  }

  /**
   * The point-and-figure signal after each close, from an explicit list of the chart's box levels
   * and of its columns (type and extreme as an index into the levels), 3-box reversal.
   */
  private static Direction[] pointAndFigureSignals(double[] closes) {
    double highest = Arrays.stream(closes).max().orElseThrow();
    List<Double> levels = new ArrayList<>();
    double level = 0;
    while (level <= 2 * highest) {
      levels.add(level);
      level += traditionalBox(level);
    }
    List<int[]> columns = new ArrayList<>();
    int anchor = lowestIndexAtOrAbove(levels, closes[0]);
    if (levels.get(anchor) > closes[0]) {
      anchor--;
    }
    Direction[] out = new Direction[closes.length];
    Direction signal = Direction.NONE;
    out[0] = signal;
    for (int i = 1; i < closes.length; i++) {
      int ceiling = lowestIndexAtOrAbove(levels, closes[i]);
      int floor = levels.get(ceiling) == closes[i] ? ceiling : ceiling - 1;
      if (columns.isEmpty()) {
        if (floor > anchor) {
          columns.add(new int[] {'X', floor});
        } else if (ceiling < anchor) {
          columns.add(new int[] {'O', ceiling});
        }
      } else {
        int[] last = columns.get(columns.size() - 1);
        if (last[0] == 'X' && floor > last[1]) {
          last[1] = floor;
        } else if (last[0] == 'X' && ceiling <= last[1] - 3) {
          columns.add(new int[] {'O', ceiling});
        } else if (last[0] == 'O' && ceiling < last[1]) {
          last[1] = ceiling;
        } else if (last[0] == 'O' && floor >= last[1] + 3) {
          columns.add(new int[] {'X', floor});
        }
      }
      if (columns.size() >= 3) {
        int[] last = columns.get(columns.size() - 1);
        int[] sameTypeBefore = columns.get(columns.size() - 3);
        if (last[0] == 'X' && last[1] > sameTypeBefore[1]) {
          signal = Direction.UP;
        } else if (last[0] == 'O' && last[1] < sameTypeBefore[1]) {
          signal = Direction.DOWN;
        }
      }
      out[i] = signal;
    }
    return out;
  }

  /** StockCharts' traditional box size of the range starting at {@code price}. */
  private static double traditionalBox(double price) {
    if (price < 0.25) {
      return 0.0625;
    } else if (price < 1) {
      return 0.125;
    } else if (price < 5) {
      return 0.25;
    } else if (price < 20) {
      return 0.5;
    } else if (price < 100) {
      return 1;
    } else if (price < 200) {
      return 2;
    } else if (price < 500) {
      return 4;
    } else if (price < 1000) {
      return 5;
    } else if (price < 2500) {
      return 10;
    } else if (price < 25000) {
      return 50;
    }
    return 500;
  }

  private static int lowestIndexAtOrAbove(List<Double> levels, double price) {
    int k = 0;
    while (levels.get(k) < price) {
      k++;
    }
    return k;
  }

  /** Column sums of the last {@code n} entries, oldest first. */
  private static double[] lastSums(List<double[]> entries, int n) {
    double[] sums = new double[entries.get(0).length];
    for (double[] entry : entries.subList(entries.size() - n, entries.size())) {
      for (int k = 0; k < sums.length; k++) {
        sums[k] += entry[k];
      }
    }
    return sums;
  }

  private static double mean(double[] values, int from, int to) {
    double sum = 0;
    for (int k = from; k <= to; k++) {
      sum += values[k];
    }
    return sum / (to - from + 1);
  }

  /** EMA of the whole list with smoothing {@code alpha}, seeded with the mean of the first n. */
  private static double ema(List<Double> values, int n, double alpha) {
    if (values.size() < n) {
      return Double.NaN;
    }
    double value = 0;
    for (int k = 0; k < n; k++) {
      value += values.get(k);
    }
    value /= n;
    for (int k = n; k < values.size(); k++) {
      value += alpha * (values.get(k) - value);
    }
    return value;
  }
}
