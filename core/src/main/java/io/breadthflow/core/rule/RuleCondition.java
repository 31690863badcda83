package io.breadthflow.core.rule;

import io.breadthflow.core.breadth.BreadthRow;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What makes a rule fire. Each condition checks its documented range where it is built (the same
 * ranges {@link ConditionKind} describes to the API), looks at one {@link RuleInput} and keeps its
 * memory in a {@link RuleState}: crossings and changes fire on the observation where they happen
 * ({@link Crossing}), events (a breadth thrust, a pipeline alert) on each one.
 */
public sealed interface RuleCondition extends Serializable {
  /** The condition's kind (its name and parameters in rule JSON). */
  ConditionKind kind();

  /** The parameters by name, as rule JSON has them (numbers and strings). */
  Map<String, Object> parameters();

  /** What it looks at. */
  default RuleInput input() {
    return kind().input();
  }

  /** Closes its state keeps (0 unless it compares with an earlier bar). */
  default int window() {
    return 0;
  }

  /**
   * Takes one observation of its input: updates {@code state} and tells whether the condition is
   * met on it. Allocates nothing.
   */
  boolean update(Observation observation, RuleState state);

  /** The measured value a firing reports, read after {@link #update} met the condition. */
  double value(Observation observation, RuleState state);

  /** One line for people about a firing on {@code observation}. */
  String describe(Observation observation, double value);

  /** Crossing semantics shared by the level conditions: updates the previous value. */
  private static boolean cross(RuleState state, double current, double level, Crossing crossing) {
    double previous = state.previous;
    state.previous = current;
    return crossing.crossed(previous, current, level);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  private static String prefix(Observation observation) {
    return observation.symbol().isEmpty() ? "" : observation.symbol() + " ";
  }

  private static void range(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be between " + plain(min) + " and " + plain(max) + " but was " + value);
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** The close crosses a price level. */
  record PriceCross(double level, Crossing direction) implements RuleCondition {
    public PriceCross {
      range("level", level, ConditionKind.MIN_PRICE, ConditionKind.MAX_PRICE);
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.PRICE_CROSS;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("level", level, "direction", direction.code());
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, observation.close(), level, direction);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.close();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%sclose %s crossed %s %s",
          prefix(o), plain4(o.close()), direction.code(), plain4(level));
    }
  }

  /** The close moved by at least {@code percent} % against the close {@code bars} bars before. */
  record PriceChange(double percent, int bars, Move move) implements RuleCondition {
    public PriceChange {
      range("percent", percent, 0.01, 1000);
      range("bars", bars, 1, 250);
      Objects.requireNonNull(move, "move");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.PRICE_CHANGE;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("percent", percent, "bars", bars, "move", move.code());
    }

    @Override
    public int window() {
      return bars + 1;
    }

    /**
     * Met on the bar the change first reaches the threshold (not while it stays there); the
     * previous value of the state is 1 when it was met on the previous bar, 0 when not.
     */
    @Override
    public boolean update(Observation observation, RuleState state) {
      double before = state.push(observation.close());
      double change = (observation.close() / before - 1) * 100;
      if (Double.isNaN(change)) {
        state.previous = Double.NaN;
        return false;
      }
      boolean met = move.met(change, percent);
      boolean fires = met && state.previous == 0;
      state.previous = met ? 1 : 0;
      return fires;
    }

