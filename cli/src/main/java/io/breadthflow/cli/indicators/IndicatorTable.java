package io.breadthflow.cli.indicators;

import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.indicator.Seeding;
import io.breadthflow.core.indicator.WarmUp;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes daily bars with the standard indicator set as CSV: the bar's date and OHLCV, then {@link
 * DailyIndicatorSet#COLUMNS}, then {@code warm}: the columns whose value on that row still depends
 * on where the input started (before their first stable bar, see {@link WarmUp}), separated by
 * spaces, empty once every column is stable. Cumulative columns (OBV) are never listed; the legend
 * says so. Warm-up cells without a value are empty; numbers are shortest round-tripping decimals.
 */
public final class IndicatorTable {
  /** The CSV header line. */
  public static final String HEADER =
      "date,open,high,low,close,volume," + String.join(",", DailyIndicatorSet.COLUMNS) + ",warm";

  private IndicatorTable() {}

  /** The legend of the {@code warm} column for standard error. */
  public static String legend(Seeding seeding) {
    DailyIndicatorSet set = new DailyIndicatorSet(seeding);
    List<WarmUp> warmUps = set.warmUps(WarmUp.DEFAULT_TOLERANCE);
    StringBuilder cumulative = new StringBuilder();
    for (int c = 0; c < warmUps.size(); c++) {
      if (warmUps.get(c).isCumulative()) {
        cumulative.append(cumulative.isEmpty() ? "" : " ").append(DailyIndicatorSet.COLUMNS.get(c));
      }
    }
    return "column warm lists the indicators whose value still depends on where the input starts"
        + " (the start keeps more than "
        + WarmUp.DEFAULT_TOLERANCE
        + " of the weight); "
        + cumulative
        + " is cumulative and depends on the start forever";
  }

  /** Computes the indicators over {@code bars} (oldest first) and writes header and rows. */
  public static void write(List<Bar> bars, Seeding seeding, PrintWriter out) {
    DailyIndicatorSet indicators = new DailyIndicatorSet(seeding);
    List<WarmUp> warmUps = indicators.warmUps(WarmUp.DEFAULT_TOLERANCE);
    double[] values = new double[DailyIndicatorSet.width()];
    StringBuilder line = new StringBuilder(256);
    out.println(HEADER);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      indicators.update(bar.high(), bar.low(), bar.close(), bar.volume(), values);
      line.setLength(0);
      line.append(bar.sessionDate());
      appendCell(line, bar.open());
      appendCell(line, bar.high());
      appendCell(line, bar.low());
      appendCell(line, bar.close());
      appendCell(line, bar.volume());
      for (double value : values) {
        appendCell(line, value);
      }
      line.append(',');
      int start = line.length();
      for (int c = 0; c < values.length; c++) {
        WarmUp warmUp = warmUps.get(c);
        if (!warmUp.isCumulative() && !warmUp.isStable(i)) {
          line.append(line.length() == start ? "" : " ").append(DailyIndicatorSet.COLUMNS.get(c));
        }
      }
      out.println(line);
    }
    out.flush();
  }

  private static void appendCell(StringBuilder line, double value) {
    line.append(',').append(ShortestDecimal.format(value));
  }
}
