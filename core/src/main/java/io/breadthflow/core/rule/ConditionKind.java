package io.breadthflow.core.rule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The kinds of condition a rule can have, each with its parameters (name, type, range, default and
 * a description): the API serves them as the rule schema the dashboard builds its form from, and
 * rule JSON is parsed and checked against them ({@link #parse}).
 */
public enum ConditionKind {
  PRICE_CROSS(
      "price_cross",
      RuleInput.BAR,
      "The close crosses a price level",
      List.of(
          ConditionParameter.number(
              "level", ConditionKind.MIN_PRICE, ConditionKind.MAX_PRICE, "price level"),
          ConditionParameter.choice(
              "direction", ConditionParameter.codes(Crossing.values()), "above", "above or below")),
      p -> new RuleCondition.PriceCross(p.number("level"), crossing(p.choice("direction")))),
  PRICE_CHANGE(
      "price_change",
      RuleInput.BAR,
      "The close moves by at least a percentage against the close N bars before",
      List.of(
          ConditionParameter.number("percent", 0.01, 1000, "the move in percent (5 = 5%)"),
          ConditionParameter.integer("bars", 1, 250, 1, "N: how many bars back"),
          ConditionParameter.choice(
              "move", List.of("up", "down", "either"), "either", "up, down or either")),
      p ->
          new RuleCondition.PriceChange(
              p.number("percent"), p.integer("bars"), move(p.choice("move")))),
  RSI_CROSS(
      "rsi_cross",
      RuleInput.BAR,
      "RSI(14) crosses above or below a level",
      List.of(
          ConditionParameter.number("level", 0, 100, "RSI level"),
          ConditionParameter.choice(
              "direction", ConditionParameter.codes(Crossing.values()), "below", "above or below")),
      p -> new RuleCondition.RsiCross(p.number("level"), crossing(p.choice("direction")))),
  MACD_CROSS(
      "macd_cross",
      RuleInput.BAR,
      "The MACD line (12, 26) crosses its 9-bar signal line",
      List.of(
          ConditionParameter.choice(
              "direction",
              ConditionParameter.codes(Crossing.values()),
              "above",
              "above (bullish) or below (bearish)")),
      p -> new RuleCondition.MacdCross(crossing(p.choice("direction")))),
  SMA_CROSS(
      "sma_cross",
      RuleInput.BAR,
      "A faster simple moving average crosses a slower one",
      List.of(
          ConditionParameter.choice(
              "fast", List.of("sma_20", "sma50", "sma200"), "sma50", "the faster average"),
          ConditionParameter.choice(
              "slow", List.of("sma_20", "sma50", "sma200"), "sma200", "the slower average"),
          ConditionParameter.choice(
              "direction",
              ConditionParameter.codes(Crossing.values()),
              "above",
              "above (golden cross) or below (death cross)")),
      p ->
          new RuleCondition.SmaCross(
              sma(p.choice("fast")), sma(p.choice("slow")), crossing(p.choice("direction")))),
  VOLATILITY_ABOVE(
      "volatility_above",
      RuleInput.BAR,
      "Annualised 20-bar volatility rises above a level",
      List.of(ConditionParameter.number("level", 0.01, 10, "annualised volatility (0.6 = 60%)")),
      p -> new RuleCondition.VolatilityAbove(p.number("level"))),
  SIGNAL_CHANGE(
      "signal_change",
      RuleInput.SIGNAL,
      "The composite signal's action changes",
      List.of(
          ConditionParameter.choice(
              "to",
              Arrays.stream(ActionFilter.values()).map(ActionFilter::code).toList(),
              "any",
              "the new action, or any")),
      p -> new RuleCondition.SignalChange(filter(p.choice("to")))),
  CONFIDENCE_ABOVE(
      "confidence_above",
      RuleInput.SIGNAL,
      "The composite signal's confidence rises above a level",
      List.of(ConditionParameter.number("level", 0, 1, "confidence")),
      p -> new RuleCondition.ConfidenceAbove(p.number("level"))),
  BREADTH_THRUST(
      "breadth_thrust",
      RuleInput.BREADTH,
      "A Zweig breadth thrust fires on the pipeline's universe (target: a universe)",
      List.of(),
      p -> new RuleCondition.BreadthThrust()),
  PERCENT_ABOVE_SMA(
      "pct_above_sma",
      RuleInput.BREADTH,
      "The percentage of stocks above their SMA(50) or SMA(200) crosses a level (target: a"
          + " universe)",
      List.of(
          ConditionParameter.integer("period", 50, 200, 50, "50 or 200"),
          ConditionParameter.number("level", 0, 100, "percentage of stocks"),
          ConditionParameter.choice(
              "direction", ConditionParameter.codes(Crossing.values()), "above", "above or below")),
      p ->
          new RuleCondition.PercentAboveSma(
              p.integer("period"), p.number("level"), crossing(p.choice("direction")))),
  MCCLELLAN_CROSS(
      "mcclellan_cross",
      RuleInput.BREADTH,
      "The McClellan oscillator crosses zero (target: a universe)",
      List.of(
          ConditionParameter.choice(
              "direction",
              ConditionParameter.codes(Crossing.values()),
              "above",
              "above (up) or below (down)")),
      p -> new RuleCondition.McClellanCross(crossing(p.choice("direction")))),
  PIPELINE_ALERT(
      "pipeline_alert",
      RuleInput.ALERT,
      "One of the pipeline's own alerts (rsi_overbought, breadth_thrust, …), or any",
      List.of(
          ConditionParameter.text(
              "alert", "", "the pipeline alert's rule name; empty for any (streaming only)")),
      p -> new RuleCondition.PipelineAlert(p.text("alert")));

  /** Least price level. */
  static final double MIN_PRICE = 0.0001;

  /** Greatest price level. */
  static final double MAX_PRICE = 1_000_000_000;

  private final String code;
  private final RuleInput input;
  private final String description;
  private final List<ConditionParameter> parameters;
  private final Function<Values, RuleCondition> factory;

  ConditionKind(
      String code,
      RuleInput input,
      String description,
      List<ConditionParameter> parameters,
      Function<Values, RuleCondition> factory) {
    this.code = code;
    this.input = input;
    this.description = description;
    this.parameters = parameters;
    this.factory = factory;
  }

  /** The name in rule JSON ({@code "kind"}). */
  public String code() {
    return code;
  }

  /** What conditions of this kind look at. */
  public RuleInput input() {
    return input;
  }

  /** One line for people. */
  public String description() {
    return description;
  }

  /** The parameters, in the order a form shows them. */
  public List<ConditionParameter> parameters() {
    return parameters;
  }

  /** True for market-wide conditions, whose rules target a universe. */
  public boolean marketWide() {
    return input == RuleInput.BREADTH;
  }

  /**
   * The kind named {@code code}.
   *
   * @throws IllegalArgumentException listing the kinds otherwise
   */
  public static ConditionKind of(String code) {
    for (ConditionKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "condition kind must be one of "
            + String.join(", ", Arrays.stream(values()).map(ConditionKind::code).toList())
            + " but was '"
            + code
            + "'");
  }

  /**
   * A condition of this kind from its parameters as parsed from JSON (numbers, strings); missing
   * ones take their default.
   *
   * @throws IllegalArgumentException with one line naming the parameter and its rule, for a
   *     missing, unknown, mistyped or out-of-range parameter
   */
  public RuleCondition parse(Map<String, ?> values) {
    Set<String> known = new HashSet<>();
    parameters.forEach(p -> known.add(p.name()));
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            code
                + " has no parameter '"
                + name
                + "'"
                + (known.isEmpty() ? "" : " (it takes " + String.join(", ", known) + ")"));
      }
    }
    return factory.apply(new Values(this, values));
  }

  private static Crossing crossing(String code) {
    return Crossing.valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  private static Move move(String code) {
    return Move.valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  private static ActionFilter filter(String code) {
    return ActionFilter.valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  private static SmaLine sma(String code) {
    for (SmaLine line : SmaLine.values()) {
      if (line.code().equals(code)) {
        return line;
      }
    }
    throw new IllegalArgumentException("unknown average " + code);
  }

  /** Parameter values of one rule, read with the kind's types, ranges and defaults. */
  private record Values(ConditionKind kind, Map<String, ?> values) {
    private ConditionParameter parameter(String name) {
      for (ConditionParameter parameter : kind.parameters) {
        if (parameter.name().equals(name)) {
          return parameter;
        }
      }
      throw new IllegalStateException(kind.code + " declares no parameter " + name);
    }

    private Object raw(String name) {
      ConditionParameter parameter = parameter(name);
      Object value = values.get(name);
      if (value == null) {
        return parameter
            .defaultValue()
            .orElseThrow(
                () -> new IllegalArgumentException(kind.code + " needs parameter '" + name + "'"));
      }
      return value;
    }

    double number(String name) {
      ConditionParameter parameter = parameter(name);
      if (!(raw(name) instanceof Number number) || !Double.isFinite(number.doubleValue())) {
        throw new IllegalArgumentException(
            kind.code + " parameter '" + name + "' must be a number");
      }
      double value = number.doubleValue();
      inRange(parameter, value);
      return value;
    }

    int integer(String name) {
      ConditionParameter parameter = parameter(name);
      Object raw = raw(name);
      if (!(raw instanceof Number number)
          || number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new IllegalArgumentException(
            kind.code + " parameter '" + name + "' must be a whole number");
      }
      inRange(parameter, number.doubleValue());
      return number.intValue();
    }

    String choice(String name) {
      ConditionParameter parameter = parameter(name);
      Object raw = raw(name);
      if (!(raw instanceof String text) || !parameter.choices().contains(text)) {
        throw new IllegalArgumentException(
            kind.code
                + " parameter '"
                + name
                + "' must be one of "
                + String.join(", ", parameter.choices()));
      }
      return text;
    }

    String text(String name) {
      if (!(raw(name) instanceof String text)) {
        throw new IllegalArgumentException(
            kind.code + " parameter '" + name + "' must be a string");
      }
      return text;
    }

    private void inRange(ConditionParameter parameter, double value) {
      if (!(value >= parameter.min() && value <= parameter.max())) {
        throw new IllegalArgumentException(
            kind.code
                + " parameter '"
                + parameter.name()
                + "' must be between "
                + plain(parameter.min())
                + " and "
                + plain(parameter.max())
                + " but was "
                + plain(value));
      }
    }

    private static String plain(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }
}
