package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.Sp500Panel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Breadth of the 505 real S&P 500 stocks (2013-2018) against a deliberately naive, independent
 * implementation of the same definitions: windows re-summed (exactly, in decimal) and re-scanned
 * every session, EMAs written out, nothing shared with the engine.
 */
class BreadthAcceptanceTest {

  @Test
  void engineMatchesNaiveImplementationOnRealSp500Data() throws Exception {
    Sp500Panel panel = Sp500Panel.load();
    List<DailySeries> stocks = panel.stocks();
    LocalDate[] sessions = panel.sessions();
    double[][] close = panel.close();
    double[][] volume = panel.volume();

    List<BreadthRow> rows = BreadthEngine.compute(sessions, close, volume, sessions[0]);
    List<Naive> expected = naive(stocks, sessions);

    assertThat(rows).hasSize(1259);
    for (int t = 0; t < sessions.length; t++) {
      BreadthRow row = rows.get(t);
      Naive want = expected.get(t);
      String at = sessions[t].toString();
      assertThat(row.advancers()).as(at).isEqualTo(want.advancers);
      assertThat(row.decliners()).as(at).isEqualTo(want.decliners);
      assertThat(row.unchanged()).as(at).isEqualTo(want.unchanged);
      assertThat(row.adLine()).as(at).isEqualTo(want.adLine);
      assertThat(row.upVolume()).as(at).isEqualTo(want.upVolume);
      assertThat(row.downVolume()).as(at).isEqualTo(want.downVolume);
      assertClose(row.trin(), want.trin, at);
      assertClose(row.mcclellanOscillator(), want.oscillator, at);
      assertClose(row.mcclellanSummation(), want.summation, at);
      assertClose(row.pctAboveSma50(), want.pct50, at);
      assertClose(row.pctAboveSma200(), want.pct200, at);
      assertThat(row.newHighs52w()).as(at).isEqualTo(want.newHighs);
      assertThat(row.newLows52w()).as(at).isEqualTo(want.newLows);
      assertClose(row.zbtEma10(), want.zbt, at);
      assertThat(row.zbtThrust()).as(at).isEqualTo(want.thrust);
    }
    assertThat(rows.stream().filter(r -> r.newHighs52w() > 0)).isNotEmpty();
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
    long adLine;
    double upVolume;
    double downVolume;
    double trin = Double.NaN;
    double oscillator = Double.NaN;
    double summation = Double.NaN;
    double pct50 = Double.NaN;
    double pct200 = Double.NaN;
    int newHighs;
    int newLows;
    double zbt = Double.NaN;
    boolean thrust;
  }

  private static List<Naive> naive(List<DailySeries> stocks, LocalDate[] sessions) {
    List<Naive> out = new ArrayList<>();
    List<Double> net = new ArrayList<>();
    List<Double> share = new ArrayList<>();
    for (LocalDate date : sessions) {
      Naive n = new Naive();
      int above50 = 0;
      int with50 = 0;
      int above200 = 0;
      int with200 = 0;
      for (DailySeries stock : stocks) {
        int i = java.util.Arrays.asList(stock.dates()).indexOf(date);
        if (i < 0) {
          continue;
        }
        double[] c = stock.close();
        if (i > 0) {
          if (c[i] > c[i - 1]) {
            n.advancers++;
            n.upVolume += stock.volume()[i];
          } else if (c[i] < c[i - 1]) {
            n.decliners++;
            n.downVolume += stock.volume()[i];
          } else {
            n.unchanged++;
          }
        }
        if (i + 1 >= 50) {
          with50++;
          above50 += aboveMean(c, i - 49, i) ? 1 : 0;
        }
        if (i + 1 >= 200) {
          with200++;
          above200 += aboveMean(c, i - 199, i) ? 1 : 0;
        }
        if (i >= 252) {
          double max = Double.NEGATIVE_INFINITY;
          double min = Double.POSITIVE_INFINITY;
          for (int k = i - 252; k < i; k++) {
            max = Math.max(max, c[k]);
            min = Math.min(min, c[k]);
          }
          n.newHighs += c[i] > max ? 1 : 0;
          n.newLows += c[i] < min ? 1 : 0;
        }
      }
      n.adLine = (out.isEmpty() ? 0 : out.get(out.size() - 1).adLine) + n.advancers - n.decliners;
      if (n.decliners > 0 && n.upVolume > 0 && n.downVolume > 0) {
        n.trin = ((double) n.advancers / n.decliners) / (n.upVolume / n.downVolume);
      }
      n.pct50 = with50 == 0 ? Double.NaN : 100.0 * above50 / with50;
      n.pct200 = with200 == 0 ? Double.NaN : 100.0 * above200 / with200;
      if (n.advancers + n.decliners + n.unchanged > 0) {
        net.add((double) (n.advancers - n.decliners));
        n.oscillator = ema(net, 19) - ema(net, 39);
        Naive previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (!Double.isNaN(n.oscillator)) {
          n.summation =
              previous == null || Double.isNaN(previous.summation)
                  ? n.oscillator
                  : previous.summation + n.oscillator;
        }
      }
      if (n.advancers + n.decliners > 0) {
        share.add((double) n.advancers / (n.advancers + n.decliners));
        n.zbt = ema(share, 10);
        int k = share.size();
        if (k > 10) {
          double before = ema(share.subList(0, k - 1), 10);
          boolean wasLow = false;
          for (int j = Math.max(10, k - 10); j < k; j++) {
            wasLow |= ema(share.subList(0, j), 10) < 0.40;
          }
          n.thrust = n.zbt > 0.615 && before <= 0.615 && wasLow;
        }
      } else if (!out.isEmpty()) {
        n.zbt = out.get(out.size() - 1).zbt;
      }
      out.add(n);
    }
    return out;
  }

  /** values[to] above the mean of values[from..to], decided exactly in decimal arithmetic. */
  private static boolean aboveMean(double[] values, int from, int to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = from; k <= to; k++) {
      sum = sum.add(BigDecimal.valueOf(values[k]));
    }
    return BigDecimal.valueOf(values[to]).multiply(BigDecimal.valueOf(to - from + 1)).compareTo(sum)
        > 0;
  }

  /** EMA of the whole list with α = 2/(n+1), seeded with the mean of the first n. */
  private static double ema(List<Double> values, int n) {
    if (values.size() < n) {
      return Double.NaN;
    }
    double value = 0;
    for (int k = 0; k < n; k++) {
      value += values.get(k);
    }
    value /= n;
    double alpha = 2.0 / (n + 1);
    for (int k = n; k < values.size(); k++) {
      value += alpha * (values.get(k) - value);
    }
    return value;
  }
}
