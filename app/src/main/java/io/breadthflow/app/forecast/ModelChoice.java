package io.breadthflow.app.forecast;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.arima.Arima;
import io.breadthflow.core.forecast.arima.ArimaOrder;
import io.breadthflow.core.forecast.arima.ArimaSpec;
import io.breadthflow.core.forecast.arima.AutoArimaConfig;
import io.breadthflow.core.forecast.arima.AutoArimaForecaster;
import io.breadthflow.core.forecast.arima.Constant;
import io.breadthflow.core.forecast.arima.FitMethod;
import io.breadthflow.core.forecast.regression.FeatureSet;
import io.breadthflow.core.forecast.regression.RegressionConfig;
import io.breadthflow.core.forecast.regression.RegressionForecaster;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a forecast's model is chosen, as a user names it: {@code auto} (R's {@code auto.arima}:
 * stepwise search), {@code auto-exact} (every order, exact likelihood), {@code arima:p,d,q} (one
 * order, R's {@code Arima} defaults: a mean when d = 0, no drift), {@code arima:p,d,q+c} (with a
 * constant: the mean when d = 0, the drift when d = 1), {@code regression} (least squares on the
 * last 5 daily returns) or {@code regression-indicators} (and RSI(14) and the distance from
 * SMA(20)).
 */
public sealed interface ModelChoice {

  /** The name a user gives and the store keys forecasts by. */
  String code();

  /** The forecasting method, for forecasts up to {@code horizon} steps ahead. */
  Forecaster forecaster(int horizon);

  /** {@code auto}. */
  static ModelChoice auto() {
    return new Auto(AutoArimaConfig.defaults(), "auto");
  }

  /**
   * The choice named {@code text}.
   *
   * @throws UseCaseException when it names none, or an order out of range
   */
  static ModelChoice parse(String text) {
    String name = UseCaseException.required(text, "a model").trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "auto":
        return auto();
      case "auto-exact":
        return new Auto(AutoArimaConfig.exact(), "auto-exact");
      case "regression":
        return new Regression(FeatureSet.LAGGED_RETURNS);
      case "regression-indicators":
        return new Regression(FeatureSet.LAGGED_RETURNS_RSI_SMA);
      default:
        Matcher arima = Pattern.compile("arima:(\\d{1,2}),(\\d),(\\d{1,2})(\\+c)?").matcher(name);
        if (!arima.matches()) {
          throw UseCaseException.invalid(
              "model must be auto, auto-exact, regression, regression-indicators or arima:p,d,q[+c],"
                  + " got '"
                  + text
                  + "'");
        }
        int p = Integer.parseInt(arima.group(1));
        int d = Integer.parseInt(arima.group(2));
        int q = Integer.parseInt(arima.group(3));
        Constant constant = arima.group(4) != null || d == 0 ? Constant.INCLUDED : Constant.NONE;
        try {
          return new FixedArima(new ArimaSpec(new ArimaOrder(p, d, q), constant));
        } catch (IllegalArgumentException e) {
          throw UseCaseException.invalid(e.getMessage());
        }
    }
  }

  /** Automatic ARIMA order selection. */
  record Auto(AutoArimaConfig config, String code) implements ModelChoice {
    @Override
    public Forecaster forecaster(int horizon) {
      return new AutoArimaForecaster(config);
    }
  }

  /** One ARIMA order fitted by CSS-ML. */
  record FixedArima(ArimaSpec spec) implements ModelChoice {
    @Override
    public String code() {
      ArimaOrder order = spec.order();
      boolean explicit = spec.constant() == Constant.INCLUDED && order.d() > 0;
      return "arima:" + order.p() + "," + order.d() + "," + order.q() + (explicit ? "+c" : "");
    }

    @Override
    public Forecaster forecaster(int horizon) {
      return history -> Arima.fit(history, spec, FitMethod.CSS_ML);
    }
  }

  /**
   * Least squares on the last 5 daily returns (the seed system's window), with RSI(14) and the
   * distance from SMA(20) too for {@link FeatureSet#LAGGED_RETURNS_RSI_SMA}, one direct regression
   * per step ahead. Its coefficients are kept when it is carried forward, so that a walk-forward's
   * refit schedule decides when they are estimated again.
   *
   * @param features the regressors besides the intercept
   */
  record Regression(FeatureSet features) implements ModelChoice {
    /** Lagged returns as regressors. */
    private static final int WINDOW = 5;

    @Override
    public String code() {
      return features == FeatureSet.LAGGED_RETURNS ? "regression" : "regression-indicators";
    }

    @Override
    public Forecaster forecaster(int horizon) {
      return new RegressionForecaster(new RegressionConfig(WINDOW, horizon, 10_000, features));
    }
  }
}
