package io.breadthflow.cli.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.WarmUp;
import io.breadthflow.core.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {
  private static final String HEADER =
      "date,open,high,low,close,volume,sma_20,ema_20,rsi_14,macd,macd_signal,macd_hist,bb_upper,"
          + "bb_middle,bb_lower,atr_14,adx_14,stoch_k,stoch_d,roc_10,obv,volatility_20,warm";
  private static final String ALL_WARM =
      "sma_20 ema_20 rsi_14 macd macd_signal macd_hist bb_upper bb_middle bb_lower atr_14 adx_14"
          + " stoch_k stoch_d roc_10 volatility_20";
  private static final String LEGEND =
      "bf indicators: column warm lists the indicators whose value still depends on where the"
          + " input starts (the start keeps more than 1.0E-6 of the weight); obv is cumulative and"
          + " depends on the start forever";
  private static final int WARM = 22;

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
    assertThat(run.err().lines()).containsExactly(LEGEND);
    assertThat(run.out().lines())
        .containsExactly(
            HEADER,
            "2013-02-08,10,11,9,10.5,1000,,,,,,,,,,,,,,,1000,," + ALL_WARM,
            "2013-02-11,10.5,12,10,11.25,2000,,,,,,,,,,,,,,,3000,," + ALL_WARM);
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
            "bf indicators: " + file + " line 4 skipped: negative volume",
            LEGEND);
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

  /**
   * On real prices the warm column lists exactly the columns before their stable bar; the last warm
   * row is bar 239, where only ADX(14) (Wilder's smoothing twice) is still warming.
   */
  @Test
  void warmColumnListsTheColumnsBeforeTheirStableBar() throws Exception {
    Path aapl = SharedData.require("market/daily_sp500_2013_2018/AAPL.csv");

    List<String> lines = CliRun.of("indicators", "--input", aapl.toString()).out().lines().toList();

    List<WarmUp> warmUps = new DailyIndicatorSet().warmUps(WarmUp.DEFAULT_TOLERANCE);
    for (int i = 0; i < lines.size() - 1; i++) {
      int bar = i;
      String expected =
          String.join(
              " ",
              IntStream.range(0, warmUps.size())
                  .filter(c -> !warmUps.get(c).isCumulative() && !warmUps.get(c).isStable(bar))
                  .mapToObj(DailyIndicatorSet.COLUMNS::get)
                  .toList());
      assertThat(lines.get(i + 1).split(",", -1)[WARM]).as("bar " + i).isEqualTo(expected);
    }
    assertThat(lines.get(240).split(",", -1)[WARM]).isEqualTo("adx_14");
    assertThat(lines.get(241).split(",", -1)[WARM]).isEmpty();
  }

  @Test
  void tradingViewConventionSeedsTheEmaWithTheFirstClose() throws Exception {
    Path aapl = SharedData.require("market/daily_sp500_2013_2018/AAPL.csv");

    CliRun run = CliRun.of("indicators", "--input", aapl.toString(), "--convention", "tradingview");

    List<String> lines = run.out().lines().toList();
    assertThat(run.exitCode()).isZero();
    double alpha = 2.0 / 21;
    double ema = Double.NaN;
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      double close = Double.parseDouble(cells[4]);
      ema = i == 1 ? close : alpha * close + (1 - alpha) * ema;
      assertThat(Double.parseDouble(cells[7])).isCloseTo(ema, within(1e-9 * close));
    }
    assertThat(lines.get(1).split(",", -1)[WARM]).contains("ema_20");
    assertThat(lines.get(140).split(",", -1)[WARM]).doesNotContain("ema_20");
  }

  @Test
  void unknownConventionIsAUsageErrorOnOneLine() throws Exception {
    Path file = write("Date,Open,High,Low,Close,Volume", "2013-02-08,10,11,9,10.5,1000");
    CliRun run = CliRun.of("indicators", "--input", file.toString(), "--convention", "excel");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("convention must be ta-lib or tradingview");
    assertThat(run.out()).isEmpty();
  }

  private Path write(String... lines) throws Exception {
    Path file = Files.createTempFile(dir, "bars", ".csv");
    Files.write(file, List.of(lines));
    return file;
  }
}
