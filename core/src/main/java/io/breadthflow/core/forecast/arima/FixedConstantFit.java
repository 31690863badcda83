package io.breadthflow.core.forecast.arima;

/**
 * The model auto.arima fits, without searching, to a series that is constant once differenced
 * {@code d < 2} times: ARIMA(0,d,0) with its mean ({@code d = 0}) or drift ({@code d = 1}) fixed at
 * the mean of the differenced series, as R's {@code Arima(x, order = c(0, d, 0), fixed =
 * mean(dx))}. Its residuals are zero, so its variance is 0, its log-likelihood {@code +∞} and its
 * forecasts exact (intervals of zero width), as R reports them.
 */
final class FixedConstantFit {
  private FixedConstantFit() {}

  static ArimaFit of(double[] y, int d, double constant) {
    int n = y.length;
    ArimaOrder order = new ArimaOrder(0, d, 0);
    ArimaSpec spec = new ArimaSpec(order, Constant.INCLUDED);
    double[] regressor = new double[n];
    for (int t = 0; t < n; t++) {
      regressor[t] = d == 1 ? t + 1 : 1;
    }
    ArimaObjectives objectives = new ArimaObjectives(y, regressor, order);
    KalmanFilter kalman = objectives.kalman();
    kalman.reset(new double[0], new double[0]);
    double[] coefficients = {constant};
    double[] residuals = new double[n];
    kalman.filter(objectives.adjust(coefficients).clone(), residuals);
    int nUsed = n - d;
    return new ArimaFit(
        spec,
        FitMethod.CSS_ML,
        coefficients,
        new double[] {Double.NaN},
        0,
        0,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        nUsed,
        residuals,
        true,
        kalman,
        n);
  }
}
