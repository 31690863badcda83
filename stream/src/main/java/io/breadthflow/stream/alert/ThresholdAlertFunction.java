package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.stream.market.IndicatorRow;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Threshold rules per symbol and interval (the key): RSI overbought/oversold, volatility above its
 * threshold, a large price change against the previous close, a volume spike against its 20-bar
 * mean and a volume anomaly by z-score. After an alert the same rule stays quiet for the symbol for
 * {@link AlertRules#cooldownBars()} bars.
 */
public final class ThresholdAlertFunction
    extends KeyedProcessFunction<String, IndicatorRow, Alert> {
  private final AlertRules rules;
  private transient ValueState<Cooldowns> state;

  public ThresholdAlertFunction(AlertRules rules) {
    this.rules = rules;
  }

  /** Bars seen and, per rule, the bar number of its last alert. */
  static final class Cooldowns {
    long bars;
    final Map<String, Long> lastAlert = new HashMap<>();
  }

  @Override
  public void open(OpenContext context) {
    state =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("cooldowns", TypeInformation.of(Cooldowns.class)));
  }

  @Override
  public void processElement(IndicatorRow row, Context ctx, Collector<Alert> out) throws Exception {
    Cooldowns cooldowns = state.value();
    if (cooldowns == null) {
      cooldowns = new Cooldowns();
    }
    cooldowns.bars++;
    double rsi = row.value("rsi_14");
    if (rsi >= rules.rsiOverbought()) {
      raise(cooldowns, out, row, "rsi_overbought", "warning", "RSI(14) %.1f overbought", rsi);
    } else if (rsi <= rules.rsiOversold()) {
      raise(cooldowns, out, row, "rsi_oversold", "warning", "RSI(14) %.1f oversold", rsi);
    }
    double volatility = row.value("volatility_20");
    if (volatility > rules.volatilityAbove()) {
      raise(
          cooldowns,
          out,
          row,
          "volatility_high",
          "warning",
          "20-bar volatility %.0f%% annualised",
          volatility * 100);
    }
    double change = row.bar().close() / row.previousClose() - 1;
    if (Math.abs(change) > rules.priceChangeAbove()) {
      raise(
          cooldowns,
          out,
          row,
          "price_change",
          Math.abs(change) > 2 * rules.priceChangeAbove() ? "critical" : "warning",
          "price %+.2f%% against the previous close",
          change * 100);
    }
    double ratio = row.volumeRatio();
    if (ratio >= rules.volumeSpikeRatio()) {
      raise(cooldowns, out, row, "volume_spike", "info", "volume %.1f× its 20-bar mean", ratio);
    }
    double z = row.volumeZScore();
    if (z >= rules.volumeZScore()) {
      raise(cooldowns, out, row, "volume_anomaly", "warning", "volume z-score %.1f", z);
    }
    state.update(cooldowns);
  }

  private void raise(
      Cooldowns cooldowns,
      Collector<Alert> out,
      IndicatorRow row,
      String rule,
      String severity,
      String format,
      double value) {
    Long last = cooldowns.lastAlert.get(rule);
    if (last != null && cooldowns.bars - last <= rules.cooldownBars()) {
      return;
    }
    cooldowns.lastAlert.put(rule, cooldowns.bars);
    Bar bar = row.bar();
    out.collect(
        new Alert(
            bar.symbol(),
            bar.interval().code(),
            bar.start(),
            rule,
            severity,
            bar.symbol() + " " + String.format(Locale.ROOT, format, value),
            value));
  }
}
