package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.core.indicator.Volatility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Event-driven backtest over daily bars without look-ahead: the strategy decides on the close of
 * session t, orders fill at the open of the symbol's next bar (sells before buys), with slippage
 * against the trader and commission per notional and per share. New positions are sized on the
 * equity at the deciding close; a long entry never spends more cash than there is. Sessions before
 * the range only warm the strategy up.
 *
 * <p>Point-in-time universes: with a {@link MemberMask}, symbol s is traded at session t only while
 * it is a member at t. The order decided at the close of t fills at the open of t + 1 and is
 * allowed only when s is a member at t + 1: no entry in a non-member, and a position in a symbol
 * that leaves the universe is closed at the open of the first session after its last member session
 * (index changes are announced before they take effect). A symbol that has no bar at that open is
 * closed at its next open. The strategy still sees every bar of every symbol, so a joiner's
 * indicators are warm on its first member session. With {@code maxPositions} 0 the most positions
 * is the largest number of tradable members on any session of the range.
 */
public final class Backtester {
  private final DailyPanel panel;
  private final BacktestConfig config;
  private final int symbols;
  private final int maxPositions;
  private final double buyFactor;
  private final double sellFactor;
  private final double[] quantity;
  private final double[] lastClose;
  private final int[] wanted;
  private final double[] entrySize;
  private final int[] entrySide;
  private final double[] entryPrice;
  private final double[] entryCommission;
  private final int[] entrySession;
  private final Volatility[] volatility;
  private final boolean[] tradable;
  private final MemberMask members;
  private final int[] positionSide;
  private final int[] pending;
  private int pendingCount;
  private final List<RoundTrip> trades = new ArrayList<>();
  private double cash;
  private double tradedNotional;
  private double gross;
  private double netValue;

  private Backtester(
      DailyPanel panel, BacktestConfig config, boolean[] tradable, MemberMask members, int first) {
    this.panel = panel;
    this.tradable = tradable.clone();
    this.members = members;
    this.positionSide = new int[tradable.length];
    this.pending = new int[tradable.length];
    this.config = config;
    this.symbols = panel.symbols().size();
    this.maxPositions =
        config.maxPositions() == 0 ? mostTradableMembers(first) : config.maxPositions();
    this.buyFactor = 1 + config.slippageBps() / 10_000;
    this.sellFactor = 1 - config.slippageBps() / 10_000;
    this.quantity = new double[symbols];
    this.lastClose = new double[symbols];
    this.wanted = new int[symbols];
    this.entrySize = new double[symbols];
    this.entrySide = new int[symbols];
    this.entryPrice = new double[symbols];
    this.entryCommission = new double[symbols];
    this.entrySession = new int[symbols];
    this.volatility = new Volatility[symbols];
    for (int s = 0; s < symbols; s++) {
      volatility[s] = Volatility.daily(20);
    }
    Arrays.fill(lastClose, Double.NaN);
    this.cash = config.initialCapital();
  }

  /**
   * Runs {@code strategy} over {@code panel} from session {@code from} (the first session on or
   * after it) to the panel's last session, against an equal-weight buy-and-hold of {@code
   * benchmarkSymbols} (indices into the panel's symbols).
   */
  public static BacktestResult run(
      DailyPanel panel,
      LocalDate from,
      Strategy strategy,
      BacktestConfig config,
      int[] benchmarkSymbols) {
    boolean[] all = new boolean[panel.symbols().size()];
    Arrays.fill(all, true);
    return run(panel, from, strategy, config, benchmarkSymbols, all);
  }

  /**
   * As {@link #run(DailyPanel, LocalDate, Strategy, BacktestConfig, int[])}, trading only the
   * symbols marked {@code tradable} (others, such as a benchmark outside the universe, are only
   * read).
   */
  public static BacktestResult run(
      DailyPanel panel,
      LocalDate from,
      Strategy strategy,
      BacktestConfig config,
      int[] benchmarkSymbols,
      boolean[] tradable) {
    return run(
        panel,
        from,
        strategy,
        config,
        benchmarkSymbols,
        tradable,
        MemberMask.all(panel.symbols().size(), panel.sessions().length));
  }

