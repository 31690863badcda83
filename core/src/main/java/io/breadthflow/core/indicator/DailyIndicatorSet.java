package io.breadthflow.core.indicator;

import java.util.List;
import java.util.Objects;

/**
 * The standard per-symbol indicator set BreadthFlow computes on daily bars: SMA(20), EMA(20),
 * RSI(14), MACD(12,26,9), Bollinger(20,2), ATR(14), ADX(14), slow stochastic (14,3,3), ROC(10), OBV
 * and 20-day annualised volatility.
 *
 * <p>One instance per symbol, fed bars oldest first. {@link #update} writes the values into a
 * caller-owned array in the order of {@link #COLUMNS}, so a run over any number of bars allocates
 * nothing.
 *
 * <p>The EMA, MACD, ATR and ADX follow the {@link Seeding} chosen at construction (TA-Lib by
 * default); {@link #warmUps} gives each column's lookback and first stable bar.
 */
public final class DailyIndicatorSet {
  /** Output column names, in the order {@link #update} writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "sma_20",
          "ema_20",
          "rsi_14",
          "macd",
          "macd_signal",
          "macd_hist",
          "bb_upper",
          "bb_middle",
          "bb_lower",
          "atr_14",
          "adx_14",
          "stoch_k",
          "stoch_d",
          "roc_10",
          "obv",
          "volatility_20");

  private final Sma sma = new Sma(20);
  private final Ema ema;
  private final Rsi rsi = new Rsi(14);
  private final Macd macd;
  private final BollingerBands bands = BollingerBands.standard();
  private final Atr atr;
  private final Dmi dmi;
  private final Stochastic stochastic = Stochastic.standard();
  private final Roc roc = new Roc(10);
  private final Obv obv = new Obv();
  private final Volatility volatility = Volatility.daily(20);

  private final Seeding seeding;

  /** The set with TA-Lib's seeding. */
  public DailyIndicatorSet() {
    this(Seeding.TA_LIB);
  }

  /**
   * @param seeding how the EMA, MACD, ATR and ADX start
   */
  public DailyIndicatorSet(Seeding seeding) {
    this.seeding = Objects.requireNonNull(seeding, "seeding");
    this.ema = new Ema(20, seeding);
    this.macd = new Macd(12, 26, 9, seeding);
    this.atr = new Atr(14, seeding);
    this.dmi = new Dmi(14, seeding);
  }

  /** The seeding this set was built with. */
  public Seeding seeding() {
    return seeding;
  }

  /**
   * The warm-up of every column, in the order of {@link #COLUMNS}, counted in bars from the first
   * bar fed.
   */
  public List<WarmUp> warmUps(double tolerance) {
    WarmUp signal = macd.signalWarmUp(tolerance);
    WarmUp bandsWarmUp = bands.warmUp(tolerance);
    WarmUp stochasticWarmUp = stochastic.warmUp(tolerance);
    return List.of(
        sma.warmUp(tolerance),
        ema.warmUp(tolerance),
        rsi.warmUp(tolerance),
        macd.lineWarmUp(tolerance),
        signal,
        signal,
        bandsWarmUp,
        bandsWarmUp,
        bandsWarmUp,
        atr.warmUp(tolerance),
        dmi.warmUp(tolerance),
        stochasticWarmUp,
        stochasticWarmUp,
        roc.warmUp(tolerance),
        obv.warmUp(tolerance),
        volatility.warmUp(tolerance));
  }

  /** Number of values {@link #update} writes. */
  public static int width() {
    return COLUMNS.size();
  }

  /**
   * Feeds one daily bar and writes the indicator values ({@code NaN} during warm-up) into {@code
   * out[0..width()-1]}. Prices must be positive and finite (validate first).
   */
  public void update(double high, double low, double close, double volume, double[] out) {
    out[0] = sma.update(close);
    out[1] = ema.update(close);
    out[2] = rsi.update(close);
    out[3] = macd.update(close);
    out[4] = macd.signal();
    out[5] = macd.histogram();
    bands.update(close);
    out[6] = bands.upper();
    out[7] = bands.middle();
    out[8] = bands.lower();
    out[9] = atr.update(high, low, close);
    out[10] = dmi.update(high, low, close);
    out[11] = stochastic.update(high, low, close);
    out[12] = stochastic.d();
    out[13] = roc.update(close);
    out[14] = obv.update(close, volume);
    out[15] = volatility.update(close);
  }
}
