package io.breadthflow.core.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeflatedSharpeTest {
  /** E[max of n standard normals] = ∫ x·n·φ(x)·Φ(x)^(n−1) dx, by the trapezoid rule. */
  private static double exactExpectedMaximum(int n) {
    double sum = 0;
    double h = 1e-3;
    for (double x = -10; x <= 10; x += h) {
      sum += x * n * Normal.density(x) * Math.pow(Normal.cdf(x), n - 1) * h;
    }
    return sum;
  }

  @Test
  void reproducesTheNumericalExampleOfBaileyAndLopezDePrado() {
    // Their section "A numerical example": 100 trials whose annualised Sharpe ratios have variance
    // 1/2, the best at 2.5 over 5 years of daily returns (T = 1250, 250 a year), skewness −3 and
    // kurtosis 10; they report a DSR of 0.9004.
    double perYear = Math.sqrt(250);
    double sr0 = DeflatedSharpe.expectedMaximum(0.5 / 250, 100);
    double dsr = DeflatedSharpe.probabilistic(2.5 / perYear, sr0, 1250, -3, 10);

    assertThat(dsr).isCloseTo(0.9004, within(5e-5));
    // The same figure written out from the formula with its constants.
    double expected =
        Math.sqrt(0.5 / 250)
            * ((1 - 0.5772156649) * Normal.quantile(0.99)
                + 0.5772156649 * Normal.quantile(1 - 1 / (100 * Math.E)));
    double z =
        (2.5 / perYear - expected)
            * Math.sqrt(1249)
            / Math.sqrt(1 + 3 * 2.5 / perYear + 9.0 / 4 * 6.25 / 250);
    assertThat(dsr).isCloseTo(Normal.cdf(z), within(1e-12));
  }

  @Test
  void theExpectedMaximumIsCloseToTheExactExpectationOfTheMaximumOfNormals() {
    for (int n : new int[] {10, 100, 1000}) {
      assertThat(DeflatedSharpe.expectedMaximum(1, n))
          .as("N=%d", n)
          .isCloseTo(exactExpectedMaximum(n), within(0.03 * exactExpectedMaximum(n)));
    }
    assertThat(DeflatedSharpe.expectedMaximum(4, 100))
        .isCloseTo(2 * DeflatedSharpe.expectedMaximum(1, 100), within(1e-12));
  }

  @Test
  void withOneTrialTheDeflatedRatioIsTheProbabilisticRatioAgainstZero() {
    double[] returns = returns(500, 0.0005, 0.01, 7);
    DeflatedSharpe one = DeflatedSharpe.of(returns, 0, new double[] {0.05}, 1);

    assertThat(one.expectedMaximum()).isZero();
    assertThat(one.deflated()).isEqualTo(one.probabilistic());
    assertThat(DeflatedSharpe.probabilistic(0, 0, 500, 0, 3)).isEqualTo(0.5);
  }

  @Test
  void momentsAreThoseOfTheReturnsAndMoreTrialsDeflateMore() {
    double[] returns = returns(750, 0.001, 0.01, 11);
    int n = returns.length;
    double mean = 0;
    for (double r : returns) {
      mean += r / n;
    }
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double r : returns) {
      m2 += Math.pow(r - mean, 2) / n;
      m3 += Math.pow(r - mean, 3) / n;
      m4 += Math.pow(r - mean, 4) / n;
    }
    double[] trials = {0.01, 0.03, 0.05, 0.02};
    DeflatedSharpe few = DeflatedSharpe.of(returns, 0.0001, trials, 4);
    DeflatedSharpe many = DeflatedSharpe.of(returns, 0.0001, trials, 400);

    assertThat(few.sharpe())
        .isCloseTo((mean - 0.0001) / Math.sqrt(m2 * n / (n - 1)), within(1e-12));
    assertThat(few.skewness()).isCloseTo(m3 / Math.pow(m2, 1.5), within(1e-9));
    assertThat(few.kurtosis()).isCloseTo(m4 / (m2 * m2), within(1e-9));
    assertThat(few.trialVariance()).isCloseTo(2.9166666666666666e-4, within(1e-15));
    assertThat(few.observations()).isEqualTo(750);
    assertThat(many.deflated()).isLessThan(few.deflated());
    assertThat(few.deflated()).isLessThan(few.probabilistic());
  }

  private static double[] returns(int n, double mean, double sigma, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = mean + sigma * random.nextGaussian();
    }
    return r;
  }
}
