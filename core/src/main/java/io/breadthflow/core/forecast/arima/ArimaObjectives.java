package io.breadthflow.core.forecast.arima;

/**
 * The two objectives R's {@code arima} minimises over the parameter vector {@code (ar_1..ar_p,
 * ma_1..ma_q[, constant])}: half the log of the mean conditional squared innovation ({@code
 * armaCSS}) and the concentrated exact negative log-likelihood per observation {@code 0.5·(log s² +
 * Σ log F_t / ν)} from the Kalman filter ({@code armafn}), optionally through the stationarity
 * transform of the AR part. One instance per fit; its work arrays are reused by every evaluation.
 */
final class ArimaObjectives {
  private final double[] y;
  private final double[] regressor;
  private final int p;
  private final int q;
  private final double[] adjusted;
  private final double[] phi;
  private final double[] theta;
  private final double[] transformWork;
  private final ConditionalSumOfSquares css;
  private final KalmanFilter kalman;

  /**
   * @param y the series
   * @param regressor the constant's regressor (ones for a mean, 1..n for a drift), or null
   */
  ArimaObjectives(double[] y, double[] regressor, ArimaOrder order) {
    this.y = y;
    this.regressor = regressor;
    this.p = order.p();
    this.q = order.q();
    this.adjusted = new double[y.length];
    this.phi = new double[p];
    this.theta = new double[q];
    this.transformWork = new double[p];
    this.css = new ConditionalSumOfSquares(p, q, order.d(), y.length);
    this.kalman = new KalmanFilter(p, q, order.d());
  }

  ConditionalSumOfSquares css() {
    return css;
  }

  KalmanFilter kalman() {
    return kalman;
  }

  /** {@code 0.5·log(CSS / ν)} at untransformed {@code par}. */
  double conditional(double[] par) {
    unpack(par, false);
    return 0.5 * Math.log(css.meanSquare(adjust(par), phi, theta));
  }

  /**
   * The exact objective at {@code par}, the AR part transformed when {@code transformed}; R's
   * largest double when the state covariance does not exist.
   */
  double exact(double[] par, boolean transformed) {
    unpack(par, transformed);
    if (!kalman.reset(phi, theta)) {
      return Double.MAX_VALUE;
    }
    kalman.filter(adjust(par), null);
    double nu = kalman.used();
    double s2 = kalman.sumSquares() / nu;
    return 0.5 * (Math.log(s2) + kalman.sumLogGains() / nu);
  }

  /** The series less the constant's contribution for {@code par}. */
  double[] adjust(double[] par) {
    if (regressor == null) {
      return y;
    }
    double beta = par[p + q];
    for (int t = 0; t < y.length; t++) {
      adjusted[t] = y[t] - beta * regressor[t];
    }
    return adjusted;
  }

  private void unpack(double[] par, boolean transformed) {
    if (transformed && p > 0) {
      ArTransform.toCoefficients(par, 0, p, phi, transformWork);
    } else {
      System.arraycopy(par, 0, phi, 0, p);
    }
    System.arraycopy(par, p, theta, 0, q);
  }
}
