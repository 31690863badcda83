package io.breadthflow.app.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.settings.SettingsFile;
import io.breadthflow.stream.alert.AlertRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads alert thresholds from JSON or YAML; absent keys keep the defaults:
 *
 * <pre>
 * rsi_overbought: 70
 * rsi_oversold: 30
 * volatility_above: 0.6        # annualised, 0.6 = 60%
 * price_change_above: 0.03     # against the previous close
 * volume_spike_ratio: 3.0      # × the 20-bar mean volume
 * volume_z_score: 3.0
 * cooldown_bars: 10
 * golden_cross_confirm_bars: 5
 * </pre>
 */
public final class AlertRulesFile {
  private static final Set<String> KEYS =
      Set.of(
          "rsi_overbought",
          "rsi_oversold",
          "volatility_above",
          "price_change_above",
          "volume_spike_ratio",
          "volume_z_score",
          "cooldown_bars",
          "golden_cross_confirm_bars");

  private AlertRulesFile() {}

  /** The rules in {@code file}; any problem is a usage error naming the file. */
  public static AlertRules read(Path file) {
    try {
      JsonNode root = SettingsFile.read(file, KEYS);
      AlertRules d = AlertRules.defaults();
      return new AlertRules(
          SettingsFile.number(root, "rsi_overbought", d.rsiOverbought()),
          SettingsFile.number(root, "rsi_oversold", d.rsiOversold()),
          SettingsFile.number(root, "volatility_above", d.volatilityAbove()),
          SettingsFile.number(root, "price_change_above", d.priceChangeAbove()),
          SettingsFile.number(root, "volume_spike_ratio", d.volumeSpikeRatio()),
          SettingsFile.number(root, "volume_z_score", d.volumeZScore()),
          SettingsFile.count(root, "cooldown_bars", d.cooldownBars()),
          SettingsFile.count(root, "golden_cross_confirm_bars", d.goldenCrossConfirmBars()));
    } catch (IOException | IllegalArgumentException e) {
      throw UseCaseException.invalid(
          "alert rules "
              + file.getFileName()
              + ": "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }
}
