package io.breadthflow.core.forecast.evaluation;

import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.UpdatableModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rolling-origin evaluation (Tashman 2000; Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles
 * and Practice</i>, §5.10). At each origin t of the {@link WalkForwardConfig} the model receives a
 * fresh copy of series[start … t] and nothing later, so it cannot look ahead, then forecasts {@code
 * horizon} steps, which are recorded with the actuals.
 *
 * <p>Refits: at every {@code refitEvery}-th origin, counting the first, the forecaster fits afresh.
 * In between, a model that is an {@link UpdatableModel} is carried forward with {@link
 * UpdatableModel#update} to the copy of the history at the new origin (its parameters stay those
 * estimated at the last refit, from data known then; a model with its own refit schedule may
 * re-estimate on the copy it is given); any other model is fitted afresh, which is never less
 * honest.
 */
public final class WalkForward {
  private WalkForward() {}

  /**
   * Runs {@code forecaster} along {@code series}.
   *
   * @throws ForecastException when the series leaves no origin, or the model cannot be fitted or
   *     forecast at some origin
   */
  public static WalkForwardResult run(
      double[] series, Forecaster forecaster, WalkForwardConfig config) {
    int lastOrigin = series.length - 1 - config.horizon();
    if (config.firstOrigin() > lastOrigin) {
      throw new ForecastException(
          "a series of "
              + series.length
              + " values leaves no origin from "
              + config.firstOrigin()
              + " with "
              + config.horizon()
              + " actuals after it");
    }
    List<OriginForecast> origins = new ArrayList<>();
    FittedModel model = null;
    int index = 0;
    for (int t = config.firstOrigin(); t <= lastOrigin; t += config.step(), index++) {
      double[] history = Arrays.copyOfRange(series, config.window().start(t), t + 1);
      boolean refit = index % config.refitEvery() == 0 || !(model instanceof UpdatableModel);
      model = refit ? forecaster.fit(history) : ((UpdatableModel) model).update(history);
      Forecast forecast = model.forecast(config.horizon());
      if (forecast.horizon() != config.horizon()) {
        throw new IllegalStateException(
            model.description()
                + " returned "
                + forecast.horizon()
                + " steps, not "
                + config.horizon());
      }
      double[] actual = Arrays.copyOfRange(series, t + 1, t + 1 + config.horizon());
      origins.add(new OriginForecast(t, series[t], forecast, actual));
    }
    return new WalkForwardResult(origins.get(0).forecast().model(), config, origins);
  }
}
