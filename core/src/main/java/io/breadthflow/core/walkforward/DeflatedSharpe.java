package io.breadthflow.core.walkforward;

/**
 * The deflated Sharpe ratio of D. H. Bailey and M. López de Prado, "The Deflated Sharpe Ratio:
 * Correcting for Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio
 * Management 40(5), 2014. All Sharpe ratios here are per period (daily, not annualised):
 *
 * <pre>
 * PSR(SR*) = Φ( (SR − SR*)·√(T − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²) )
 * SR₀      = √V[SRₙ] · ( (1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e)) )
 * DSR      = PSR(SR₀)
 * </pre>
 *
 * with SR the observed Sharpe ratio of T returns, γ₃ their skewness and γ₄ their kurtosis (3 for
 * normal returns; population moments), V[SRₙ] the variance of the N trials' Sharpe ratios and γ the
 * Euler–Mascheroni constant. SR₀ is the expected maximum Sharpe ratio of N unskilled trials; with
 * one trial it is 0 and the DSR is the probabilistic Sharpe ratio against 0.
 *
 * @param sharpe the observed per-period Sharpe ratio
 * @param expectedMaximum SR₀
 * @param trialVariance V[SRₙ]
 * @param trials N
 * @param observations T
 * @param skewness γ₃
 * @param kurtosis γ₄
 * @param probabilistic PSR(0), the probability that the true Sharpe ratio is above 0
 * @param deflated DSR = PSR(SR₀)
 */
public record DeflatedSharpe(
    double sharpe,
    double expectedMaximum,
    double trialVariance,
    int trials,
    int observations,
    double skewness,
    double kurtosis,
    double probabilistic,
    double deflated) {

  /** The Euler–Mascheroni constant. */
  public static final double EULER_GAMMA = 0.5772156649015329;

  /**
   * The DSR of {@code returns} (per period, in excess of {@code periodRiskFree}) chosen among
   * {@code trials} trials whose per-period Sharpe ratios are {@code trialSharpes} (non-finite ones
   * are ignored).
   */
  public static DeflatedSharpe of(
      double[] returns, double periodRiskFree, double[] trialSharpes, int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be at least 1: " + trials);
    }
    int t = returns.length;
    double mean = 0;
    for (double r : returns) {
      mean += r;
    }
    mean /= t;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double r : returns) {
      double d = r - mean;
      m2 += d * d;
      m3 += d * d * d;
      m4 += d * d * d * d;
    }
    double sampleSigma = Math.sqrt(m2 / (t - 1));
    m2 /= t;
    m3 /= t;
    m4 /= t;
    double sharpe = (mean - periodRiskFree) / sampleSigma;
    double skewness = m3 / Math.pow(m2, 1.5);
    double kurtosis = m4 / (m2 * m2);
    double variance = variance(trialSharpes);
    double expected = expectedMaximum(variance, trials);
    return new DeflatedSharpe(
        sharpe,
        expected,
        variance,
        trials,
        t,
        skewness,
        kurtosis,
        probabilistic(sharpe, 0, t, skewness, kurtosis),
        probabilistic(sharpe, expected, t, skewness, kurtosis));
  }

  /** PSR(SR*): the probability that the true Sharpe ratio exceeds {@code benchmark}. */
  public static double probabilistic(
      double sharpe, double benchmark, int observations, double skewness, double kurtosis) {
    double spread = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
    if (!(spread > 0) || observations < 2) {
      return Double.NaN;
    }
    return Normal.cdf((sharpe - benchmark) * Math.sqrt(observations - 1.0) / Math.sqrt(spread));
  }

  /** SR₀, the expected maximum of {@code trials} Sharpe ratios of variance {@code variance}. */
  public static double expectedMaximum(double variance, int trials) {
    if (trials == 1) {
      return 0;
    }
    if (Double.isNaN(variance)) {
      return Double.NaN;
    }
    return Math.sqrt(variance)
        * ((1 - EULER_GAMMA) * Normal.quantile(1 - 1.0 / trials)
            + EULER_GAMMA * Normal.quantile(1 - 1 / (trials * Math.E)));
  }

  private static double variance(double[] values) {
    int n = 0;
    double mean = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        n++;
        mean += v;
      }
    }
    if (n < 2) {
      return n == 1 ? 0 : Double.NaN;
    }
    mean /= n;
    double sum = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        sum += (v - mean) * (v - mean);
      }
    }
    return sum / (n - 1);
  }
}
