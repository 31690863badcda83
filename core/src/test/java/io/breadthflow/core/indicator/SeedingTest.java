package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * TradingView's conventions against independent naive implementations of the Pine Script v5
 * reference code, and their convergence to TA-Lib's after the stable bar.
 */
class SeedingTest {
  private static final double TOLERANCE = WarmUp.DEFAULT_TOLERANCE;
  private static final double ROUNDING = 1e-12;
  private static final int BARS = 1000;

  private final double[] high = new double[BARS];
  private final double[] low = new double[BARS];
  private final double[] close = new double[BARS];

  SeedingTest() {
    Random random = new Random(7);
    double price = 120;
    for (int i = 0; i < BARS; i++) {
      price *= Math.exp(0.02 * random.nextGaussian());
      close[i] = price;
      high[i] = price * (1 + 0.015 * random.nextDouble());
      low[i] = price * (1 - 0.015 * random.nextDouble());
    }
  }

  /** Pine's {@code pine_ema}: sum := na(sum[1]) ? src : alpha*src + (1-alpha)*nz(sum[1]). */
  private static double[] naiveFirstValueEma(double[] x, int length) {
    double alpha = 2.0 / (length + 1);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = i == 0 ? x[0] : alpha * x[i] + (1 - alpha) * out[i - 1];
    }
    return out;
  }

  /** Pine's {@code pine_rma}: seeded with the SMA of the first n values, then α = 1/n. */
  private static double[] naiveRma(double[] x, int length) {
    double[] out = new double[x.length];
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      if (i < length - 1) {
        sum += x[i];
        out[i] = Double.NaN;
      } else if (i == length - 1) {
        out[i] = (sum + x[i]) / length;
      } else {
        out[i] = (x[i] + (length - 1) * out[i - 1]) / length;
      }
    }
    return out;
  }

  private static void assertClose(double actual, double expected, double relative, String what) {
    assertThat(Math.abs(actual - expected))
        .as(what)
        .isLessThanOrEqualTo(relative * Math.max(1, Math.abs(expected)));
  }

  @Test
  void tradingViewEmaIsTheFirstValueSeededEma() {
    double[] ours = Ema.compute(close, 20, Seeding.TRADINGVIEW);
    double[] naive = naiveFirstValueEma(close, 20);
    assertThat(ours[0]).isEqualTo(close[0]);
    for (int i = 0; i < BARS; i++) {
      assertClose(ours[i], naive[i], ROUNDING, "EMA at " + i);
    }
  }

  @Test
  void tradingViewEmaConvergesToTaLibFromTheStableBar() {
    double[] tv = Ema.compute(close, 20, Seeding.TRADINGVIEW);
    double[] talib = Ema.compute(close, 20);
    int stable = new Ema(20).warmUp(TOLERANCE).stableFrom();
    for (int i = stable; i < BARS; i++) {
      assertClose(tv[i], talib[i], TOLERANCE, "EMA at " + i);
    }
    assertThat(Math.abs(tv[19] - talib[19]) / talib[19]).isGreaterThan(TOLERANCE);
  }

  @Test
  void tradingViewAtrIsRmaOfTrueRangeCountingTheFirstBarsRange() {
    double[] tr = new double[BARS];
    tr[0] = high[0] - low[0];
    for (int i = 1; i < BARS; i++) {
      tr[i] =
          Math.max(
              high[i] - low[i],
              Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
    }
    double[] naive = naiveRma(tr, 14);
    double[] ours = Atr.compute(high, low, close, 14, Seeding.TRADINGVIEW);
    assertThat(ours[12]).isNaN();
    for (int i = 13; i < BARS; i++) {
      assertClose(ours[i], naive[i], ROUNDING, "ATR at " + i);
    }
    double[] talib = Atr.compute(high, low, close, 14);
    int stable = new Atr(14).warmUp(TOLERANCE).stableFrom();
    for (int i = stable; i < BARS; i++) {
      assertClose(ours[i], talib[i], TOLERANCE, "ATR at " + i);
    }
  }

  @Test
  void tradingViewMacdIsMadeOfFirstValueSeededEmas() {
    double[] fast = naiveFirstValueEma(close, 12);
    double[] slow = naiveFirstValueEma(close, 26);
    double[] line = new double[BARS];
    for (int i = 0; i < BARS; i++) {
      line[i] = fast[i] - slow[i];
    }
    double[] signal = naiveFirstValueEma(line, 9);
    Macd.Series ours = Macd.compute(close, 12, 26, 9, Seeding.TRADINGVIEW);
    for (int i = 0; i < BARS; i++) {
      assertThat(ours.macd()[i]).as("MACD at " + i).isCloseTo(line[i], within(close[i]));
      assertThat(ours.signal()[i]).as("signal at " + i).isCloseTo(signal[i], within(close[i]));
    }
    Macd.Series talib = Macd.compute(close, 12, 26, 9);
    int stable = Macd.standard().signalWarmUp(TOLERANCE).stableFrom();
    for (int i = stable; i < BARS; i++) {
      assertThat(Math.abs(ours.signal()[i] - talib.signal()[i]))
          .as("signal at " + i)
          .isLessThanOrEqualTo(TOLERANCE * close[i]);
    }
  }

  /**
   * Pine's {@code ta.dmi}: rma of +DM, −DM and the true range from the second bar, DI = 100·rma(DM)
   * / rma(TR), ADX = 100·rma(|+DI − −DI|/(+DI + −DI)).
   */
  @Test
  void tradingViewDmiIsPinesRmaOfDirectionalMovement() {
    int n = 14;
    int m = BARS - 1;
    double[] plusDm = new double[m];
    double[] minusDm = new double[m];
    double[] tr = new double[m];
    for (int i = 1; i < BARS; i++) {
      double up = high[i] - high[i - 1];
      double down = low[i - 1] - low[i];
      plusDm[i - 1] = up > down && up > 0 ? up : 0;
      minusDm[i - 1] = down > up && down > 0 ? down : 0;
      tr[i - 1] =
          Math.max(
              high[i] - low[i],
              Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
    }
    double[] plusRma = naiveRma(plusDm, n);
    double[] minusRma = naiveRma(minusDm, n);
    double[] trRma = naiveRma(tr, n);
    double[] plusDi = new double[m];
    double[] minusDi = new double[m];
    double[] dx = new double[m - (n - 1)];
    for (int j = n - 1; j < m; j++) {
      plusDi[j] = 100 * plusRma[j] / trRma[j];
      minusDi[j] = 100 * minusRma[j] / trRma[j];
      double sum = plusDi[j] + minusDi[j];
      dx[j - (n - 1)] = Math.abs(plusDi[j] - minusDi[j]) / (sum == 0 ? 1 : sum);
    }
    double[] adx = naiveRma(dx, n);

    Dmi.Series ours = Dmi.compute(high, low, close, n, Seeding.TRADINGVIEW);
    assertThat(ours.adx()[2 * n - 2]).isNaN();
    for (int i = n; i < BARS; i++) {
      assertClose(ours.plusDi()[i], plusDi[i - 1], 1e-10, "+DI at " + i);
      assertClose(ours.minusDi()[i], minusDi[i - 1], 1e-10, "-DI at " + i);
    }
    for (int i = 2 * n - 1; i < BARS; i++) {
      assertClose(ours.adx()[i], 100 * adx[i - 1 - (n - 1)], 1e-10, "ADX at " + i);
    }
    Dmi.Series talib = Dmi.compute(high, low, close, n);
    assertThat(Math.abs(ours.adx()[2 * n - 1] - talib.adx()[2 * n - 1])).isGreaterThan(1e-6);
    for (int i = new Dmi(n).warmUp(TOLERANCE).stableFrom(); i < BARS; i++) {
      assertThat(Math.abs(ours.adx()[i] - talib.adx()[i]))
          .as("ADX at " + i)
          .isLessThan(TOLERANCE * 100);
    }
  }

  @Test
  void rsiIsTheSameUnderBothConventionsSoItTakesNoSeeding() {
    double[] changesUp = new double[BARS - 1];
    double[] changesDown = new double[BARS - 1];
    for (int i = 1; i < BARS; i++) {
      changesUp[i - 1] = Math.max(close[i] - close[i - 1], 0);
      changesDown[i - 1] = Math.max(close[i - 1] - close[i], 0);
    }
    double[] up = naiveRma(changesUp, 14);
    double[] down = naiveRma(changesDown, 14);
    double[] ours = Rsi.compute(close, 14);
    for (int i = 14; i < BARS; i++) {
      double pine = 100 - 100 / (1 + up[i - 1] / down[i - 1]);
      assertClose(ours[i], pine, 1e-10, "RSI at " + i);
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double price) {
    return org.assertj.core.data.Offset.offset(ROUNDING * price);
  }
}
