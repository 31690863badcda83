package io.breadthflow.bench;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.RollingWindow;
import io.breadthflow.core.forecast.arima.AutoArimaConfig;
import io.breadthflow.core.forecast.arima.AutoArimaForecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Automatic ARIMA selection on the real closes of the S&P 500 (505 × up to 1,259 sessions), as R's
 * {@code auto.arima} is timed on the same series by {@code scripts/forecast/r-bench.R}: the
 * stepwise default over all 505 series, and the exact search ({@code stepwise=FALSE,
 * approximation=FALSE}) over the first 20. One operation fits every series once; divide by the
 * series count for the time per series. Also the streaming forecast's cost per bar: a close into a
 * 240-close window, and every 15th bar an automatic fit and a 5-bar forecast.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ForecastBenchmark {
  /** Series of the exact search, as in R's benchmark. */
  private static final int EXACT_SERIES = 20;

  private List<double[]> closes;
  private double[] intraday;
  private final AutoArimaForecaster stepwise = new AutoArimaForecaster(AutoArimaConfig.defaults());
  private final AutoArimaForecaster exact = new AutoArimaForecaster(AutoArimaConfig.exact());

  @Setup
  public void load() {
    DailyPanel panel = PortfolioData.load("sp500");
    closes = new ArrayList<>();
    for (double[] row : panel.close()) {
      closes.add(Arrays.stream(row).filter(value -> !Double.isNaN(value)).toArray());
    }
    SplittableRandom random = new SplittableRandom(7);
    intraday = new double[15 * 400];
    double price = 100;
    for (int i = 0; i < intraday.length; i++) {
      price *= Math.exp(0.0008 * random.nextGaussian());
      intraday[i] = price;
    }
  }

  /** Stepwise auto.arima (R's defaults) on all 505 series. */
  @Benchmark
  public double stepwiseAll505() {
    return fitAll(stepwise, closes);
  }

  /** The exact search on the first 20 series. */
  @Benchmark
  public double exactFirst20() {
    return fitAll(exact, closes.subList(0, EXACT_SERIES));
  }

  /**
   * The streaming forecast over 6,000 one-minute closes (400 refreshes); divide by 6,000 for the
   * cost per bar.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 10)
  public double streamingRefresh6000Bars() {
    RollingWindow window = new RollingWindow(240, 50, 15);
    double sum = 0;
    for (double close : intraday) {
      if (window.add(close)) {
        sum += stepwise.fit(window.oldestFirst()).forecast(5).mean(5);
      }
    }
    return sum;
  }

  private static double fitAll(AutoArimaForecaster forecaster, List<double[]> series) {
    double sum = 0;
    for (double[] closes : series) {
      try {
        sum += forecaster.fit(closes).forecast(5).mean(5);
      } catch (ForecastException e) {
        sum -= 1;
      }
    }
    return sum;
  }
}
