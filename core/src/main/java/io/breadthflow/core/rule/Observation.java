package io.breadthflow.core.rule;

import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalAction;
import java.time.Instant;

/**
 * One thing the rules look at: a symbol's bar with its indicators, a symbol's composite signal, the
 * market's breadth after a period, or a pipeline alert. Mutable and meant to be reused: one
 * instance per evaluating thread is filled by {@link #bar}, {@link #signal}, {@link #breadth} or
 * {@link #alert} before each evaluation, so evaluating allocates nothing. Not thread-safe. Values
 * not given by the kind of observation are {@code NaN} (or null).
 */
public final class Observation {
  private RuleInput input;
  private String symbol = "";
  private Interval interval;
  private Instant time;
  private double close;
  private double rsi;
  private double macd;
  private double macdSignal;
  private double sma20;
  private double sma50;
  private double sma200;
  private double volatility;
  private SignalAction action;
  private double confidence;
  private BreadthRow breadth;
  private String alertRule;
  private String alertMessage;
  private double alertValue;

  /**
   * A final bar of {@code symbol} with its indicators.
   *
   * @param time the bar's start
   * @param rsi RSI(14), Wilder's
   * @param macd MACD line (12, 26)
   * @param macdSignal its 9-bar signal line
   * @param volatility annualised 20-bar volatility of the close (0.25 = 25%)
   */
  public Observation bar(
      String symbol,
      Interval interval,
      Instant time,
      double close,
      double rsi,
      double macd,
      double macdSignal,
      double sma20,
      double sma50,
      double sma200,
      double volatility) {
    reset(RuleInput.BAR, symbol, interval, time);
    this.close = close;
    this.rsi = rsi;
    this.macd = macd;
    this.macdSignal = macdSignal;
    this.sma20 = sma20;
    this.sma50 = sma50;
    this.sma200 = sma200;
    this.volatility = volatility;
    return this;
  }

  /** The composite signal of {@code symbol} on the bar starting at {@code time}. */
  public Observation signal(
      String symbol, Interval interval, Instant time, SignalAction action, double confidence) {
    reset(RuleInput.SIGNAL, symbol, interval, time);
    this.action = action;
    this.confidence = confidence;
    return this;
  }

  /** The breadth of the period starting at {@code time} (market-wide: no symbol). */
  public Observation breadth(Interval interval, Instant time, BreadthRow breadth) {
    reset(RuleInput.BREADTH, "", interval, time);
    this.breadth = breadth;
    return this;
  }

  /** A pipeline alert ({@code symbol} empty for a market-wide one). */
  public Observation alert(
      String symbol, Interval interval, Instant time, String rule, String message, double value) {
    reset(RuleInput.ALERT, symbol, interval, time);
    this.alertRule = rule;
    this.alertMessage = message;
    this.alertValue = value;
    return this;
  }

  private void reset(RuleInput input, String symbol, Interval interval, Instant time) {
    this.input = input;
    this.symbol = symbol;
    this.interval = interval;
    this.time = time;
    close = Double.NaN;
    rsi = Double.NaN;
    macd = Double.NaN;
    macdSignal = Double.NaN;
    sma20 = Double.NaN;
    sma50 = Double.NaN;
    sma200 = Double.NaN;
    volatility = Double.NaN;
    action = null;
    confidence = Double.NaN;
    breadth = null;
    alertRule = null;
    alertMessage = null;
    alertValue = Double.NaN;
  }

  public RuleInput input() {
    return input;
  }

  /** The symbol, empty for market-wide observations. */
  public String symbol() {
    return symbol;
  }

  public Interval interval() {
    return interval;
  }

  /** The start of the bar or period. */
  public Instant time() {
    return time;
  }

  public double close() {
    return close;
  }

  public double rsi() {
    return rsi;
  }

  public double macd() {
    return macd;
  }

  public double macdSignal() {
    return macdSignal;
  }

  public double sma20() {
    return sma20;
  }

  public double sma50() {
    return sma50;
  }

  public double sma200() {
    return sma200;
  }

  public double volatility() {
    return volatility;
  }

  public SignalAction action() {
    return action;
  }

  public double confidence() {
    return confidence;
  }

  public BreadthRow breadthRow() {
    return breadth;
  }

  public String alertRule() {
    return alertRule;
  }

  public String alertMessage() {
    return alertMessage;
  }

  public double alertValue() {
    return alertValue;
  }
}
