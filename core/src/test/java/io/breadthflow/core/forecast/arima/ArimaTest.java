package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.RFixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ARIMA API, the other fitting methods and the edge cases, against numbers printed by R 4.2.2
 * with forecast 8.20 (each test names the R call); {@link ArimaAgainstRTest} covers the CSS-ML
 * grid.
 */
class ArimaTest {
  private static final double[] WWW_USAGE = RFixtures.classicSeries().get("WWWusage");
  private static final double[] LAKE_HURON = RFixtures.classicSeries().get("LakeHuron");
  private static final double[] LYNX = RFixtures.classicSeries().get("lynx");

  @Test
  void ordersOutsideTheSupportedRangeAreRefused() {
    assertThatThrownBy(() -> new ArimaOrder(11, 0, 0)).hasMessageContaining("p must be 0 to 10");
    assertThatThrownBy(() -> new ArimaOrder(0, 3, 0)).hasMessageContaining("d must be 0 to 2");
    assertThatThrownBy(() -> new ArimaOrder(0, 0, -1)).hasMessageContaining("q must be 0 to 10");
    assertThat(new ArimaOrder(2, 1, 3)).hasToString("ARIMA(2,1,3)");
  }

  @Test
  void aConstantWithTwoDifferencesIsRefusedAsForecastDropsIt() {
    assertThatThrownBy(() -> ArimaSpec.of(0, 2, 1, Constant.INCLUDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d = 2");
  }

  @Test
  void descriptionsReadAsForecastPrintsThem() {
    assertThat(ArimaSpec.of(0, 1, 1, Constant.INCLUDED).description())
        .isEqualTo("ARIMA(0,1,1) with drift");
    assertThat(ArimaSpec.of(2, 0, 1, Constant.INCLUDED).description())
        .isEqualTo("ARIMA(2,0,1) with non-zero mean");
    assertThat(ArimaSpec.of(1, 1, 0, Constant.NONE).description()).isEqualTo("ARIMA(1,1,0)");
    assertThat(ArimaSpec.of(0, 0, 0, Constant.NONE).description())
        .isEqualTo("ARIMA(0,0,0) with zero mean");
  }

  /** {@code Arima(WWWusage, order = c(1,1,1), method = "ML")}. */
  @Test
  void exactMaximumLikelihoodFromZeroMatchesRForWWWusage() {
    ArimaFit fit = Arima.fit(WWW_USAGE, ArimaSpec.of(1, 1, 1, Constant.NONE), FitMethod.ML);
    assertThat(fit.coefficientNames()).containsExactly("ar1", "ma1");
    assertClose(fit.coefficients(), 1e-6, 0.65037807465478203, 0.52558879834787753);
    assertClose(fit.standardErrors(), 1e-4, 0.084241071621097841, 0.089556371202769075);
    assertThat(fit.logLikelihood()).isCloseTo(-254.14973578648153, within(1e-6));
    assertThat(fit.aicc()).isCloseTo(514.55210315191039, within(1e-6));
    assertThat(fit.sigma2()).isCloseTo(9.9953262911593797, within(1e-6));
    Forecast forecast = fit.forecast(3);
    assertClose(means(forecast), 1e-6, 218.88050553997471, 218.15241088847677, 217.6788740908691);
    assertThat(forecast.points().get(2).lower95()).isCloseTo(194.17862386133407, within(1e-5));
    assertThat(forecast.points().get(1).upper80()).isCloseTo(227.855162576212, within(1e-5));
  }

  /** {@code Arima(LakeHuron, order = c(1,0,1), method = "CSS")}: loglik from the CSS, aic NA. */
  @Test
  void conditionalSumOfSquaresMatchesRForLakeHuronWithAMean() {
    ArimaFit fit = Arima.fit(LAKE_HURON, ArimaSpec.of(1, 0, 1, Constant.INCLUDED), FitMethod.CSS);
    assertThat(fit.coefficientNames()).containsExactly("ar1", "ma1", "intercept");
    assertClose(
        fit.coefficients(), 1e-6, 0.76713425502562416, 0.27440517647656715, 579.00809950879488);
    assertClose(
        fit.standardErrors(), 1e-4, 0.073234654409079419, 0.1079761561597983, 0.38301704384924218);
    assertThat(fit.logLikelihood()).isCloseTo(-103.26567174035733, within(1e-6));
    assertThat(fit.aic()).isNaN();
    assertThat(fit.aicc()).isNaN();
    assertThat(fit.bic()).isNaN();
    assertThat(fit.sigma2()).isCloseTo(0.4918505882999667, within(1e-8));
    Forecast forecast = fit.forecast(3);
    assertClose(means(forecast), 1e-6, 579.75314640880617, 579.57965050739426, 579.44655585831458);
    assertThat(forecast.points().get(2).lower95()).isCloseTo(577.17823252204653, within(1e-5));
  }

  /** {@code Arima(lynx, order = c(2,0,0), include.mean = FALSE, method = "CSS")}. */
  @Test
  void conditionalSumOfSquaresMatchesRForLynxWithZeroMean() {
    ArimaFit fit = Arima.fit(LYNX, ArimaSpec.of(2, 0, 0, Constant.NONE), FitMethod.CSS);
    assertThat(fit.description()).isEqualTo("ARIMA(2,0,0) with zero mean");
    assertThat(fit.constant()).isNaN();
    assertClose(fit.ar(), 1e-6, 1.2790305714985866, -0.49031061441336121);
    assertThat(fit.logLikelihood()).isCloseTo(-950.29971425494341, within(1e-6));
    assertThat(fit.sigma2()).isCloseTo(1018710.0673552786, withPercentage(1e-6));
    assertClose(
        means(fit.forecast(3)), 1e-5, 3040.8325183128991, 2224.222907181459, 1353.8966357304234);
  }

  /** {@code Arima(WWWusage, order = c(0,1,2), include.drift = TRUE, method = "CSS")}. */
  @Test
  void conditionalSumOfSquaresMatchesRWithADrift() {
    ArimaFit fit = Arima.fit(WWW_USAGE, ArimaSpec.of(0, 1, 2, Constant.INCLUDED), FitMethod.CSS);
    assertThat(fit.coefficientNames()).containsExactly("ma1", "ma2", "drift");
    assertClose(
        fit.coefficients(), 1e-6, 1.1073869548262663, 0.49207571455644333, 0.78225700978510448);
    assertThat(fit.logLikelihood()).isCloseTo(-258.82071937436194, within(1e-6));
    Forecast forecast = fit.forecast(3);
    assertClose(means(forecast), 1e-6, 220.26282160118097, 220.69417079347619, 221.47642780326129);
    assertThat(forecast.points().get(2).upper80()).isCloseTo(236.49844929843206, within(1e-5));
  }

  /** {@code Arima(as.numeric(austres), order = c(1,0,0))}: an AR root a hair from 1. */
  @Test
  void nearUnitRootMatchesR() {
    double[] austres = RFixtures.classicSeries().get("austres");
    ArimaFit fit = Arima.fit(austres, ArimaSpec.of(1, 0, 0, Constant.INCLUDED), FitMethod.CSS_ML);
    assertClose(fit.coefficients(), 1e-6, 0.9997222185869824, 15331.321322715989);
    assertThat(fit.logLikelihood()).isCloseTo(-484.57355945816533, within(1e-6));
    assertThat(fit.smallestRootModulus()).isCloseTo(1 / 0.9997222185869824, within(1e-9));
    assertClose(
        means(fit.forecast(3)), 1e-7, 17660.85271967444, 17660.205619151326, 17659.558698380708);
  }

  /**
   * {@code Arima(rep(5, 20), order = c(0,1,0))}: no coefficient, a zero sum of squares, R's loglik
   * is {@code Inf} and the forecast is the last value with the diffuse first residual's tiny
   * sigma2.
   */
  @Test
  void randomWalkOnAConstantSeriesHasRsUnboundedLikelihood() {
    double[] flat = new double[20];
    Arrays.fill(flat, 5);
    ArimaFit fit = Arima.fit(flat, ArimaSpec.of(0, 1, 0, Constant.NONE), FitMethod.CSS_ML);
    assertThat(fit.logLikelihood()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(fit.aicc()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(fit.sigma2()).isCloseTo(1.3157881578960527e-06, withPercentage(1e-6));
    assertThat(fit.residuals()[0]).isCloseTo(0.0049999975000018749, within(1e-15));
    Forecast forecast = fit.forecast(3);
    assertClose(means(forecast), 1e-12, 5, 5, 5);
    assertThat(forecast.points().get(2).lower95()).isCloseTo(4.9961059483727173, within(1e-9));
  }

  @Test
  void aConstantSeriesWithCoefficientsToEstimateIsAClearError() {
    double[] flat = new double[20];
    Arrays.fill(flat, 5);
    assertThatThrownBy(
            () -> Arima.fit(flat, ArimaSpec.of(1, 0, 0, Constant.INCLUDED), FitMethod.CSS_ML))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("is constant");
    double[] line = new double[20];
    Arrays.setAll(line, t -> 3 + 2.0 * t);
    assertThatThrownBy(
            () -> Arima.fit(line, ArimaSpec.of(0, 1, 0, Constant.INCLUDED), FitMethod.CSS_ML))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("differenced 1 time is constant");
  }

  @Test
  void tooFewObservationsNamesTheMinimum() {
    assertThatThrownBy(
            () ->
                Arima.fit(
                    new double[] {1, 2, 4, 3, 5},
                    ArimaSpec.of(2, 1, 2, Constant.INCLUDED),
                    FitMethod.CSS_ML))
        .isInstanceOf(ForecastException.class)
        .hasMessage(
            "ARIMA(2,1,2) with drift needs at least 7 observations (1 for differencing, 5 for the"
                + " coefficients, 1 for the variance); the series has 5");
  }

  @Test
  void nonFiniteValuesAreRefused() {
    double[] y = Arrays.copyOf(WWW_USAGE, WWW_USAGE.length);
    y[7] = Double.NaN;
    assertThatThrownBy(() -> Arima.fit(y, ArimaSpec.of(1, 1, 0, Constant.NONE), FitMethod.CSS_ML))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("non-finite value (NaN) at position 8");
    y[7] = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> Arima.fit(y, ArimaSpec.of(0, 0, 0, Constant.NONE), FitMethod.CSS))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("Infinity");
  }

  /** {@code Arima(uspop, order = c(1,1,0))} stops with "non-stationary AR part from CSS". */
  @Test
  void explosiveGrowthGivesRsNonStationaryError() {
    double[] uspop = RFixtures.classicSeries().get("uspop");
    assertThatThrownBy(
            () -> Arima.fit(uspop, ArimaSpec.of(1, 1, 0, Constant.NONE), FitMethod.CSS_ML))
        .isInstanceOf(ForecastException.class)
        .hasMessageStartingWith("cannot fit ARIMA(1,1,0): non-stationary AR part from CSS");
  }

  /**
   * {@code Arima(MSFT closes, order = c(2,0,3), include.mean = TRUE)} stops with "non-finite
   * finite-difference value [2]".
   */
  @Test
  void aLikelihoodTurningNonFiniteIsAnErrorAsInR() {
    double[] msft = RFixtures.realCloses("MSFT");
    assertThatThrownBy(
            () -> Arima.fit(msft, ArimaSpec.of(2, 0, 3, Constant.INCLUDED), FitMethod.CSS_ML))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("ARIMA(2,0,3) with non-zero mean")
        .hasMessageContaining("not finite");
  }

  @Test
  void informationCriteriaFollowForecastsDefinitions() {
    ArimaFit fit =
        Arima.fit(LAKE_HURON, ArimaSpec.of(2, 0, 0, Constant.INCLUDED), FitMethod.CSS_ML);
    int npar = 4;
    double nstar = LAKE_HURON.length;
    assertThat(fit.observationsUsed()).isEqualTo(LAKE_HURON.length);
    assertThat(fit.aic()).isCloseTo(-2 * fit.logLikelihood() + 2 * npar, within(1e-9));
    assertThat(fit.aicc())
        .isCloseTo(fit.aic() + 2.0 * npar * (npar + 1) / (nstar - npar - 1), within(1e-9));
    assertThat(fit.bic()).isCloseTo(fit.aic() + npar * (Math.log(nstar) - 2), within(1e-9));
    assertThat(fit.residuals()).hasSize(LAKE_HURON.length);
  }

  private static double[] means(Forecast forecast) {
    return forecast.points().stream().mapToDouble(p -> p.mean()).toArray();
  }

  private static void assertClose(double[] actual, double tolerance, double... expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i])
          .as("element %d", i)
          .isCloseTo(expected[i], within(tolerance * Math.max(1, Math.abs(expected[i]))));
    }
  }
}
