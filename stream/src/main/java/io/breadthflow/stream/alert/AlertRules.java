package io.breadthflow.stream.alert;

import java.io.Serializable;

/**
 * Alert thresholds.
 *
 * @param rsiOverbought RSI(14) at or above which a symbol is overbought
 * @param rsiOversold RSI(14) at or below which a symbol is oversold
 * @param volatilityAbove annualised 20-bar volatility above which it is alerted (0.6 = 60%)
 * @param priceChangeAbove absolute change against the previous close above which it is alerted
 *     (0.03 = 3%)
 * @param volumeSpikeRatio volume at or above this multiple of its 20-bar mean is a spike
 * @param volumeZScore volume z-score against the previous 20 bars at or above which it is an
 *     anomaly
 * @param cooldownBars bars after an alert during which the same rule stays quiet for the symbol
 * @param goldenCrossConfirmBars bars after a golden cross within which a volume spike confirms it
 */
public record AlertRules(
    double rsiOverbought,
    double rsiOversold,
    double volatilityAbove,
    double priceChangeAbove,
    double volumeSpikeRatio,
    double volumeZScore,
    int cooldownBars,
    int goldenCrossConfirmBars)
    implements Serializable {

  public AlertRules {
    if (!(rsiOversold > 0 && rsiOversold < rsiOverbought && rsiOverbought < 100)) {
      throw new IllegalArgumentException(
          "RSI thresholds must satisfy 0 < oversold < overbought < 100");
    }
    if (!(volatilityAbove > 0) || !(priceChangeAbove > 0)) {
      throw new IllegalArgumentException("volatility and price-change thresholds must be positive");
    }
    if (!(volumeSpikeRatio > 1) || !(volumeZScore > 0)) {
      throw new IllegalArgumentException(
          "volume spike ratio must exceed 1 and z-score be positive");
    }
    if (cooldownBars < 0 || goldenCrossConfirmBars < 1) {
      throw new IllegalArgumentException("cooldown must be 0 or more, confirmation 1 bar or more");
    }
  }

  /** RSI 70/30, volatility 60%, price change 3%, volume 3× or z 3, cooldown 10 bars, cross 5. */
  public static AlertRules defaults() {
    return new AlertRules(70, 30, 0.60, 0.03, 3.0, 3.0, 10, 5);
  }
}
