package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorRow;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.IterativeCondition;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.util.Collector;

/**
 * The Flink CEP pattern "golden cross confirmed by a volume surge": SMA50 crosses above SMA200, and
 * within the next {@link AlertRules#goldenCrossConfirmBars()} bars of the same symbol and interval
 * the volume reaches {@link AlertRules#volumeSpikeRatio()} times its 20-bar mean.
 */
public final class GoldenCrossPattern {
  private GoldenCrossPattern() {}

  /** The pattern over one symbol's indicator rows (key the stream by symbol and interval). */
  public static Pattern<IndicatorRow, IndicatorRow> of(AlertRules rules, Duration longestBar) {
    int bars = rules.goldenCrossConfirmBars();
    double ratio = rules.volumeSpikeRatio();
    return Pattern.<IndicatorRow>begin("cross")
        .where(SimpleCondition.of(IndicatorRow::goldenCross))
        .followedBy("surge")
        .where(
            new IterativeCondition<>() {
              @Override
              public boolean filter(IndicatorRow row, Context<IndicatorRow> ctx) throws Exception {
                if (!(row.volumeRatio() >= ratio)) {
                  return false;
                }
                for (IndicatorRow cross : ctx.getEventsForPattern("cross")) {
                  long after = row.barIndex() - cross.barIndex();
                  if (after >= 1 && after <= bars) {
                    return true;
                  }
                }
                return false;
              }
            })
        .within(longestBar.multipliedBy(bars * 3L + 4));
  }

  /** Turns a match into an alert on the confirming bar. */
  public static final class ToAlert extends PatternProcessFunction<IndicatorRow, Alert> {
    @Override
    public void processMatch(
        Map<String, List<IndicatorRow>> match, Context ctx, Collector<Alert> out) {
      IndicatorRow cross = match.get("cross").get(0);
      IndicatorRow surge = match.get("surge").get(0);
      out.collect(
          new Alert(
              surge.bar().symbol(),
              surge.bar().interval().code(),
              surge.bar().start(),
              "golden_cross_confirmed",
              "info",
              String.format(
                  Locale.ROOT,
                  "%s golden cross (SMA50 %.2f > SMA200 %.2f) confirmed by volume %.1f× its mean"
                      + " %d bar(s) later",
                  surge.bar().symbol(),
                  cross.sma50(),
                  cross.sma200(),
                  surge.volumeRatio(),
                  surge.barIndex() - cross.barIndex()),
              surge.volumeRatio()));
    }
  }
}
