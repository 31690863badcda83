package io.breadthflow.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.adjust.PriceAdjuster;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.CorporateAction.Kind;
import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lean's unadjusted daily bars and factor files (shared data, set 2): the splits and dividends read
 * from a factor file, applied by {@link PriceAdjuster}, reproduce Lean's own adjusted prices
 * ({@code raw × PriceFactor × SplitFactor}, the factors of the first row on or after the session);
 * AAPL's actions are those Apple published.
 */
class LeanFactorFileAcceptanceTest {
  private static final String FOLDER = "market/lean_daily_unadjusted_1998_2021";

  /**
   * Lean writes factors with 6 significant digits (0.0178571 for 1/56, 10.6667 for 32/3), each off
   * by at most 5e-6 relative, so {@code raw × p × s} is within 1e-5 relative of the exact price.
   */
  private static final double TOLERANCE = 1e-5;

  /** AAPL's cash dividends per share, as paid (pre-split amounts before 2014-06-09). */
  private static final Map<LocalDate, Double> AAPL_DIVIDENDS = new LinkedHashMap<>();

  static {
    String[] published = {
      "2012-08-09 2.65", "2012-11-07 2.65", "2013-02-07 2.65", "2013-05-09 3.05",
      "2013-08-08 3.05", "2013-11-06 3.05", "2014-02-06 3.05", "2014-05-08 3.29",
      "2014-08-07 0.47", "2014-11-06 0.47", "2015-02-05 0.47", "2015-05-07 0.52",
      "2015-08-06 0.52", "2015-11-05 0.52", "2016-02-04 0.52", "2016-05-05 0.57",
      "2016-08-04 0.57", "2016-11-03 0.57", "2017-02-09 0.57", "2017-05-11 0.63",
      "2017-08-10 0.63", "2017-11-10 0.63", "2018-02-09 0.63", "2018-05-11 0.73",
      "2018-08-10 0.73", "2018-11-08 0.73", "2019-02-08 0.73", "2019-05-10 0.77",
      "2019-08-09 0.77", "2019-11-07 0.77", "2020-02-07 0.77", "2020-05-08 0.82",
      "2020-08-07 0.82", "2020-11-06 0.205", "2021-02-05 0.205"
    };
    for (String entry : published) {
      String[] parts = entry.split(" ");
      AAPL_DIVIDENDS.put(LocalDate.parse(parts[0]), Double.parseDouble(parts[1]));
    }
  }

  private static final Map<LocalDate, Double> AAPL_SPLITS =
      Map.of(
          LocalDate.of(2000, 6, 21), 2.0,
          LocalDate.of(2005, 2, 28), 2.0,
          LocalDate.of(2014, 6, 9), 7.0,
          LocalDate.of(2020, 8, 31), 4.0);

  @Test
  void aaplFactorFileGivesItsFourSplitsAndThePublishedDividends() throws Exception {
    Path folder = SharedData.require(FOLDER);

    List<CorporateAction> actions = LeanFactorFile.read(folder.resolve("AAPL_factors.csv"));

    Map<LocalDate, Double> splits = new LinkedHashMap<>();
    Map<LocalDate, Double> dividends = new LinkedHashMap<>();
    for (CorporateAction action : actions) {
      (action.kind() == Kind.SPLIT ? splits : dividends).put(action.exDate(), action.amount());
    }
    assertThat(splits).isEqualTo(AAPL_SPLITS);
    assertThat(dividends.keySet()).containsExactlyElementsOf(AAPL_DIVIDENDS.keySet());
    dividends.forEach(
        (date, cash) ->
            assertThat(cash).as(date.toString()).isCloseTo(AAPL_DIVIDENDS.get(date), within(1e-4)));
  }

  @Test
  void totalReturnFromThePublishedAaplActionsMatchesLeansFactors() throws Exception {
    Path folder = SharedData.require(FOLDER);
    List<CorporateAction> published = new ArrayList<>();
    AAPL_SPLITS.forEach((d, r) -> published.add(new CorporateAction("AAPL", d, Kind.SPLIT, r)));
    AAPL_DIVIDENDS.forEach(
        (d, cash) -> published.add(new CorporateAction("AAPL", d, Kind.DIVIDEND, cash)));

    assertMatchesLean(folder, "AAPL", published, Adjustment.TOTAL_RETURN, LocalDate.MIN);
  }

