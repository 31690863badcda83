package io.breadthflow.core.backtest;

import io.breadthflow.core.indicator.Rsi;
import java.util.List;

/**
 * {@code rsi-reversion}: buy when RSI(period) closes below the oversold level and hold until it
 * closes above 50; in a long/short run also sell short above the overbought level until it closes
 * below 50.
 */
public final class RsiReversionStrategy implements Strategy {
  private final int period;
  private final double oversold;
  private final double overbought;
  private Rsi[] rsi;
  private int[] state;

  /**
   * @param period RSI period (Wilder), at least 2
   * @param oversold entry level for longs, below 50
   * @param overbought entry level for shorts, above 50
   */
  public RsiReversionStrategy(int period, double oversold, double overbought) {
    if (period < 2 || !(oversold > 0 && oversold < 50) || !(overbought > 50 && overbought < 100)) {
      throw new IllegalArgumentException(
          "rsi-reversion needs period >= 2 and 0 < oversold < 50 < overbought < 100");
    }
    this.period = period;
    this.oversold = oversold;
    this.overbought = overbought;
  }

  @Override
  public void start(List<String> symbols) {
    rsi = new Rsi[symbols.size()];
    state = new int[symbols.size()];
    for (int s = 0; s < rsi.length; s++) {
      rsi[s] = new Rsi(period);
    }
  }

  @Override
  public void onClose(SessionBars session, int[] direction) {
    double[] close = session.close();
    for (int s = 0; s < close.length; s++) {
      double c = close[s];
      if (Double.isNaN(c)) {
        continue;
      }
      double value = rsi[s].update(c);
      if (Double.isNaN(value)) {
        continue;
      }
      if (value < oversold) {
        state[s] = 1;
      } else if (value > overbought) {
        state[s] = -1;
      } else if ((state[s] == 1 && value > 50) || (state[s] == -1 && value < 50)) {
        state[s] = 0;
      }
      direction[s] = state[s];
    }
  }
}
