package io.breadthflow.core.forecast.evaluation;

import static io.breadthflow.core.forecast.ForecastAssertions.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.RDatasets;
import io.breadthflow.core.forecast.baseline.Drift;
import io.breadthflow.core.forecast.baseline.RandomWalk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk-forward's schedule, and its errors against R's {@code forecast::tsCV}. */
class WalkForwardTest {

  @Test
  void driftErrorsMatchRsTsCvWithAnExpandingWindow() {
    // e <- tsCV(WWWusage, rwf, drift=TRUE, h=1)[-(1:2)]; cat(sqrt(mean(e^2, na.rm=TRUE)),
    // mean(abs(e), na.rm=TRUE)): R's origin 3 (1-based) is origin 2 here
    WalkForwardResult one =
        WalkForward.run(RDatasets.WWWUSAGE, new Drift(), WalkForwardConfig.expanding(2, 1));
    Accuracy accuracy = Accuracy.atStep(one, 1);
    assertThat(accuracy.count()).isEqualTo(97);
    assertRelative(accuracy.rmse(), 5.7733868772063586, 1e-12);
    assertRelative(accuracy.mae(), 4.5870457956551105, 1e-12);
    // e <- tsCV(WWWusage, rwf, drift=TRUE, h=3)[-(1:2), 3]
    WalkForwardResult three =
        WalkForward.run(RDatasets.WWWUSAGE, new Drift(), WalkForwardConfig.expanding(2, 3));
    Accuracy third = Accuracy.atStep(three, 3);
    assertThat(third.count()).isEqualTo(95);
    assertRelative(third.rmse(), 16.114016875694507, 1e-12);
    assertRelative(third.mae(), 13.181034704180815, 1e-12);
  }

  @Test
  void rollingWindowErrorsMatchRsTsCvWithWindow() {
    // e <- tsCV(WWWusage, rwf, drift=TRUE, h=1, window=20)
    WalkForwardConfig drift = new WalkForwardConfig(19, 1, WindowType.rolling(20), 1, 1);
    Accuracy one = Accuracy.atStep(WalkForward.run(RDatasets.WWWUSAGE, new Drift(), drift), 1);
    assertThat(one.count()).isEqualTo(80);
    assertRelative(one.rmse(), 6.1123569269322022, 1e-12);
    assertRelative(one.mae(), 4.8901315789473694, 1e-12);
    // e <- tsCV(WWWusage, naive, h=2, window=20)[, 2]
    WalkForwardConfig naive = new WalkForwardConfig(19, 2, WindowType.rolling(20), 1, 1);
    Accuracy two = Accuracy.atStep(WalkForward.run(RDatasets.WWWUSAGE, new RandomWalk(), naive), 2);
    assertThat(two.count()).isEqualTo(79);
    assertRelative(two.rmse(), 11.105364195921295, 1e-12);
    assertRelative(two.mae(), 9, 1e-12);
  }

  @Test
  void passesExactlyTheWindowEndingAtEachOriginEveryStepBarsApart() {
    double[] series = new double[30];
    for (int i = 0; i < series.length; i++) {
      series[i] = 100 + i;
    }
    Recorder recorder = new Recorder();
    WalkForwardResult result =
        WalkForward.run(series, recorder, new WalkForwardConfig(9, 2, WindowType.rolling(5), 1, 3));
    assertThat(result.origins())
        .extracting(OriginForecast::origin)
        .containsExactly(9, 12, 15, 18, 21, 24, 27);
    for (int i = 0; i < recorder.histories.size(); i++) {
      int origin = 9 + 3 * i;
      assertThat(recorder.histories.get(i))
          .containsExactly(
              series[origin - 4],
              series[origin - 3],
              series[origin - 2],
              series[origin - 1],
              series[origin]);
      assertThat(result.origins().get(i).actual())
          .containsExactly(series[origin + 1], series[origin + 2]);
      assertThat(result.origins().get(i).last()).isEqualTo(series[origin]);
    }
  }

  @Test
  void refitsEveryNthOriginAndCarriesUpdatableModelsForwardInBetween() {
    double[] series = RDatasets.NILE;
    WalkForwardConfig every4 = new WalkForwardConfig(20, 1, WindowType.expanding(), 4, 1);
    WalkForwardResult carried = WalkForward.run(series, new Drift(), every4);
    for (OriginForecast origin : carried.origins()) {
      int refitOrigin = 20 + (origin.origin() - 20) / 4 * 4;
      Drift.Model atRefit = new Drift().fit(java.util.Arrays.copyOf(series, refitOrigin + 1));
      assertThat(origin.forecast().mean(1)).isEqualTo(series[origin.origin()] + atRefit.slope());
    }
    Recorder recorder = new Recorder();
    WalkForward.run(series, recorder, every4);
    assertThat(recorder.histories).hasSize(carried.origins().size());
  }

  @Test
  void refusesASeriesThatLeavesNoOriginAndBadSchedules() {
    assertThatThrownBy(
            () ->
                WalkForward.run(
                    new double[] {1, 2, 3}, new RandomWalk(), WalkForwardConfig.expanding(2, 1)))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("leaves no origin");
    assertThatThrownBy(() -> new WalkForwardConfig(3, 1, WindowType.rolling(5), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too early");
    assertThatThrownBy(() -> new WalkForwardConfig(3, 0, WindowType.expanding(), 1, 1))
        .hasMessage("horizon must be at least 1, was 0");
    assertThatThrownBy(() -> WindowType.rolling(0)).hasMessageContaining("at least 1");
  }

  /** Records every history it is given; forecasts the last value, not updatable. */
  static final class Recorder implements Forecaster {
    final List<double[]> histories = new ArrayList<>();

    @Override
    public FittedModel fit(double[] history) {
      histories.add(history.clone());
      double last = history[history.length - 1];
      return new FittedModel() {
        @Override
        public String description() {
          return "recorder";
        }

        @Override
        public Forecast forecast(int horizon) {
          List<ForecastPoint> points = new ArrayList<>();
          for (int h = 1; h <= horizon; h++) {
            points.add(ForecastPoint.normal(h, last, 1));
          }
          return new Forecast("recorder", points);
        }
      };
    }
  }
}