  /**
   * As {@link #run(DailyPanel, LocalDate, Strategy, BacktestConfig, int[], boolean[])} over a
   * point-in-time universe: a tradable symbol is traded only on the sessions where {@code members}
   * counts it (the rule is in the class description). The benchmark holds the benchmark symbols
   * that are members, in equal weight, re-weighted at the open of each session on which that set
   * changes (a symbol outside the universe, such as an index fund, is marked a member throughout by
   * the caller).
   */
  public static BacktestResult run(
      DailyPanel panel,
      LocalDate from,
      Strategy strategy,
      BacktestConfig config,
      int[] benchmarkSymbols,
      boolean[] tradable,
      MemberMask members) {
    if (members.symbols() != panel.symbols().size()
        || members.sessions() != panel.sessions().length) {
      throw new IllegalArgumentException("the member mask does not match the panel");
    }
    int first = 0;
    while (first < panel.sessions().length && panel.sessions()[first].isBefore(from)) {
      first++;
    }
    if (panel.sessions().length - first < 2) {
      throw new IllegalArgumentException(
          "a backtest needs at least 2 sessions from " + from + "; the data has fewer");
    }
    return new Backtester(panel, config, tradable, members, first)
        .simulate(first, strategy, benchmarkSymbols);
  }

  /** The most tradable symbols that are members on one session of the range. */
  private int mostTradableMembers(int first) {
    int most = 0;
    for (int t = first; t < panel.sessions().length; t++) {
      int count = 0;
      for (int s = 0; s < tradable.length; s++) {
        count += tradable[s] && members.isMember(s, t) ? 1 : 0;
      }
      most = Math.max(most, count);
      if (members.isAlways()) {
        break;
      }
    }
    return most;
  }

  private BacktestResult simulate(int first, Strategy strategy, int[] benchmarkSymbols) {
    LocalDate[] sessions = panel.sessions();
    int length = sessions.length - first;
    double[] equity = new double[length];
    double grossExposureSum = 0;
    int[] direction = new int[symbols];
    SessionBars bars = new SessionBars(panel, members);
    strategy.start(panel.symbols());
    for (int t = 0; t < sessions.length; t++) {
      boolean inRange = t >= first;
      bars.load(t);
      if (t > first && pendingCount > 0) {
        fillOrders(bars);
      }
      markToMarket(bars.close());
      strategy.onClose(bars, direction);
      if (inRange) {
        double value = cash + netValue;
        equity[t - first] = value;
        grossExposureSum += gross / value;
        planOrders(Math.min(t + 1, sessions.length - 1), direction, value);
      }
    }
    closeOpenTrades(sessions[sessions.length - 1]);
    double[] benchmark =
        BuyAndHold.curve(panel, first, benchmarkSymbols, config.initialCapital(), members);
    BacktestMetrics metrics =
        MetricsCalculator.compute(
            equity, benchmark, trades, grossExposureSum, tradedNotional, config.riskFreeRate());
    return new BacktestResult(
        List.of(Arrays.copyOfRange(sessions, first, sessions.length)),
        equity,
        benchmark,
        List.copyOf(trades),
        metrics);
  }

  /** Takes the session's closes as the last prices; sets the gross and net position values. */
  private void markToMarket(double[] close) {
    boolean trackVolatility = config.sizing() == Sizing.VOLATILITY_TARGET;
    double grossSum = 0;
    double netSum = 0;
    for (int s = 0; s < symbols; s++) {
      double c = close[s];
      if (!Double.isNaN(c)) {
        lastClose[s] = c;
        if (trackVolatility) {
          volatility[s].update(c);
        }
      }
      double q = quantity[s];
      if (q != 0) {
        grossSum += Math.abs(q) * lastClose[s];
        netSum += q * lastClose[s];
      }
    }
    gross = grossSum;
    netValue = netSum;
  }

