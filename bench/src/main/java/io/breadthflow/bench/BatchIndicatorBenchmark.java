package io.breadthflow.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import io.breadthflow.core.indicator.Atr;
import io.breadthflow.core.indicator.BollingerBands;
import io.breadthflow.core.indicator.Ema;
import io.breadthflow.core.indicator.Macd;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.Sma;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Batch computation over one 1,000,000-bar series: BreadthFlow against TA-Lib's Java port and ta4j
 * 0.17 (with {@code DoubleNum}, its fastest number type). Every call produces fresh output arrays
 * (TA-Lib's included) and ta4j fresh indicators, so no implementation reuses a previous result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BatchIndicatorBenchmark {
  private static final int BARS = 1_000_000;

  private double[] high;
  private double[] low;
  private double[] close;
  private BarSeries series;
  private final Core talib = new Core();

  @Setup(Level.Trial)
  public void setUp() {
    SyntheticSeries data = new SyntheticSeries(BARS, 2026);
    high = data.high;
    low = data.low;
    close = data.close;
    series = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
    ZonedDateTime time = ZonedDateTime.of(1900, 1, 1, 16, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < BARS; i++) {
      series.addBar(time.plusDays(i), close[i], high[i], low[i], close[i], data.volume[i]);
    }
  }

  @Benchmark
  public double[] smaBreadthFlow() {
    return Sma.compute(close, 20);
  }

  @Benchmark
  public double[] smaTaLib() {
    double[] out = new double[BARS];
    talib.sma(0, BARS - 1, close, 20, new MInteger(), new MInteger(), out);
    return out;
  }

  @Benchmark
  public void smaTa4j(Blackhole bh) {
    consume(new SMAIndicator(new ClosePriceIndicator(series), 20), bh);
  }

  @Benchmark
  public double[] emaBreadthFlow() {
    return Ema.compute(close, 20);
  }

  @Benchmark
  public double[] emaTaLib() {
    double[] out = new double[BARS];
    talib.ema(0, BARS - 1, close, 20, new MInteger(), new MInteger(), out);
    return out;
  }

  @Benchmark
  public void emaTa4j(Blackhole bh) {
    consume(new EMAIndicator(new ClosePriceIndicator(series), 20), bh);
  }

  @Benchmark
  public double[] rsiBreadthFlow() {
    return Rsi.compute(close, 14);
  }

  @Benchmark
  public double[] rsiTaLib() {
    double[] out = new double[BARS];
    talib.rsi(0, BARS - 1, close, 14, new MInteger(), new MInteger(), out);
    return out;
  }

  @Benchmark
  public void rsiTa4j(Blackhole bh) {
    consume(new RSIIndicator(new ClosePriceIndicator(series), 14), bh);
  }

  @Benchmark
  public Macd.Series macdBreadthFlow() {
    return Macd.compute(close, 12, 26, 9);
  }

  @Benchmark
  public double[][] macdTaLib() {
    double[][] out = new double[3][BARS];
    talib.macd(
        0, BARS - 1, close, 12, 26, 9, new MInteger(), new MInteger(), out[0], out[1], out[2]);
    return out;
  }

  @Benchmark
  public void macdTa4j(Blackhole bh) {
    MACDIndicator macd = new MACDIndicator(new ClosePriceIndicator(series), 12, 26);
    EMAIndicator signal = macd.getSignalLine(9);
    for (int i = 0; i < BARS; i++) {
      double line = macd.getValue(i).doubleValue();
      double sig = signal.getValue(i).doubleValue();
      bh.consume(line);
      bh.consume(sig);
      bh.consume(line - sig);
    }
  }

  @Benchmark
  public BollingerBands.Series bollingerBreadthFlow() {
    return BollingerBands.compute(close, 20, 2.0);
  }

  @Benchmark
  public double[][] bollingerTaLib() {
    double[][] out = new double[3][BARS];
    talib.bbands(
        0,
        BARS - 1,
        close,
        20,
        2.0,
        2.0,
        MAType.Sma,
        new MInteger(),
        new MInteger(),
        out[0],
        out[1],
        out[2]);
    return out;
  }

  @Benchmark
  public void bollingerTa4j(Blackhole bh) {
    ClosePriceIndicator price = new ClosePriceIndicator(series);
    BollingerBandsMiddleIndicator middle =
        new BollingerBandsMiddleIndicator(new SMAIndicator(price, 20));
    StandardDeviationIndicator deviation = new StandardDeviationIndicator(price, 20);
    Num two = DoubleNum.valueOf(2);
    BollingerBandsUpperIndicator upper = new BollingerBandsUpperIndicator(middle, deviation, two);
    BollingerBandsLowerIndicator lower = new BollingerBandsLowerIndicator(middle, deviation, two);
    for (int i = 0; i < BARS; i++) {
      bh.consume(upper.getValue(i).doubleValue());
      bh.consume(middle.getValue(i).doubleValue());
      bh.consume(lower.getValue(i).doubleValue());
    }
  }

  @Benchmark
  public double[] atrBreadthFlow() {
    return Atr.compute(high, low, close, 14);
  }

  @Benchmark
  public double[] atrTaLib() {
    double[] out = new double[BARS];
    talib.atr(0, BARS - 1, high, low, close, 14, new MInteger(), new MInteger(), out);
    return out;
  }

  @Benchmark
  public void atrTa4j(Blackhole bh) {
    consume(new ATRIndicator(series, 14), bh);
  }

  private static void consume(Indicator<Num> indicator, Blackhole bh) {
    for (int i = 0; i < BARS; i++) {
      bh.consume(indicator.getValue(i).doubleValue());
    }
  }
}