    /** The change in percent (the state's ring is full when the condition is met). */
    @Override
    public double value(Observation observation, RuleState state) {
      return (observation.close() / state.window[state.head] - 1) * 100;
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%sclose %s changed %.2f%% over %d bars (%s %s%% or more)",
          prefix(o), plain4(o.close()), value, bars, move.code(), plain4(percent));
    }
  }

  /** RSI(14) crosses a level. */
  record RsiCross(double level, Crossing direction) implements RuleCondition {
    public RsiCross {
      range("level", level, 0, 100);
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.RSI_CROSS;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("level", level, "direction", direction.code());
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, observation.rsi(), level, direction);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.rsi();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%sRSI(14) %.1f crossed %s %s", prefix(o), o.rsi(), direction.code(), plain4(level));
    }
  }

  /** The MACD line (12, 26) crosses its 9-bar signal line. */
  record MacdCross(Crossing direction) implements RuleCondition {
    public MacdCross {
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.MACD_CROSS;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("direction", direction.code());
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, observation.macd() - observation.macdSignal(), 0, direction);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.macd() - observation.macdSignal();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%sMACD %s crossed %s its signal %s",
          prefix(o), plain4(o.macd()), direction.code(), plain4(o.macdSignal()));
    }
  }

  /** A faster simple moving average crosses a slower one. */
  record SmaCross(SmaLine fast, SmaLine slow, Crossing direction) implements RuleCondition {
    public SmaCross {
      Objects.requireNonNull(fast, "fast");
      Objects.requireNonNull(slow, "slow");
      Objects.requireNonNull(direction, "direction");
      if (fast.period() >= slow.period()) {
        throw new IllegalArgumentException(
            "fast must be a shorter average than slow but was " + fast.code() + "/" + slow.code());
      }
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.SMA_CROSS;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("fast", fast.code(), "slow", slow.code(), "direction", direction.code());
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, fast.of(observation) - slow.of(observation), 0, direction);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return fast.of(observation) - slow.of(observation);
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%s%s %s crossed %s %s %s",
          prefix(o),
          fast.code(),
          plain4(fast.of(o)),
          direction.code(),
          slow.code(),
          plain4(slow.of(o)));
    }
  }

  /** Annualised 20-bar volatility rises above a level (0.6 = 60%). */
  record VolatilityAbove(double level) implements RuleCondition {
    public VolatilityAbove {
      range("level", level, 0.01, 10);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.VOLATILITY_ABOVE;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("level", level);
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, observation.volatility(), level, Crossing.ABOVE);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.volatility();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%svolatility %.1f%% rose above %.1f%%", prefix(o), o.volatility() * 100, level * 100);
    }
  }

  /** The composite signal's action changes (to any action, or to one). */
  record SignalChange(ActionFilter to) implements RuleCondition {
    public SignalChange {
      Objects.requireNonNull(to, "to");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.SIGNAL_CHANGE;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("to", to.code());
    }

    /** The previous value of the state is the previous action's ordinal. */
    @Override
    public boolean update(Observation observation, RuleState state) {
      double previous = state.previous;
      double current = observation.action().ordinal();
      state.previous = current;
      return !Double.isNaN(previous) && previous != current && to.accepts(observation.action());
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.confidence();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%ssignal changed to %s (confidence %.2f)", prefix(o), o.action(), o.confidence());
    }
  }

  /** The composite signal's confidence rises above a level. */
  record ConfidenceAbove(double level) implements RuleCondition {
    public ConfidenceAbove {
      range("level", level, 0, 1);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.CONFIDENCE_ABOVE;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("level", level);
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, observation.confidence(), level, Crossing.ABOVE);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.confidence();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%s%s signal confidence %.2f rose above %s",
          prefix(o), o.action(), o.confidence(), plain4(level));
    }
  }

  /** A Zweig breadth thrust fires (market-wide). */
  record BreadthThrust() implements RuleCondition {
    @Override
    public ConditionKind kind() {
      return ConditionKind.BREADTH_THRUST;
    }

    @Override
    public Map<String, Object> parameters() {
      return map();
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return observation.breadthRow().zbtThrust();
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.breadthRow().zbtEma10();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "Zweig breadth thrust: 10-period EMA of A/(A+D) %.3f", o.breadthRow().zbtEma10());
    }
  }

  /** The percentage of the universe above its SMA(50) or SMA(200) crosses a level. */
  record PercentAboveSma(int period, double level, Crossing direction) implements RuleCondition {
    public PercentAboveSma {
      if (period != 50 && period != 200) {
        throw new IllegalArgumentException("period must be 50 or 200 but was " + period);
      }
      range("level", level, 0, 100);
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.PERCENT_ABOVE_SMA;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("period", period, "level", level, "direction", direction.code());
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, level(observation), level, direction);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return level(observation);
    }

    private double level(Observation observation) {
      BreadthRow breadth = observation.breadthRow();
      return period == 50 ? breadth.pctAboveSma50() : breadth.pctAboveSma200();
    }

    @Override
    public String describe(Observation o, double value) {
      return format(
          "%.1f%% of stocks above SMA(%d) crossed %s %s%%",
          value, period, direction.code(), plain4(level));
    }
  }

  /** The McClellan oscillator crosses zero (market-wide). */
  record McClellanCross(Crossing direction) implements RuleCondition {
    public McClellanCross {
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.MCCLELLAN_CROSS;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("direction", direction.code());
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return cross(state, observation.breadthRow().mcclellanOscillator(), 0, direction);
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.breadthRow().mcclellanOscillator();
    }

    @Override
    public String describe(Observation o, double value) {
      return format("McClellan oscillator %.2f crossed %s zero", value, direction.code());
    }
  }

  /** One of the pipeline's own alerts, of a given rule name or any ({@code ""}). */
  record PipelineAlert(String alert) implements RuleCondition {
    public PipelineAlert {
      alert = alert == null ? "" : alert.trim();
      if (alert.length() > 64 || !alert.matches("[a-z0-9_]*")) {
        throw new IllegalArgumentException(
            "alert must be a pipeline rule name (lower-case letters, digits, '_') or empty for"
                + " any");
      }
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.PIPELINE_ALERT;
    }

    @Override
    public Map<String, Object> parameters() {
      return map("alert", alert);
    }

    @Override
    public boolean update(Observation observation, RuleState state) {
      return alert.isEmpty() || alert.equals(observation.alertRule());
    }

    @Override
    public double value(Observation observation, RuleState state) {
      return observation.alertValue();
    }

    @Override
    public String describe(Observation o, double value) {
      return o.alertMessage();
    }
  }

  private static String plain4(double value) {
    return Double.isNaN(value) ? "NaN" : format("%.4f", value).replaceAll("\\.?0+$", "");
  }
}
