package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.stream.market.IndicatorRow;
import java.util.List;
import java.util.Locale;

/**
 * Threshold rules over one symbol's indicator rows (no Flink): RSI(14) overbought or oversold,
 * 20-bar volatility above its threshold, a large change against the previous close (critical beyond
 * twice the threshold), a volume spike against its 20-bar mean and a volume anomaly by z-score.
 * After an alert the same rule stays quiet for the symbol for {@link AlertRules#cooldownBars()}
 * bars. The state lives in {@link AlertCooldowns}, one per symbol and interval; this class holds
 * only the thresholds and is safe to share.
 */
public final class ThresholdAlerts {
  /** The rules, in the order they are checked on a bar. */
  public enum Rule {
    RSI_OVERBOUGHT("rsi_overbought"),
    RSI_OVERSOLD("rsi_oversold"),
    VOLATILITY_HIGH("volatility_high"),
    PRICE_CHANGE("price_change"),
    VOLUME_SPIKE("volume_spike"),
    VOLUME_ANOMALY("volume_anomaly");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    /** The rule's name on an {@link Alert}. */
    public String code() {
      return code;
    }
  }

  private final AlertRules rules;

  public ThresholdAlerts(AlertRules rules) {
    if (rules == null) {
      throw new IllegalArgumentException("rules must not be null");
    }
    this.rules = rules;
  }

  /** Counts the row's bar and appends the alerts it raises to {@code out}, in rule order. */
  public void update(IndicatorRow row, AlertCooldowns state, List<Alert> out) {
    state.bars++;
    double rsi = row.value("rsi_14");
    if (rsi >= rules.rsiOverbought()) {
      raise(state, out, row, Rule.RSI_OVERBOUGHT, "warning", "RSI(14) %.1f overbought", rsi);
    } else if (rsi <= rules.rsiOversold()) {
      raise(state, out, row, Rule.RSI_OVERSOLD, "warning", "RSI(14) %.1f oversold", rsi);
    }
    double volatility = row.value("volatility_20");
    if (volatility > rules.volatilityAbove()) {
      raise(
          state,
          out,
          row,
          Rule.VOLATILITY_HIGH,
          "warning",
          "20-bar volatility %.0f%% annualised",
          volatility * 100);
    }
    double change = row.bar().close() / row.previousClose() - 1;
    if (Math.abs(change) > rules.priceChangeAbove()) {
      raise(
          state,
          out,
          row,
          Rule.PRICE_CHANGE,
          Math.abs(change) > 2 * rules.priceChangeAbove() ? "critical" : "warning",
          "price %+.2f%% against the previous close",
          change * 100);
    }
    double ratio = row.volumeRatio();
    if (ratio >= rules.volumeSpikeRatio()) {
      raise(state, out, row, Rule.VOLUME_SPIKE, "info", "volume %.1f× its 20-bar mean", ratio);
    }
    double z = row.volumeZScore();
    if (z >= rules.volumeZScore()) {
      raise(state, out, row, Rule.VOLUME_ANOMALY, "warning", "volume z-score %.1f", z);
    }
  }

  private void raise(
      AlertCooldowns state,
      List<Alert> out,
      IndicatorRow row,
      Rule rule,
      String severity,
      String format,
      double value) {
    long last = state.lastAlert[rule.ordinal()];
    if (last != 0 && state.bars - last <= rules.cooldownBars()) {
      return;
    }
    state.lastAlert[rule.ordinal()] = state.bars;
    Bar bar = row.bar();
    out.add(
        new Alert(
            bar.symbol(),
            bar.interval().code(),
            bar.start(),
            rule.code(),
            severity,
            bar.symbol() + " " + String.format(Locale.ROOT, format, value),
            value));
  }
}