  /**
   * After the close of t: which positions to close and which to open at the open of session {@code
   * next}, where only its members may be held.
   */
  private void planOrders(int next, int[] direction, double equity) {
    int held = 0;
    int entries = 0;
    pendingCount = 0;
    boolean allowShort = config.direction() == Direction.LONG_SHORT;
    for (int s = 0; s < symbols; s++) {
      int d = direction[s];
      int want =
          !tradable[s] || !members.isMember(s, next)
              ? 0
              : allowShort ? Integer.signum(d) : Math.max(0, d);
      wanted[s] = want;
      entrySize[s] = 0;
      int side = positionSide[s];
      if (side != want) {
        pending[pendingCount++] = s;
        entries += want != 0 ? 1 : 0;
      } else if (side != 0) {
        held++;
      }
    }
    for (int s = 0; s < symbols && held < maxPositions && entries > 0; s++) {
      if (wanted[s] != 0 && positionSide[s] != wanted[s]) {
        entries--;
        if (!Double.isNaN(lastClose[s])) {
          double size = equity / maxPositions / lastClose[s] * sizeFactor(s);
          entrySize[s] = config.quantities() == Quantities.WHOLE_SHARES ? Math.floor(size) : size;
          held++;
        }
      }
    }
  }

  private double sizeFactor(int s) {
    if (config.sizing() == Sizing.EQUAL_WEIGHT) {
      return 1;
    }
    double vol = volatility[s].value();
    return Double.isNaN(vol) || vol == 0 ? 1 : Math.min(1, config.targetVolatility() / vol);
  }

  /** Fills the pending orders at the session's open: exits, then short entries, then longs. */
  private void fillOrders(SessionBars bars) {
    double[] open = bars.open();
    LocalDate date = bars.date();
    int t = bars.index();
    for (int i = 0; i < pendingCount; i++) {
      int s = pending[i];
      if (positionSide[s] != 0 && !Double.isNaN(open[s])) {
        exit(s, open[s], date);
      }
    }
    for (int side = -1; side <= 1; side += 2) {
      for (int i = 0; i < pendingCount; i++) {
        int s = pending[i];
        if (wanted[s] == side
            && positionSide[s] == 0
            && entrySize[s] > 0
            && !Double.isNaN(open[s])) {
          enter(s, side, open[s], t);
        }
      }
    }
  }

  private void enter(int s, int side, double open, int t) {
    double price = side > 0 ? open * buyFactor : open * sellFactor;
    double size = entrySize[s];
    if (side > 0) {
      double perShare = price * (1 + config.commissionBps() / 10_000) + config.commissionPerShare();
      size = Math.min(size, Math.max(0, cash) / perShare);
      size = config.quantities() == Quantities.WHOLE_SHARES ? Math.floor(size) : size;
    }
    if (size <= 0) {
      return;
    }
    double commission = commission(size, price);
    cash -= side * size * price + commission;
    quantity[s] = side * size;
    positionSide[s] = side;
    tradedNotional += size * price;
    entrySide[s] = side;
    entryPrice[s] = price;
    entryCommission[s] = commission;
    entrySession[s] = t;
    entrySize[s] = 0;
  }

  private void exit(int s, double open, LocalDate date) {
    double size = Math.abs(quantity[s]);
    int side = entrySide[s];
    double price = side > 0 ? open * sellFactor : open * buyFactor;
    double commission = commission(size, price);
    cash += side * size * price - commission;
    tradedNotional += size * price;
    recordTrade(s, price, date, commission, false);
    quantity[s] = 0;
    positionSide[s] = 0;
  }

  private void closeOpenTrades(LocalDate lastSession) {
    for (int s = 0; s < symbols; s++) {
      if (quantity[s] != 0) {
        recordTrade(s, lastClose[s], lastSession, 0, true);
      }
    }
  }

  private void recordTrade(
      int s, double exitPrice, LocalDate exitDate, double exitCommission, boolean open) {
    double size = Math.abs(quantity[s]);
    int side = entrySide[s];
    double pnl = side * (exitPrice - entryPrice[s]) * size - entryCommission[s] - exitCommission;
    trades.add(
        new RoundTrip(
            panel.symbols().get(s),
            side,
            size,
            panel.sessions()[entrySession[s]],
            entryPrice[s],
            exitDate,
            exitPrice,
            pnl,
            pnl / (entryPrice[s] * size),
            open));
  }

  private double commission(double size, double price) {
    return size * price * config.commissionBps() / 10_000 + size * config.commissionPerShare();
  }
}