  /**
   * Total return is compared from {@code totalReturnFrom} on where the files disagree before: BAC's
   * reference prices of 1998 are not the closes of its bar file (68.81 against 78.00 on 1998-03-03:
   * another company's, before the NationsBank merger), and QQQ's bar file has no bars from
   * 2004-12-01 to 2011-03-22, so the closes before its dividends there are unknown.
   */
  @ParameterizedTest
  @CsvSource({
    "AAPL,",
    "AIG,",
    "BAC,1998-09-02",
    "IBM,",
    "SPY,",
    "QQQ,2011-03-23",
    "IWM,",
  })
  void theActionsReadFromEachFactorFileReproduceLeansAdjustedPrices(
      String symbol, LocalDate totalReturnFrom) throws Exception {
    Path folder = SharedData.require(FOLDER);
    List<CorporateAction> actions = LeanFactorFile.read(folder.resolve(symbol + "_factors.csv"));

    assertMatchesLean(folder, symbol, actions, Adjustment.SPLIT_ADJUSTED, LocalDate.MIN);
    assertMatchesLean(
        folder,
        symbol,
        actions,
        Adjustment.TOTAL_RETURN,
        totalReturnFrom == null ? LocalDate.MIN : totalReturnFrom);
  }

  @Test
  void aaplSplitDaysAreNoDeclineOnceSplitAdjusted() throws Exception {
    Path folder = SharedData.require(FOLDER);
    Series raw = Series.read(folder.resolve("AAPL.csv"));
    Series adjusted = Series.read(folder.resolve("AAPL.csv"));
    adjusted.adjust(
        LeanFactorFile.read(folder.resolve("AAPL_factors.csv")), Adjustment.SPLIT_ADJUSTED);

    for (LocalDate split : List.of(LocalDate.of(2014, 6, 9), LocalDate.of(2020, 8, 31))) {
      int t = raw.indexOf(split);
      assertThat(raw.close[t] / raw.close[t - 1]).as("raw " + split).isLessThan(0.3);
      assertThat(adjusted.close[t])
          .as("split-adjusted " + split)
          .isGreaterThan(adjusted.close[t - 1]);
    }
  }

  private static void assertMatchesLean(
      Path folder,
      String symbol,
      List<CorporateAction> actions,
      Adjustment adjustment,
      LocalDate from)
      throws Exception {
    Series series = Series.read(folder.resolve(symbol + ".csv"));
    double[] raw = series.close.clone();
    List<double[]> factors = leanFactors(folder.resolve(symbol + "_factors.csv"));
    series.adjust(actions, adjustment);
    int compared = 0;
    for (int t = 0; t < raw.length; t++) {
      if (series.sessions[t].isBefore(from)) {
        continue;
      }
      compared++;
      long day = series.sessions[t].toEpochDay();
      double[] row = factors.stream().filter(f -> f[0] >= day).findFirst().orElseThrow();
      boolean dividends = adjustment == Adjustment.TOTAL_RETURN;
      double expected = raw[t] * row[2] * (dividends ? row[1] : 1);
      assertThat(series.close[t])
          .as(symbol + " " + adjustment + " " + series.sessions[t])
          .isCloseTo(expected, within(TOLERANCE * expected));
    }
    assertThat(compared).as(symbol + " sessions compared").isGreaterThan(2500);
  }

  /** {epoch day, price factor, split factor} per row, read independently of the class tested. */
  private static List<double[]> leanFactors(Path file) throws IOException {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
      String[] f = line.split(",");
      rows.add(
          new double[] {
            LocalDate.parse(f[0]).toEpochDay(), Double.parseDouble(f[1]), Double.parseDouble(f[2])
          });
    }
    return rows;
  }

  private record Series(
      LocalDate[] sessions,
      double[] open,
      double[] high,
      double[] low,
      double[] close,
      double[] volume) {
    static Series read(Path file) throws Exception {
      List<Bar> bars = DailyCsvReader.read(file).bars();
      int n = bars.size();
      Series s =
          new Series(
              new LocalDate[n],
              new double[n],
              new double[n],
              new double[n],
              new double[n],
              new double[n]);
      for (int t = 0; t < n; t++) {
        Bar bar = bars.get(t);
        s.sessions[t] = bar.sessionDate();
        s.open[t] = bar.open();
        s.high[t] = bar.high();
        s.low[t] = bar.low();
        s.close[t] = bar.close();
        s.volume[t] = bar.volume();
      }
      return s;
    }

    void adjust(List<CorporateAction> actions, Adjustment adjustment) {
      PriceAdjuster.adjust(sessions, open, high, low, close, volume, actions, adjustment);
    }

    int indexOf(LocalDate date) {
      return java.util.Arrays.asList(sessions).indexOf(date);
    }
  }
}
