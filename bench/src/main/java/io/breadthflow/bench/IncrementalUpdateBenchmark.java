package io.breadthflow.bench;

import io.breadthflow.core.indicator.Atr;
import io.breadthflow.core.indicator.BollingerBands;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.indicator.Dmi;
import io.breadthflow.core.indicator.Ema;
import io.breadthflow.core.indicator.Macd;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.Sma;
import io.breadthflow.core.indicator.Stochastic;
import io.breadthflow.core.indicator.Volatility;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one incremental update (one new bar) per indicator, in ns/op. Run with {@code -prof gc}
 * to see the allocation rate, which must be 0 B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IncrementalUpdateBenchmark {
  private static final int MASK = (1 << 16) - 1;

  private double[] high;
  private double[] low;
  private double[] close;
  private double[] volume;
  private int index;

  private final Sma sma = new Sma(20);
  private final Ema ema = new Ema(20);
  private final Rsi rsi = new Rsi(14);
  private final Macd macd = Macd.standard();
  private final BollingerBands bollinger = BollingerBands.standard();
  private final Atr atr = new Atr(14);
  private final Dmi dmi = new Dmi(14);
  private final Stochastic stochastic = Stochastic.standard();
  private final Volatility volatility = Volatility.daily(20);
  private final DailyIndicatorSet all = new DailyIndicatorSet();
  private final double[] row = new double[DailyIndicatorSet.width()];

  @Setup(Level.Trial)
  public void setUp() {
    SyntheticSeries data = new SyntheticSeries(MASK + 1, 7);
    high = data.high;
    low = data.low;
    close = data.close;
    volume = data.volume;
  }

  private int next() {
    index = (index + 1) & MASK;
    return index;
  }

  @Benchmark
  public double sma() {
    return sma.update(close[next()]);
  }

  @Benchmark
  public double ema() {
    return ema.update(close[next()]);
  }

  @Benchmark
  public double rsi() {
    return rsi.update(close[next()]);
  }

  @Benchmark
  public double macd() {
    return macd.update(close[next()]);
  }

  @Benchmark
  public double bollinger() {
    return bollinger.update(close[next()]);
  }

  @Benchmark
  public double atr() {
    int i = next();
    return atr.update(high[i], low[i], close[i]);
  }

  @Benchmark
  public double adx() {
    int i = next();
    return dmi.update(high[i], low[i], close[i]);
  }

  @Benchmark
  public double stochastic() {
    int i = next();
    return stochastic.update(high[i], low[i], close[i]);
  }

  @Benchmark
  public double volatility() {
    return volatility.update(close[next()]);
  }

  @Benchmark
  public double[] dailyIndicatorSet() {
    int i = next();
    all.update(high[i], low[i], close[i], volume[i], row);
    return row;
  }
}
