package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: every indicator against TA-Lib's Java port ({@code com.tictactec:ta-lib:0.4.0}) on
 * the real daily prices of all 505 S&amp;P 500 symbols, 2013–2018. The warm-up must be exactly
 * TA-Lib's lookback and every value after it within a relative error of 1e-9.
 *
 * <p>Relative error is |ours − TA-Lib| / max(|TA-Lib|, scale), where the scale is the typical
 * magnitude of the indicator's own series (its mean absolute value) so that values crossing zero
 * (MACD, ROC) are judged against their size rather than against 0.
 */
class TaLibAcceptanceTest {
  private static final double MAX_RELATIVE_ERROR = 1e-9;
  private static List<DailySeries> universe;

  private final Core talib = new Core();
  private final Map<String, Double> worst = new TreeMap<>();

  @BeforeAll
  static void loadUniverse() throws IOException {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    try (Stream<Path> files = Files.list(folder)) {
      universe =
          files
              .filter(p -> p.toString().endsWith(".csv"))
              .sorted()
              .map(TaLibAcceptanceTest::read)
              .toList();
    }
  }

  @Test
  void everyIndicatorMatchesTaLibOnAllSp500Symbols() {
    assertThat(universe).hasSize(505);
    for (DailySeries s : universe) {
      compareAll(s);
    }
    System.out.println("max relative error against TA-Lib over 505 symbols: " + worst);
    assertThat(worst)
        .hasSize(20)
        .allSatisfy(
            (name, error) -> assertThat(error).as(name).isLessThanOrEqualTo(MAX_RELATIVE_ERROR));
  }

  private void compareAll(DailySeries s) {
    double[] h = s.high();
    double[] l = s.low();
    double[] c = s.close();
    double[] v = s.volume();
    int n = s.size();
    Out out = new Out(n);

    check(
        s,
        "SMA(20)",
        Sma.compute(c, 20),
        talib.sma(0, n - 1, c, 20, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "EMA(20)",
        Ema.compute(c, 20),
        talib.ema(0, n - 1, c, 20, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "WMA(20)",
        Wma.compute(c, 20),
        talib.wma(0, n - 1, c, 20, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "RSI(14)",
        Rsi.compute(c, 14),
        talib.rsi(0, n - 1, c, 14, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "ROC(10)",
        Roc.compute(c, 10),
        talib.roc(0, n - 1, c, 10, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "STDDEV(20)",
        StdDev.compute(c, 20, 1.0),
        talib.stdDev(0, n - 1, c, 20, 1.0, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "OBV",
        Obv.compute(c, v),
        talib.obv(0, n - 1, c, v, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "TRANGE",
        TrueRange.compute(h, l, c),
        talib.trueRange(0, n - 1, h, l, c, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "ATR(14)",
        Atr.compute(h, l, c, 14),
        talib.atr(0, n - 1, h, l, c, 14, out.begin, out.count, out.a),
        out,
        out.a);

    Macd.Series macd = Macd.compute(c, 12, 26, 9);
    RetCode macdCode =
        talib.macd(0, n - 1, c, 12, 26, 9, out.begin, out.count, out.a, out.b, out.c);
    check(s, "MACD", macd.macd(), macdCode, out, out.a);
    check(s, "MACD signal", macd.signal(), macdCode, out, out.b);
    check(s, "MACD hist", macd.histogram(), macdCode, out, out.c);

    BollingerBands.Series bands = BollingerBands.compute(c, 20, 2.0);
    RetCode bandsCode =
        talib.bbands(
            0, n - 1, c, 20, 2.0, 2.0, MAType.Sma, out.begin, out.count, out.a, out.b, out.c);
    check(s, "BB upper", bands.upper(), bandsCode, out, out.a);
    check(s, "BB middle", bands.middle(), bandsCode, out, out.b);
    check(s, "BB lower", bands.lower(), bandsCode, out, out.c);

    Dmi.Series dmi = Dmi.compute(h, l, c, 14);
    check(
        s,
        "ADX(14)",
        dmi.adx(),
        talib.adx(0, n - 1, h, l, c, 14, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "+DI(14)",
        dmi.plusDi(),
        talib.plusDI(0, n - 1, h, l, c, 14, out.begin, out.count, out.a),
        out,
        out.a);
    check(
        s,
        "-DI(14)",
        dmi.minusDi(),
        talib.minusDI(0, n - 1, h, l, c, 14, out.begin, out.count, out.a),
        out,
        out.a);

    Stochastic.Series stochastic = Stochastic.compute(h, l, c, 14, 3, 3);
    RetCode stochCode =
        talib.stoch(
            0,
            n - 1,
            h,
            l,
            c,
            14,
            3,
            MAType.Sma,
            3,
            MAType.Sma,
            out.begin,
            out.count,
            out.a,
            out.b);
    check(s, "STOCH %K", stochastic.k(), stochCode, out, out.a);
    check(s, "STOCH %D", stochastic.d(), stochCode, out, out.b);
  }

  private void check(
      DailySeries s, String name, double[] ours, RetCode code, Out out, double[] theirs) {
    assertThat(code).as("%s TA-Lib return code on %s", name, s.symbol()).isEqualTo(RetCode.Success);
    int begin = out.begin.value;
    int count = out.count.value;
    assertThat(begin + count).as("%s output length on %s", name, s.symbol()).isEqualTo(s.size());
    for (int i = 0; i < begin; i++) {
      assertThat(ours[i]).as("%s warm-up on %s at %d", name, s.symbol(), i).isNaN();
    }
    double scale = 0;
    for (int k = 0; k < count; k++) {
      scale += Math.abs(theirs[k]);
    }
    scale = Math.max(scale / Math.max(count, 1), Double.MIN_NORMAL);
    double maxError = 0;
    for (int k = 0; k < count; k++) {
      double expected = theirs[k];
      double actual = ours[begin + k];
      double error = Math.abs(actual - expected) / Math.max(Math.abs(expected), scale);
      if (!(error <= maxError)) {
        maxError = error;
      }
    }
    worst.merge(name, maxError, Math::max);
  }

  private static DailySeries read(Path file) {
    try {
      return DailySeries.read(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  /** Reusable TA-Lib output buffers. */
  private static final class Out {
    final MInteger begin = new MInteger();
    final MInteger count = new MInteger();
    final double[] a;
    final double[] b;
    final double[] c;

    Out(int n) {
      a = new double[n];
      b = new double[n];
      c = new double[n];
    }
  }
}
