package io.breadthflow.cli.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {
  private static final String HEADER =
      "date,open,high,low,close,volume,sma_20,ema_20,rsi_14,macd,macd_signal,macd_hist,bb_upper,"
          + "bb_middle,bb_lower,atr_14,adx_14,stoch_k,stoch_d,roc_10,obv,volatility_20";

  @TempDir Path dir;

  @Test
  void writesExactHeaderAndEmptyWarmUpCells() throws Exception {
    Path file =
        write(
            "Date,Open,High,Low,Close,Volume",
            "2013-02-08,10,11,9,10.5,1000",
            "2013-02-11,10.5,12,10,11.25,2000");

    CliRun run = CliRun.of("indicators", "--input", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines())
        .containsExactly(
            HEADER,
            "2013-02-08,10,11,9,10.5,1000,,,,,,,,,,,,,,,1000,",
            "2013-02-11,10.5,12,10,11.25,2000,,,,,,,,,,,,,,,3000,");
  }

  @Test
  void badLinesAreSkippedWithAWarningNamingTheLine() throws Exception {
    Path file =
        write(
            "Date,Open,High,Low,Close,Adj Close,Volume",
            "2013-02-08,10,11,9,10.5,10.4,1000",
            "2013-02-11,oops,11,9,10.5,10.4,1000",
            "2013-02-12,10,11,9,10.5,10.4,-3",
            "2013-02-13,10,11,9,10.5,10.4,1000");

    CliRun run = CliRun.of("indicators", "--input", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.err().lines())
        .containsExactly(
            "bf indicators: " + file + " line 3 skipped: bad Open 'oops'",
            "bf indicators: " + file + " line 4 skipped: negative volume");
  }

  @Test
  void missingFileExitsWithUsageCodeAndOneLine() {
    CliRun run = CliRun.of("indicators", "--input", dir.resolve("absent.csv").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("bf: input file not found:");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void fileWithoutUsableHeaderExitsWithUsageCodeAndOneLine() throws Exception {
    Path file = write("time;price", "1;2");
    CliRun run = CliRun.of("indicators", "--input", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines()).singleElement().asString().contains("header must name Date");
  }

  @Test
  void emptyFileExitsWithUsageCode() throws Exception {
    Path file = write();
    CliRun run = CliRun.of("indicators", "--input", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("empty file");
  }

  @Test
  void missingInputOptionIsAUsageError() {
    CliRun run = CliRun.of("indicators");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required option: '--input=FILE'");
  }

  /** Acceptance on real prices: every row is written, and the numbers parse back exactly. */
  @Test
  void realAppleFileGivesOneRowPerSessionWithExactValues() throws Exception {
    Path aapl = SharedData.require("market/daily_sp500_2013_2018/AAPL.csv");

    CliRun run = CliRun.of("indicators", "--input", aapl.toString());

    List<String> lines = run.out().lines().toList();
    assertThat(run.exitCode()).isZero();
    assertThat(lines).hasSize(1260).first().isEqualTo(HEADER);
    double[] close =
        lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[4])).toArray();
    double[] rsi = Rsi.compute(close, 14);
    for (int i = 14; i < close.length; i++) {
      assertThat(Double.parseDouble(lines.get(i + 1).split(",", -1)[8])).isEqualTo(rsi[i]);
    }
    assertThat(lines.get(14).split(",", -1)[8]).isEmpty();
  }

  private Path write(String... lines) throws Exception {
    Path file = Files.createTempFile(dir, "bars", ".csv");
    Files.write(file, List.of(lines));
    return file;
  }
}
