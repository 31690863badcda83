package io.breadthflow.cli.indicators;

import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes daily bars with the standard indicator set as CSV: the bar's date and OHLCV, then {@link
 * DailyIndicatorSet#COLUMNS}; warm-up cells are empty, numbers are shortest round-tripping
 * decimals.
 */
public final class IndicatorTable {
  /** The CSV header line. */
  public static final String HEADER =
      "date,open,high,low,close,volume," + String.join(",", DailyIndicatorSet.COLUMNS);

  private IndicatorTable() {}

  /** Computes the indicators over {@code bars} (oldest first) and writes header and rows. */
  public static void write(List<Bar> bars, PrintWriter out) {
    DailyIndicatorSet indicators = new DailyIndicatorSet();
    double[] values = new double[DailyIndicatorSet.width()];
    StringBuilder line = new StringBuilder(256);
    out.println(HEADER);
    for (Bar bar : bars) {
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
      out.println(line);
    }
    out.flush();
  }

  private static void appendCell(StringBuilder line, double value) {
    line.append(',').append(ShortestDecimal.format(value));
  }
}
