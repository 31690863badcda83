package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.RFixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A fitted ARIMA carried forward to a longer history keeps its coefficients and forecasts from the
 * new end, as {@code forecast::Arima(x, model = fit)} (R 4.2.2, forecast 8.20).
 */
class ArimaCarriedForwardTest {
  private static final double[] WWW = RFixtures.classicSeries().get("WWWusage");

  @Test
  void forecastsAsRFromTheLongerHistoryWithTheSameCoefficients() {
    // f <- Arima(ts(x[1:80]), order=c(1,1,1)); fc <- forecast(Arima(ts(x), model=f), h=3)
    ArimaFit fit =
        Arima.fit(
            Arrays.copyOf(WWW, 80),
            new ArimaSpec(new ArimaOrder(1, 1, 1), Constant.NONE),
            FitMethod.CSS_ML);
    ArimaFit carried = fit.update(WWW);
    Forecast forecast = carried.forecast(3);

    assertThat(carried.coefficients()).containsExactly(fit.coefficients());
    assertThat(fit.coefficients()[0]).isCloseTo(0.62385994845230985, relative(1e-3));
    assertClose(forecast, 218.95662528484846, 218.30570558883758, 217.89962286083764);
    assertThat(forecast.points().get(2).lower95()).isCloseTo(195.19300815600494, relative(1e-3));
    assertThat(forecast.points().get(2).upper80()).isCloseTo(232.74668018063082, relative(1e-3));
  }

  @Test
  void aDriftIsExtrapolatedFromTheNewEnd() {
    // f2 <- Arima(ts(x[1:80]), order=c(0,1,1), include.drift=TRUE); forecast(Arima(ts(x),
    // model=f2), h=3)
    ArimaFit fit =
        Arima.fit(
            Arrays.copyOf(WWW, 80),
            new ArimaSpec(new ArimaOrder(0, 1, 1), Constant.INCLUDED),
            FitMethod.CSS_ML);
    Forecast forecast = fit.update(WWW).forecast(3);

    assertClose(forecast, 219.18387398080517, 219.48398824496701, 219.78410250912887);
    assertThat(forecast.points().get(2).upper95()).isCloseTo(239.33028125785452, relative(1e-3));
  }

  @Test
  void carriedForwardToItsOwnHistoryItForecastsWhatItForecast() {
    ArimaFit fit =
        Arima.fit(WWW, new ArimaSpec(new ArimaOrder(2, 1, 0), Constant.NONE), FitMethod.CSS_ML);

    assertThat(fit.update(WWW).forecast(4).points())
        .extracting(ForecastPoint::mean)
        .containsExactlyElementsOf(
            fit.forecast(4).points().stream().map(ForecastPoint::mean).toList());
  }

  private static void assertClose(Forecast forecast, double... means) {
    for (int h = 1; h <= means.length; h++) {
      assertThat(forecast.mean(h)).as("step %d", h).isCloseTo(means[h - 1], relative(1e-4));
    }
  }

  private static org.assertj.core.data.Percentage relative(double fraction) {
    return org.assertj.core.data.Percentage.withPercentage(fraction * 100);
  }
}
