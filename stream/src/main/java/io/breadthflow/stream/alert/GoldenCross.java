package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorRow;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * "Golden cross confirmed by a volume surge" over one symbol's indicator rows (no Flink): SMA50
 * crosses above SMA200, and within the next {@link AlertRules#goldenCrossConfirmBars()} bars the
 * volume reaches {@link AlertRules#volumeSpikeRatio()} times its 20-bar mean; the alert is raised
 * on the first such bar. A cross that is not confirmed in time, or whose confirming bar starts
 * {@code (3 × confirmBars + 4)} longest bars or more after it (a gap in the data), expires.
 *
 * <p>This is the Flink CEP pattern {@code begin("cross").followedBy("surge").within(…)} the job
 * used before, as a plain state machine: every cross waits on its own, the first surge completes
 * it, and a bar can be the surge of earlier crosses and a cross itself. The state lives in {@link
 * GoldenCrossState}; this class holds only the thresholds and is safe to share.
 */
public final class GoldenCross {
  private final int confirmBars;
  private final double ratio;
  private final long windowMillis;

  /**
   * @param rules the thresholds
   * @param longestBar the longest bar interval of the job (bounds the time a cross waits)
   */
  public GoldenCross(AlertRules rules, Duration longestBar) {
    if (longestBar == null || longestBar.isNegative() || longestBar.isZero()) {
      throw new IllegalArgumentException("longestBar must be positive: " + longestBar);
    }
    this.confirmBars = rules.goldenCrossConfirmBars();
    this.ratio = rules.volumeSpikeRatio();
    this.windowMillis = longestBar.multipliedBy(confirmBars * 3L + 4).toMillis();
  }

  /** Takes the next row of the symbol and appends the alerts it confirms to {@code out}. */
  public void update(IndicatorRow row, GoldenCrossState state, List<Alert> out) {
    long time = row.bar().start().toEpochMilli();
    boolean surge = row.volumeRatio() >= ratio;
    Iterator<GoldenCrossState.Cross> pending = state.pending.iterator();
    while (pending.hasNext()) {
      GoldenCrossState.Cross cross = pending.next();
      long after = row.barIndex() - cross.barIndex();
      if (time - cross.time() >= windowMillis || after > confirmBars) {
        pending.remove();
      } else if (surge && after >= 1) {
        pending.remove();
        out.add(alert(cross, row));
      }
    }
    if (row.goldenCross()) {
      state.pending.add(
          new GoldenCrossState.Cross(row.barIndex(), time, row.sma50(), row.sma200()));
    }
  }

  private static Alert alert(GoldenCrossState.Cross cross, IndicatorRow surge) {
    return new Alert(
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
        surge.volumeRatio());
  }
}
