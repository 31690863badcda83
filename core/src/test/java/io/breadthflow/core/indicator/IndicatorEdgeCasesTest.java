package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IndicatorEdgeCasesTest {
  private static final double[] FLAT = constant(100.0, 60);

  @Test
  void rsiOfConstantPricesIsZeroAsInTaLib() {
    double[] rsi = Rsi.compute(FLAT, 14);
    assertThat(rsi[13]).isNaN();
    assertThat(Arrays.copyOfRange(rsi, 14, rsi.length)).containsOnly(0.0);
  }

  @Test
  void rsiWithOnlyGainsIs100() {
    double[] rising = new double[30];
    for (int i = 0; i < rising.length; i++) {
      rising[i] = 10 + i;
    }
    assertThat(Rsi.compute(rising, 14)[29]).isEqualTo(100.0);
  }

  @Test
  void standardDeviationAndBandWidthOfConstantPricesAreExactlyZero() {
    assertThat(Arrays.copyOfRange(StdDev.compute(FLAT, 20, 1.0), 19, 60)).containsOnly(0.0);
    BollingerBands.Series bands = BollingerBands.compute(FLAT, 20, 2.0);
    assertThat(bands.upper()[59]).isEqualTo(100.0);
    assertThat(bands.lower()[59]).isEqualTo(100.0);
    assertThat(Volatility.computeDaily(FLAT, 20)[59]).isEqualTo(0.0);
  }

  @Test
  void stochasticOfZeroRangeIsZeroAndAdxOfFlatMarketIsZero() {
    Stochastic.Series stochastic = Stochastic.compute(FLAT, FLAT, FLAT, 14, 3, 3);
    assertThat(stochastic.k()[59]).isEqualTo(0.0);
    Dmi.Series dmi = Dmi.compute(FLAT, FLAT, FLAT, 14);
    assertThat(dmi.plusDi()[59]).isEqualTo(0.0);
    assertThat(dmi.adx()[59]).isEqualTo(0.0);
  }

  @Test
  void singleBarGivesOnlyIndicatorsWithoutWarmUp() {
    double[] one = {42.0};
    assertThat(Sma.compute(one, 1)).containsExactly(42.0);
    assertThat(Ema.compute(one, 2)).containsExactly(Double.NaN);
    assertThat(Rsi.compute(one, 14)).containsExactly(Double.NaN);
    assertThat(Obv.compute(one, new double[] {500})).containsExactly(500.0);
    assertThat(TrueRange.compute(one, one, one)).containsExactly(Double.NaN);
    assertThat(Macd.compute(one, 12, 26, 9).macd()).containsExactly(Double.NaN);
  }

  @Test
  void trueRangeOfGapUpSpansFromPreviousClose() {
    double[] high = {11, 25};
    double[] low = {9, 20};
    double[] close = {10, 22};
    assertThat(TrueRange.compute(high, low, close)[1]).isEqualTo(15.0);
  }

  @Test
  void trueRangeOfGapDownSpansToPreviousClose() {
    double[] high = {11, 6};
    double[] low = {9, 4};
    double[] close = {10, 5};
    assertThat(TrueRange.compute(high, low, close)[1]).isEqualTo(6.0);
  }

  @Test
  void warmUpLengthEqualsDeclaredLookback() {
    double[] prices = new double[100];
    for (int i = 0; i < prices.length; i++) {
      prices[i] = 100 + Math.sin(i / 3.0) * 5;
    }
    assertThat(firstValue(Sma.compute(prices, 20))).isEqualTo(new Sma(20).lookback());
    assertThat(firstValue(Ema.compute(prices, 20))).isEqualTo(new Ema(20).lookback());
    assertThat(firstValue(Wma.compute(prices, 20))).isEqualTo(new Wma(20).lookback());
    assertThat(firstValue(Rsi.compute(prices, 14))).isEqualTo(new Rsi(14).lookback());
    assertThat(firstValue(Roc.compute(prices, 10))).isEqualTo(new Roc(10).lookback());
    assertThat(firstValue(Macd.compute(prices, 12, 26, 9).signal())).isEqualTo(33);
    assertThat(firstValue(Volatility.computeDaily(prices, 20))).isEqualTo(20);
    assertThat(firstValue(Atr.compute(prices, prices, prices, 14))).isEqualTo(14);
    assertThat(firstValue(Dmi.compute(prices, prices, prices, 14).adx())).isEqualTo(27);
    assertThat(firstValue(Stochastic.compute(prices, prices, prices, 14, 3, 3).d())).isEqualTo(17);
  }

  @Test
  void resetForgetsHistory() {
    Rsi rsi = new Rsi(14);
    double[] expected = Rsi.compute(FLAT, 14);
    for (double p : new double[] {5, 7, 3, 9}) {
      rsi.update(p);
    }
    rsi.reset();
    double[] afterReset = new double[FLAT.length];
    for (int i = 0; i < FLAT.length; i++) {
      afterReset[i] = rsi.update(FLAT[i]);
    }
    assertThat(afterReset).containsExactly(expected);
  }

  @Test
  void volatilityIsSampleDeviationOfLogReturnsAnnualised() {
    double[] prices = {100, 101, 99.5, 102, 103.5, 101};
    double[] returns = new double[5];
    for (int i = 1; i < prices.length; i++) {
      returns[i - 1] = Math.log(prices[i] / prices[i - 1]);
    }
    double mean = Arrays.stream(returns).average().orElseThrow();
    double variance = Arrays.stream(returns).map(r -> (r - mean) * (r - mean)).sum() / 4;
    assertThat(Volatility.computeDaily(prices, 5)[5])
        .isCloseTo(Math.sqrt(variance * 252), within(1e-15));
  }

  @Test
  void sessionVwapResetsWhenSessionChanges() {
    SessionVwap vwap = new SessionVwap();
    vwap.update(1, 10.0, 100);
    assertThat(vwap.update(1, 20.0, 300)).isEqualTo(17.5);
    assertThat(vwap.update(2, 30.0, 0)).isNaN();
    assertThat(vwap.update(2, 30.0, 10)).isEqualTo(30.0);
  }

  @Test
  void invalidParametersAreRejectedWithTheParameterName() {
    assertThatThrownBy(() -> new Sma(0)).hasMessage("period must be at least 1 but was 0");
    assertThatThrownBy(() -> new Rsi(1)).hasMessageContaining("period must be at least 2");
    assertThatThrownBy(() -> new BollingerBands(20, -1))
        .hasMessageContaining("multiplier must be a positive finite number");
    assertThatThrownBy(() -> Volatility.daily(20).update(0))
        .hasMessage("price must be positive but was 0.0");
    assertThatThrownBy(() -> Atr.compute(new double[2], new double[3], new double[2], 14))
        .hasMessageContaining("same length");
  }

  private static int firstValue(double[] values) {
    int i = 0;
    while (Double.isNaN(values[i])) {
      i++;
    }
    return i;
  }

  private static double[] constant(double value, int length) {
    double[] out = new double[length];
    Arrays.fill(out, value);
    return out;
  }
}
