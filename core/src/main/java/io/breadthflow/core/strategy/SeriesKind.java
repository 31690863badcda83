package io.breadthflow.core.strategy;

import io.breadthflow.core.indicator.Ema;
import io.breadthflow.core.indicator.Roc;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.SeriesIndicator;
import io.breadthflow.core.indicator.Sma;

/**
 * A per-symbol series of the strategy language, computed on the symbol's own daily closes with the
 * TA-Lib-identical indicators of {@code core.indicator}; each with its name in a strategy file and
 * its period range ({@code close} has none).
 */
public enum SeriesKind {
  /** The close itself. */
  CLOSE("close", 0, 0),
  /** Simple moving average of the closes ({@link Sma}). */
  SMA("sma", 1, 1_000),
  /** SMA-seeded exponential moving average, α = 2/(n+1) ({@link Ema}). */
  EMA("ema", 1, 1_000),
  /** Wilder's RSI, 0 to 100 ({@link Rsi}). */
  RSI("rsi", 2, 500),
  /** Rate of change in percent over n sessions ({@link Roc}). */
  ROC("roc", 1, 1_000);

  private final String code;
  private final int minPeriod;
  private final int maxPeriod;

  SeriesKind(String code, int minPeriod, int maxPeriod) {
    this.code = code;
    this.minPeriod = minPeriod;
    this.maxPeriod = maxPeriod;
  }

  /** The name in a strategy file. */
  public String code() {
    return code;
  }

  /** Smallest allowed period (0 for {@code close}, which takes none). */
  public int minPeriod() {
    return minPeriod;
  }

  /** Largest allowed period. */
  public int maxPeriod() {
    return maxPeriod;
  }

  /** The kind named {@code code} in a file; an unknown name is an error listing the known ones. */
  public static SeriesKind parse(String code) {
    for (SeriesKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown indicator '" + code + "': use close, sma, ema, rsi or roc");
  }

  /** A fresh indicator of this kind, {@code null} for {@code close}. */
  SeriesIndicator create(int period) {
    return switch (this) {
      case CLOSE -> null;
      case SMA -> new Sma(period);
      case EMA -> new Ema(period);
      case RSI -> new Rsi(period);
      case ROC -> new Roc(period);
    };
  }
}
