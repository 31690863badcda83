package io.breadthflow.core.forecast.regression;

import static io.breadthflow.core.forecast.ForecastAssertions.assertRelative;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.forecast.ForecastException;
import org.junit.jupiter.api.Test;

/** The least-squares solver against R 4.2.2's {@code lm} on a small fixed design. */
class OlsTest {

  /*
   * R: x1 <- c(1, 2, 3, 4, 5, 6, 7, 8); x2 <- c(2, 1, 4, 3, 6, 5, 8, 9)
   *    y <- c(1.1, 1.9, 3.2, 3.9, 5.3, 5.8, 7.4, 7.9); fit <- lm(y ~ x1 + x2)
   *    cat(coef(fit), summary(fit)$sigma, summary(fit)$r.squared)
   *    p <- predict(fit, data.frame(x1 = 9, x2 = 7), se.fit = TRUE)
   *    cat(p$fit, sqrt(p$se.fit^2 + p$residual.scale^2))
   */
  private static final double[] X1 = {1, 2, 3, 4, 5, 6, 7, 8};
  private static final double[] X2 = {2, 1, 4, 3, 6, 5, 8, 9};
  private static final double[] Y = {1.1, 1.9, 3.2, 3.9, 5.3, 5.8, 7.4, 7.9};
  private static final double[] R_COEFFICIENTS = {
    0.057843137254902088, 0.8323529411764703, 0.15980392156862763
  };
  private static final double R_SIGMA = 0.17444590149676648;
  private static final double R_R_SQUARED = 0.99643148866359599;
  private static final double R_PREDICTION = 8.6676470588235279;
  private static final double R_PREDICTION_SE = 0.27663324376707371;

  @Test
  void matchesRsLmOnASmallDesign() {
    double[][] rows = new double[X1.length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {1, X1[i], X2[i]};
    }
    OlsFit fit = Ols.fit(rows, Y, "(intercept)", "x1", "x2");
    double[] b = fit.coefficients();
    for (int j = 0; j < 3; j++) {
      assertRelative(b[j], R_COEFFICIENTS[j], 1e-10);
    }
    assertRelative(fit.sigma(), R_SIGMA, 1e-10);
    assertRelative(fit.rSquared(), R_R_SQUARED, 1e-12);
    double[] x = {1, 9, 7};
    assertRelative(fit.predict(x), R_PREDICTION, 1e-12);
    assertRelative(fit.predictionStandardError(x), R_PREDICTION_SE, 1e-10);
  }

  @Test
  void refusesCollinearColumnsNamingTheTerm() {
    double[][] rows = new double[X1.length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {1, X1[i], 2 * X1[i] - 3};
    }
    assertThatThrownBy(() -> Ols.fit(rows, Y, "(intercept)", "x1", "twice x1"))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("'twice x1' is constant or collinear");
  }

  @Test
  void refusesAsManyTermsAsObservations() {
    double[][] rows = {{1, 2}, {1, 3}};
    assertThatThrownBy(() -> Ols.fit(rows, new double[] {1, 2}, "a", "b"))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("more than 2 observations");
  }
}
