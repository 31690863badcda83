package io.breadthflow.bench;

import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.SmaCrossStrategy;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.DailyPanel;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

/**
 * Whole-universe work: breadth of every session, and an {@code sma-cross} (50/200) backtest of
 * every symbol, BreadthFlow's portfolio backtester against ta4j 0.17's {@code BarSeriesManager}
 * running the same rule on each symbol's series (ta4j indicators are created fresh per call, as
 * they cache results). Data: the real S&P 500 (505 × 1,259) and 500 simulated symbols × 20 years.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PortfolioBenchmark {
  @Param({"sp500", "sim500x20y"})
  public String data;

  private DailyPanel panel;
  private int[] all;
  private List<BarSeries> series;

  @Setup(Level.Trial)
  public void setUp() {
    panel = PortfolioData.load(data);
    all = IntStream.range(0, panel.symbols().size()).toArray();
    series = new ArrayList<>();
    for (int s = 0; s < panel.symbols().size(); s++) {
      BarSeries one = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
      for (int t = 0; t < panel.sessions().length; t++) {
        if (!Double.isNaN(panel.close()[s][t])) {
          one.addBar(
              ZonedDateTime.of(panel.sessions()[t].atTime(16, 0), ZoneOffset.UTC),
              panel.open()[s][t],
              panel.high()[s][t],
              panel.low()[s][t],
              panel.close()[s][t],
              panel.volume()[s][t]);
        }
      }
      series.add(one);
    }
  }

  @Benchmark
  public List<BreadthRow> breadthBreadthFlow() {
    return BreadthEngine.compute(
        panel.sessions(), panel.close(), panel.volume(), panel.sessions()[0]);
  }

  @Benchmark
  public BacktestResult smaCrossBacktestBreadthFlow() {
    return Backtester.run(
        panel,
        panel.sessions()[0],
        new SmaCrossStrategy(50, 200),
        BacktestConfig.defaults(1_000_000),
        all);
  }

  @Benchmark
  public int smaCrossBacktestTa4j() {
    int trades = 0;
    for (BarSeries one : series) {
      ClosePriceIndicator close = new ClosePriceIndicator(one);
      SMAIndicator fast = new SMAIndicator(close, 50);
      SMAIndicator slow = new SMAIndicator(close, 200);
      BaseStrategy strategy =
          new BaseStrategy(
              new OverIndicatorRule(fast, slow), new UnderIndicatorRule(fast, slow), 199);
      TradingRecord record = new BarSeriesManager(one).run(strategy);
      trades += record.getPositionCount();
    }
    return trades;
  }
}
