package io.breadthflow.core.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.UpdatableModel;
import io.breadthflow.core.forecast.baseline.Drift;
import io.breadthflow.core.forecast.regression.FeatureSet;
import io.breadthflow.core.forecast.regression.RegressionConfig;
import io.breadthflow.core.forecast.regression.RegressionForecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random price series and random schedules (plain JUnit loops: core has no
 * property-testing dependency): the walk-forward never shows a model a value after the origin, and
 * changing the future never changes a forecast already made.
 */
class NoLookAheadTest {
  private static final int CASES = 200;

  @Test
  void modelsSeeOnlyTheWindowEndingAtTheOriginInFitsAndUpdates() {
    for (int seed = 0; seed < CASES; seed++) {
      Random random = new Random(seed);
      double[] series = prices(random);
      WalkForwardConfig config = schedule(random, series.length);
      Spy spy = new Spy(regression(random, config.horizon()));
      WalkForwardResult result = WalkForward.run(series, spy, config);

      assertThat(spy.seen).as("seed %d", seed).hasSize(result.origins().size());
      for (int i = 0; i < spy.seen.size(); i++) {
        int origin = result.origins().get(i).origin();
        double[] expected = Arrays.copyOfRange(series, config.window().start(origin), origin + 1);
        assertThat(spy.seen.get(i)).as("seed %d, origin %d", seed, origin).isEqualTo(expected);
      }
    }
  }

  @Test
  void changingValuesAfterAnOriginNeverChangesTheForecastMadeThere() {
    for (int seed = 0; seed < CASES; seed++) {
      Random random = new Random(seed);
      double[] series = prices(random);
      WalkForwardConfig config = schedule(random, series.length);
      Forecaster regression = regression(random, config.horizon());
      int cut = config.firstOrigin() + random.nextInt(series.length - config.firstOrigin() - 1);
      double[] mutated = series.clone();
      for (int i = cut + 1; i < mutated.length; i++) {
        mutated[i] *= Math.exp(0.2 * random.nextGaussian());
      }
      for (Forecaster forecaster : List.of(regression, new Drift())) {
        List<OriginForecast> before = WalkForward.run(series, forecaster, config).origins();
        List<OriginForecast> after = WalkForward.run(mutated, forecaster, config).origins();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size() && before.get(i).origin() <= cut; i++) {
          assertThat(after.get(i).forecast())
              .as("seed %d, origin %d, cut %d", seed, before.get(i).origin(), cut)
              .isEqualTo(before.get(i).forecast());
        }
      }
    }
  }

  @Test
  void aModelWritingIntoItsHistoryCannotChangeTheSeries() {
    double[] series = prices(new Random(7));
    double[] original = series.clone();
    Forecaster vandal =
        history -> {
          Arrays.fill(history, 1);
          return new Drift().fit(new double[] {1, 2, 3});
        };
    WalkForwardResult result = WalkForward.run(series, vandal, WalkForwardConfig.expanding(10, 2));
    assertThat(series).isEqualTo(original);
    assertThat(result.origins().get(5).actual(1)).isEqualTo(original[16]);
  }

  private static double[] prices(Random random) {
    double[] prices = new double[120 + random.nextInt(120)];
    double price = 50 + 100 * random.nextDouble();
    for (int i = 0; i < prices.length; i++) {
      price *= Math.exp(0.02 * random.nextGaussian());
      prices[i] = price;
    }
    return prices;
  }

  private static WalkForwardConfig schedule(Random random, int length) {
    int horizon = 1 + random.nextInt(3);
    int first = 60 + random.nextInt(length - 60 - horizon - 5);
    WindowType window =
        random.nextBoolean() ? WindowType.expanding() : WindowType.rolling(50 + random.nextInt(11));
    return new WalkForwardConfig(
        first, horizon, window, 1 + random.nextInt(5), 1 + random.nextInt(3));
  }

  private static Forecaster regression(Random random, int horizon) {
    FeatureSet features =
        random.nextBoolean() ? FeatureSet.LAGGED_RETURNS : FeatureSet.LAGGED_RETURNS_RSI_SMA;
    return new RegressionForecaster(
        new RegressionConfig(1 + random.nextInt(5), horizon, 1 + random.nextInt(4), features));
  }

  /** Records every history passed to a fit or an update of the models it returns. */
  private static final class Spy implements Forecaster {
    private final Forecaster delegate;
    private final List<double[]> seen = new ArrayList<>();

    Spy(Forecaster delegate) {
      this.delegate = delegate;
    }

    @Override
    public UpdatableModel fit(double[] history) {
      seen.add(history.clone());
      return new Watched((UpdatableModel) delegate.fit(history));
    }

    private final class Watched implements UpdatableModel {
      private final UpdatableModel model;

      Watched(UpdatableModel model) {
        this.model = model;
      }

      @Override
      public String description() {
        return model.description();
      }

      @Override
      public Forecast forecast(int horizon) {
        return model.forecast(horizon);
      }

      @Override
      public UpdatableModel update(double[] history) {
        seen.add(history.clone());
        return new Watched(model.update(history));
      }
    }
  }
}
