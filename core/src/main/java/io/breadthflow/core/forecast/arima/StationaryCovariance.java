package io.breadthflow.core.forecast.arima;

import java.util.Arrays;

/**
 * The covariance {@code Q0} of the stationary ARMA state, the solution of {@code Q0 = T Q0 T' + R
 * R'} for the state space form of Harvey (1989) with {@code r = max(p, q + 1)}, by the method of
 * Gardner, Harvey &amp; Phillips (1980, algorithm AS 154) that R's {@code arima} uses by default:
 * the {@code r(r+1)/2} equations in the lower triangle of {@code Q0} are generated one at a time,
 * with the unknowns of the first column ordered last so that rows start with zeros, and each is
 * absorbed into a square-root-free Givens factorisation (Gentleman 1973, AS 75) solved by
 * back-substitution; a pure MA state needs back-substitution only. Following the published order of
 * operations keeps the rounding of R's likelihood. Work arrays are sized once.
 */
final class StationaryCovariance {
  private final int p;
  private final int q;
  private final int r;
  private final int np;
  private final double[] psi;
  private final double[] v;
  private final double[] packed;
  private final double[] row;
  private final double[] rotated;
  private final double[] rbar;
  private final double[] thetab;

  StationaryCovariance(int p, int q) {
    this.p = p;
    this.q = q;
    this.r = Math.max(p, q + 1);
    this.np = r * (r + 1) / 2;
    this.psi = new double[r];
    this.v = new double[np];
    this.packed = new double[np];
    this.row = new double[np];
    this.rotated = new double[np];
    this.rbar = new double[np * (np - 1) / 2];
    this.thetab = new double[np];
  }

  /**
   * Writes {@code Q0} into the leading {@code r × r} block of the row-major {@code out} with row
   * stride {@code stride}. Returns false when the result is not finite (an AR root on the unit
   * circle).
   */
  boolean compute(double[] phi, double[] theta, double[] out, int stride) {
    psi[0] = 1;
    for (int i = 1; i < r; i++) {
      psi[i] = i - 1 < q ? theta[i - 1] : 0;
    }
    if (r == 1) {
      out[0] = p > 0 ? 1 / (1 - phi[0] * phi[0]) : 1;
      return Double.isFinite(out[0]);
    }
    int ind = 0;
    for (int j = 0; j < r; j++) {
      for (int i = j; i < r; i++) {
        v[ind++] = psi[i] * psi[j];
      }
    }
    if (p > 0) {
      solveStationary(phi);
    } else {
      solveMovingAverage();
    }
    boolean finite = true;
    ind = 0;
    for (int j = 0; j < r; j++) {
      for (int i = j; i < r; i++) {
        double value = packed[ind++];
        finite &= Double.isFinite(value);
        out[i * stride + j] = value;
        out[j * stride + i] = value;
      }
    }
    return finite;
  }

  /** Pure MA: {@code Q0[i][j] = ψ_i ψ_j + Q0[i+1][j+1]}, from the bottom right up. */
  private void solveMovingAverage() {
    int indn = np;
    int ind = np;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j <= i; j++) {
        --ind;
        packed[ind] = v[ind];
        if (j != 0) {
          packed[ind] += packed[--indn];
        }
      }
    }
  }

  private void solveStationary(double[] phi) {
    Arrays.fill(rbar, 0.0);
    Arrays.fill(packed, 0.0);
    Arrays.fill(thetab, 0.0);
    Arrays.fill(row, 0.0);
    int npr = np - r;
    int ind = 0;
    int lagged = -1;
    int firstColumnJ = npr;
    int self = npr - 1;
    for (int j = 0; j < r; j++) {
      double phiJ = j < p ? phi[j] : 0.0;
      row[firstColumnJ++] = 0.0;
      int firstColumnI = npr + 1 + j;
      for (int i = j; i < r; i++) {
        double y = v[ind++];
        double phiI = i < p ? phi[i] : 0.0;
        if (j != r - 1) {
          row[firstColumnJ] = -phiI;
          if (i != r - 1) {
            row[firstColumnI] -= phiJ;
            row[++lagged] = -1.0;
          }
        }
        row[npr] = -phiI * phiJ;
        if (++self >= np) {
          self = 0;
        }
        row[self] += 1.0;
        include(y);
        row[self] = 0.0;
        if (i != r - 1) {
          row[firstColumnI++] = 0.0;
          row[lagged] = 0.0;
        }
      }
    }
    int at = rbar.length - 1;
    int im = np - 1;
    for (int i = 0; i < np; i++) {
      double bi = thetab[im];
      int jm = np - 1;
      for (int j = 0; j < i; j++) {
        bi -= rbar[at--] * packed[jm--];
      }
      packed[im--] = bi;
    }
    System.arraycopy(packed, npr, rotated, 0, r);
    System.arraycopy(packed, 0, packed, r, npr);
    System.arraycopy(rotated, 0, packed, 0, r);
  }

  /** Absorbs the equation {@code row · x = y} into the factorisation (diagonal kept in packed). */
  private void include(double y) {
    System.arraycopy(row, 0, rotated, 0, np);
    int at = 0;
    for (int i = 0; i < np; i++) {
      double xi = rotated[i];
      if (xi != 0.0) {
        double di = packed[i];
        double dpi = di + xi * xi;
        packed[i] = dpi;
        double cbar = di / dpi;
        double sbar = xi / dpi;
        for (int k = i + 1; k < np; k++) {
          double xk = rotated[k];
          double rbthis = rbar[at];
          rotated[k] = xk - xi * rbthis;
          rbar[at++] = cbar * rbthis + sbar * xk;
        }
        double yk = y;
        y = yk - xi * thetab[i];
        thetab[i] = cbar * thetab[i] + sbar * yk;
        if (di == 0.0) {
          return;
        }
      } else {
        at += np - i - 1;
      }
    }
  }
}
