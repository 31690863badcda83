package io.breadthflow.stream.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.support.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdAlertsTest {
  private static final Instant FIRST = Instant.parse("2024-03-01T14:30:00Z");

  /** 60 bars of AAPL with scripted indicators, under the default rules (cooldown 10 bars). */
  private static List<IndicatorRow> sixtyBars() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Rows.Row row = Rows.of("AAPL", FIRST, i);
      if (i == 0) {
        row.close(Double.NaN, 100); // no previous close: no change to alert on
      }
      if (i < 20) {
        row.volume(i == 15 ? 5_000 : 1_000, Double.NaN, Double.NaN); // no 20-bar mean yet
      }
      if (i == 5 || i == 6 || i == 7 || i == 20) {
        row.rsi(75);
      }
      if (i == 22) {
        row.rsi(25);
      }
      if (i >= 30) {
        row.volatility(0.75);
      }
      if (i == 10) {
        row.close(100, 104);
      }
      if (i == 12) {
        row.close(100, 95); // within the price rule's cooldown of bar 10
      }
      if (i == 25) {
        row.close(100, 93);
      }
      if (i == 45) {
        row.volume(3_500, 1_000, 100);
      }
      if (i == 48) {
        row.volume(1_500, 1_000, 100); // z-score 5, within the anomaly rule's cooldown of bar 45
      }
      rows.add(row.build());
    }
    return rows;
  }

  private static Alert alert(int bar, String rule, String severity, String message, double value) {
    return new Alert(
        "AAPL", "1m", FIRST.plusSeconds(60L * bar), rule, severity, "AAPL " + message, value);
  }

  @Test
  void sixtyBarsRaiseExactlyTheseAlertsWithTheirCooldowns() {
    ThresholdAlerts rules = new ThresholdAlerts(AlertRules.defaults());
    AlertCooldowns state = new AlertCooldowns();
    List<Alert> raised = new ArrayList<>();

    for (IndicatorRow row : sixtyBars()) {
      rules.update(row, state, raised);
    }

    assertThat(raised)
        .containsExactly(
            alert(5, "rsi_overbought", "warning", "RSI(14) 75.0 overbought", 75),
            alert(
                10,
                "price_change",
                "warning",
                "price +4.00% against the previous close",
                (104.0 / 100 - 1) * 100),
            alert(20, "rsi_overbought", "warning", "RSI(14) 75.0 overbought", 75),
            alert(22, "rsi_oversold", "warning", "RSI(14) 25.0 oversold", 25),
            alert(
                25,
                "price_change",
                "critical",
                "price -7.00% against the previous close",
                (93.0 / 100 - 1) * 100),
            alert(30, "volatility_high", "warning", "20-bar volatility 75% annualised", 75),
            alert(41, "volatility_high", "warning", "20-bar volatility 75% annualised", 75),
            alert(45, "volume_spike", "info", "volume 3.5× its 20-bar mean", 3.5),
            alert(45, "volume_anomaly", "warning", "volume z-score 25.0", 25),
            alert(52, "volatility_high", "warning", "20-bar volatility 75% annualised", 75));
    assertThat(state.bars()).isEqualTo(60);
  }

  @Test
  void aZeroCooldownAlertsOnEveryBarThatCrossesAThreshold() {
    AlertRules noCooldown = new AlertRules(70, 30, 0.6, 0.03, 3, 3, 0, 5);
    ThresholdAlerts rules = new ThresholdAlerts(noCooldown);
    AlertCooldowns state = new AlertCooldowns();
    List<Alert> raised = new ArrayList<>();

    for (int i = 0; i < 3; i++) {
      rules.update(Rows.of("AAPL", FIRST, i).rsi(80).build(), state, raised);
    }

    assertThat(raised)
        .extracting(Alert::rule)
        .containsExactly("rsi_overbought", "rsi_overbought", "rsi_overbought");
  }

  @Test
  void cooldownsSurviveTheirSerializerUnchanged() throws Exception {
    ThresholdAlerts rules = new ThresholdAlerts(AlertRules.defaults());
    AlertCooldowns state = new AlertCooldowns();
    List<Alert> raised = new ArrayList<>();
    List<IndicatorRow> rows = sixtyBars();
    for (IndicatorRow row : rows.subList(0, 21)) {
      rules.update(row, state, raised);
    }

    AlertCooldowns restored = AlertCooldownsSerializer.INSTANCE.copy(state);

    assertThat(restored).isEqualTo(state).isNotSameAs(state);
    List<Alert> fromOriginal = new ArrayList<>();
    List<Alert> fromRestored = new ArrayList<>();
    for (IndicatorRow row : rows.subList(21, 60)) {
      rules.update(row, state, fromOriginal);
      rules.update(row, restored, fromRestored);
    }
    assertThat(fromRestored).isEqualTo(fromOriginal).hasSize(7);
  }

  @Test
  void rulesAreRequired() {
    assertThatThrownBy(() -> new ThresholdAlerts(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules");
  }
}
