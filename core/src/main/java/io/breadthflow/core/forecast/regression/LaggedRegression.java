package io.breadthflow.core.forecast.regression;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.UpdatableModel;
import io.breadthflow.core.forecast.distribution.StudentT;
import java.util.ArrayList;
import java.util.List;

/**
 * Linear regression of future returns on lagged returns (and optionally indicators), fitted to a
 * price history by {@link Ols}.
 *
 * <p><b>Direct multi-step convention.</b> For each step k = 1…{@code horizon} a separate regression
 * predicts the cumulative simple return close<sub>t+k</sub>/close<sub>t</sub> − 1 from the design
 * row at bar t ({@link FeatureSet}); its training rows are every bar t whose row is defined and
 * whose close k bars later is in the history. Forecast k is last close × (1 + predicted return),
 * with the prediction interval of that regression (σ²(1 + x'(X'X)⁻¹x), Student t quantiles with n −
 * p degrees of freedom, as R's {@code predict.lm(..., interval = "prediction")}) mapped the same
 * way. Predicted returns are never fed back as inputs. Forecasts beyond {@code horizon} steps are
 * refused.
 */
public final class LaggedRegression implements UpdatableModel {
  private static final double T80 = 0.9;
  private static final double T95 = 0.975;

  private final RegressionConfig config;
  private final List<OlsFit> fits;
  private final double lastClose;
  private final double[] lastRow;
  private final int updatesSinceEstimate;

  private LaggedRegression(
      RegressionConfig config,
      List<OlsFit> fits,
      double lastClose,
      double[] lastRow,
      int updatesSinceEstimate) {
    this.config = config;
    this.fits = fits;
    this.lastClose = lastClose;
    this.lastRow = lastRow;
    this.updatesSinceEstimate = updatesSinceEstimate;
  }

  /**
   * Estimates the regressions on {@code closes} (positive prices, oldest first).
   *
   * @throws ForecastException when the history is too short or the regressors are collinear
   */
  public static LaggedRegression fit(double[] closes, RegressionConfig config) {
    checkPrices(closes);
    Features features = new Features(closes, config.window(), config.features());
    String[] names = Features.names(config.window(), config.features()).toArray(String[]::new);
    int first = features.first();
    int last = closes.length - 1;
    int needed = first + config.horizon() + names.length + 1;
    if (closes.length < needed) {
      throw new ForecastException(
          "the regression needs at least "
              + needed
              + " prices for window "
              + config.window()
              + " and horizon "
              + config.horizon()
              + ", got "
              + closes.length);
    }
    List<OlsFit> fits = new ArrayList<>(config.horizon());
    for (int k = 1; k <= config.horizon(); k++) {
      int rows = last - k - first + 1;
      double[][] x = new double[rows][];
      double[] y = new double[rows];
      for (int i = 0; i < rows; i++) {
        int t = first + i;
        x[i] = features.row(t);
        y[i] = closes[t + k] / closes[t] - 1;
      }
      fits.add(Ols.fit(x, y, names));
    }
    return new LaggedRegression(config, List.copyOf(fits), closes[last], features.row(last), 0);
  }

  /** The configuration it was fitted with. */
  public RegressionConfig config() {
    return config;
  }

  /** The regressors' names, intercept first, in the order of {@link #coefficients}. */
  public List<String> termNames() {
    return Features.names(config.window(), config.features());
  }

  /** The fit of the regression for step {@code step} (1…horizon). */
  public OlsFit fit(int step) {
    if (step < 1 || step > fits.size()) {
      throw new IllegalArgumentException(
          "step must be between 1 and " + fits.size() + ", was " + step);
    }
    return fits.get(step - 1);
  }

  /** The coefficients of step {@code step}'s regression, in the order of {@link #termNames}. */
  public double[] coefficients(int step) {
    return fit(step).coefficients();
  }

  /** R² of step {@code step}'s regression. */
  public double rSquared(int step) {
    return fit(step).rSquared();
  }

  /** The residual standard error of step {@code step}'s regression, in return units. */
  public double residualSigma(int step) {
    return fit(step).sigma();
  }

  @Override
  public String description() {
    String base = "linear regression on " + config.window() + " lagged returns";
    return config.features() == FeatureSet.LAGGED_RETURNS ? base : base + ", RSI(14) and SMA(20)";
  }

  @Override
  public Forecast forecast(int horizon) {
    if (horizon < 1 || horizon > fits.size()) {
      throw new ForecastException(
          "this regression was fitted for at most "
              + fits.size()
              + " steps ahead, asked for "
              + horizon);
    }
    List<ForecastPoint> points = new ArrayList<>(horizon);
    for (int k = 1; k <= horizon; k++) {
      OlsFit fit = fits.get(k - 1);
      double mean = fit.predict(lastRow);
      double se = fit.predictionStandardError(lastRow);
      double half80 = StudentT.quantile(T80, fit.degreesOfFreedom()) * se;
      double half95 = StudentT.quantile(T95, fit.degreesOfFreedom()) * se;
      points.add(
          new ForecastPoint(
              k,
              price(mean),
              price(mean - half80),
              price(mean + half80),
              price(mean - half95),
              price(mean + half95)));
    }
    return new Forecast(description(), points);
  }

  /**
   * Keeps the coefficients and forecasts from the end of {@code history}, or re-estimates on {@code
   * history} once this is the {@link RegressionConfig#refitEvery()}-th update since the last
   * estimate.
   */
  @Override
  public LaggedRegression update(double[] history) {
    if (updatesSinceEstimate + 1 >= config.refitEvery()) {
      return fit(history, config);
    }
    checkPrices(history);
    Features features = new Features(history, config.window(), config.features());
    int last = history.length - 1;
    if (last < features.first()) {
      throw new ForecastException(
          "the regression needs at least " + (features.first() + 1) + " prices to forecast from");
    }
    return new LaggedRegression(
        config, fits, history[last], features.row(last), updatesSinceEstimate + 1);
  }

  private double price(double cumulativeReturn) {
    return lastClose * (1 + cumulativeReturn);
  }

  private static void checkPrices(double[] closes) {
    for (double c : closes) {
      if (!(c > 0) || Double.isInfinite(c)) {
        throw new ForecastException("the regression needs positive prices, found " + c);
      }
    }
  }
}
