package io.breadthflow.cli.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.support.SharedData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code bf stream bars} on a real day of IBM trades (Lean tick file) equals a plain aggregation of
 * the same file written here: every minute's OHLC, volume, trade count and VWAP.
 */
class StreamBarsRealTicksAcceptanceTest {
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  @Test
  void minuteBarsOfARealTickFileEqualAPlainAggregationOfIt() throws Exception {
    Path ticks = SharedData.require("market/ticks_lean/IBM_20131007_trades.csv");

    CliRun run = CliRun.of("stream", "bars", "--input", ticks.toString(), "--interval", "1m");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("ts,symbol,open,high,low,close,volume,vwap,trades");
    Map<String, double[]> expected = aggregate(ticks);
    assertThat(lines).hasSize(expected.size() + 1);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      double[] bar = expected.get(f[0]);
      assertThat(bar).as(f[0]).isNotNull();
      assertThat(f[1]).isEqualTo("IBM");
      assertThat(Double.parseDouble(f[2])).as(line).isEqualTo(bar[0]);
      assertThat(Double.parseDouble(f[3])).as(line).isEqualTo(bar[1]);
      assertThat(Double.parseDouble(f[4])).as(line).isEqualTo(bar[2]);
      assertThat(Double.parseDouble(f[5])).as(line).isEqualTo(bar[3]);
      assertThat(Double.parseDouble(f[6])).as(line).isEqualTo(bar[4]);
      assertThat(Double.parseDouble(f[7]))
          .as(line)
          .isCloseTo(bar[5] / bar[4], within(1e-9 * bar[1]));
      assertThat(Long.parseLong(f[8])).as(line).isEqualTo((long) bar[6]);
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }

  /**
   * Minute start (UTC, ISO) → open, high, low, close, volume, Σ price·size, trades, in file order.
   */
  private static Map<String, double[]> aggregate(Path file) throws Exception {
    Map<String, double[]> bars = new TreeMap<>();
    for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
      String[] f = line.split(",");
      LocalDateTime local = LocalDateTime.parse(f[0]);
      String minute = local.withSecond(0).withNano(0).atZone(NEW_YORK).toInstant().toString();
      double price = new BigDecimal(f[1]).doubleValue();
      double size = Double.parseDouble(f[2]);
      double[] bar = bars.get(minute);
      if (bar == null) {
        bars.put(minute, new double[] {price, price, price, price, size, price * size, 1});
      } else {
        bar[1] = Math.max(bar[1], price);
        bar[2] = Math.min(bar[2], price);
        bar[3] = price;
        bar[4] += size;
        bar[5] += price * size;
        bar[6]++;
      }
    }
    return bars;
  }
}
