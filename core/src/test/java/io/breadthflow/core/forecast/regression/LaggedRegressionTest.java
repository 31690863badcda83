package io.breadthflow.core.forecast.regression;

import static io.breadthflow.core.forecast.ForecastAssertions.assertMatches;
import static io.breadthflow.core.forecast.ForecastAssertions.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.RDatasets;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.Sma;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The lagged-return regression against R 4.2.2's {@code lm} and {@code predict.lm}. */
class LaggedRegressionTest {
  private static final double TOLERANCE = 1e-9;

  /*
   * WWWusage taken as prices, window 3, horizon 2, lagged returns only. R:
   *   y <- as.numeric(WWWusage); n <- length(y); w <- 3
   *   r <- c(NA, y[-1]/y[-n] - 1); row <- function(t) r[t - 0:(w-1)]
   *   for (k in 1:2) { ts <- (w+1):(n-k); X <- t(sapply(ts, row)); colnames(X) <- c("l0","l1","l2")
   *     d <- data.frame(yy = y[ts+k]/y[ts] - 1, X); fit <- lm(yy ~ l0 + l1 + l2, data = d)
   *     nd <- data.frame(t(row(n))); colnames(nd) <- c("l0","l1","l2")
   *     p80 <- predict(fit, nd, interval="prediction", level=0.80)
   *     p95 <- predict(fit, nd, interval="prediction", level=0.95)
   *     cat(coef(fit), summary(fit)$r.squared, summary(fit)$sigma,
   *         y[n]*(1+p80[1]), y[n]*(1+p80[2]), y[n]*(1+p95[2]), y[n]*(1+p80[3]), y[n]*(1+p95[3])) }
   */
  private static final RegressionConfig WWW =
      new RegressionConfig(3, 2, 1, FeatureSet.LAGGED_RETURNS);

  @Test
  void coefficientsRSquaredAndSigmaMatchRsLmForWWWusage() {
    LaggedRegression model = new RegressionForecaster(WWW).fit(RDatasets.WWWUSAGE);
    double[][] coefficients = {
      {0.0021539359191323857, 1.0700060937705538, -0.53501987186915556, 0.27760498525888788},
      {0.0082305778641842096, 1.6940518998441827, -0.81942718040071938, 0.55734329272741889}
    };
    double[] rSquared = {0.68368021931566558, 0.52838645339845636};
    double[] sigma = {0.025241681117451037, 0.059345877483469422};
    for (int k = 1; k <= 2; k++) {
      double[] b = model.coefficients(k);
      for (int j = 0; j < b.length; j++) {
        assertRelative(b[j], coefficients[k - 1][j], TOLERANCE);
      }
      assertRelative(model.rSquared(k), rSquared[k - 1], TOLERANCE);
      assertRelative(model.residualSigma(k), sigma[k - 1], TOLERANCE);
    }
    assertThat(model.fit(1).observations()).isEqualTo(96);
    assertThat(model.fit(2).observations()).isEqualTo(95);
    assertThat(model.termNames()).containsExactly("(intercept)", "r[t]", "r[t-1]", "r[t-2]");
  }

  @Test
  void pricePathAndPredictionIntervalsMatchRsPredictLm() {
    double[][] r = {
      {
        219.90066740272189,
        212.67765852398273,
        208.78718602471682,
        227.12367628146106,
        231.01414878072697
      },
      {
        220.56826191863323,
        203.58298100737773,
        194.4325835017772,
        237.55354282988876,
        246.70394033548925
      }
    };
    LaggedRegression model = new RegressionForecaster(WWW).fit(RDatasets.WWWUSAGE);
    assertMatches(model.forecast(2), r, TOLERANCE);
    assertThat(model.description()).isEqualTo("linear regression on 3 lagged returns");
  }

  @Test
  void indicatorFeaturesAreTheProjectsRsiAndSmaAtTheSameBar() {
    double[] closes = RDatasets.NILE;
    Features features = new Features(closes, 2, FeatureSet.LAGGED_RETURNS_RSI_SMA);
    double[] rsi = Rsi.compute(closes, 14);
    double[] sma = Sma.compute(closes, 20);
    assertThat(features.first()).isEqualTo(19);
    for (int t = features.first(); t < closes.length; t++) {
      double[] row = features.row(t);
      assertThat(row).hasSize(5);
      assertThat(row[0]).isEqualTo(1);
      assertThat(row[1]).isEqualTo(closes[t] / closes[t - 1] - 1);
      assertThat(row[2]).isEqualTo(closes[t - 1] / closes[t - 2] - 1);
      assertThat(row[3]).isEqualTo(rsi[t] / 100).isFinite();
      assertThat(row[4]).isEqualTo(closes[t] / sma[t] - 1).isFinite();
    }
    LaggedRegression model =
        LaggedRegression.fit(
            closes, new RegressionConfig(2, 1, 1, FeatureSet.LAGGED_RETURNS_RSI_SMA));
    assertThat(model.termNames()).endsWith("rsi14/100", "close/sma20-1");
    assertThat(model.fit(1).observations()).isEqualTo(closes.length - 1 - 19);
  }

  @Test
  void updateKeepsCoefficientsUntilRefitEveryUpdatesThenReestimates() {
    double[] longer = RDatasets.WWWUSAGE;
    double[] shorter = Arrays.copyOf(longer, 90);
    RegressionConfig every3 = new RegressionConfig(3, 1, 3, FeatureSet.LAGGED_RETURNS);
    LaggedRegression fitted = LaggedRegression.fit(shorter, every3);
    LaggedRegression once = fitted.update(Arrays.copyOf(longer, 91));
    LaggedRegression twice = once.update(Arrays.copyOf(longer, 92));
    LaggedRegression thrice = twice.update(Arrays.copyOf(longer, 93));
    assertThat(twice.coefficients(1)).isEqualTo(fitted.coefficients(1));
    assertThat(thrice.coefficients(1))
        .isEqualTo(LaggedRegression.fit(Arrays.copyOf(longer, 93), every3).coefficients(1))
        .isNotEqualTo(fitted.coefficients(1));
    double[] row = new Features(Arrays.copyOf(longer, 92), 3, FeatureSet.LAGGED_RETURNS).row(91);
    assertThat(twice.forecast(1).mean(1)).isEqualTo(longer[91] * (1 + fitted.fit(1).predict(row)));
  }

  @Test
  void refusesForecastsBeyondItsHorizonAndTooShortOrCollinearHistories() {
    LaggedRegression model = LaggedRegression.fit(RDatasets.WWWUSAGE, WWW);
    assertThatThrownBy(() -> model.forecast(3))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("at most 2 steps");
    assertThatThrownBy(() -> LaggedRegression.fit(Arrays.copyOf(RDatasets.WWWUSAGE, 9), WWW))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("at least 10 prices");
    double[] constant = new double[50];
    Arrays.fill(constant, 100);
    assertThatThrownBy(() -> LaggedRegression.fit(constant, WWW))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("'r[t]' is constant or collinear");
    assertThatThrownBy(() -> LaggedRegression.fit(new double[] {1, -1, 2}, WWW))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("positive prices");
  }

  @Test
  void configRejectsOutOfRangeValuesWithTheRange() {
    assertThatThrownBy(() -> new RegressionConfig(0, 1, 1, FeatureSet.LAGGED_RETURNS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be between 1 and 60 (inclusive), was 0");
    assertThatThrownBy(() -> new RegressionConfig(5, 61, 1, FeatureSet.LAGGED_RETURNS))
        .hasMessage("horizon must be between 1 and 60 (inclusive), was 61");
    assertThatThrownBy(() -> new RegressionConfig(5, 1, 10_001, FeatureSet.LAGGED_RETURNS))
        .hasMessage("refitEvery must be between 1 and 10000 (inclusive), was 10001");
    assertThatThrownBy(() -> new RegressionConfig(5, 1, 1, null))
        .hasMessage("features must be given");
    assertThat(RegressionConfig.DEFAULT)
        .isEqualTo(new RegressionConfig(5, 1, 1, FeatureSet.LAGGED_RETURNS));
  }
}
