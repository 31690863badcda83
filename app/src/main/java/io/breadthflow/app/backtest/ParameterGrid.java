package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.UserText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter grid written as text, the same for the CLI and HTTP: comma-separated {@code
 * name=values} where values are {@code from..to:step} (inclusive), {@code a|b|c} or one value, e.g.
 * {@code fast=10..50:10,slow=100..200:25}. Names are the strategy's parameter names ({@link
 * StrategyCatalog}); a parameter left out takes its default. The grid is every combination; for
 * {@code sma-cross} the pairs with fast not below slow are left out.
 */
public final class ParameterGrid {
  private ParameterGrid() {}

  /**
   * The grid of built-in strategy {@code strategy} that {@code text} describes, in order (the first
   * parameter varies slowest).
   *
   * @throws UseCaseException naming the problem when the text, a value or the strategy is invalid
   */
  public static List<StrategySpec> parse(String strategy, String text) {
    List<Limit> limits =
        switch (strategy == null ? "" : strategy) {
          case StrategySpec.SmaCross.NAME ->
              List.of(StrategySpec.SmaCross.FAST, StrategySpec.SmaCross.SLOW);
          case StrategySpec.RsiReversion.NAME ->
              List.of(
                  StrategySpec.RsiReversion.PERIOD,
                  StrategySpec.RsiReversion.OVERSOLD,
                  StrategySpec.RsiReversion.OVERBOUGHT);
          default ->
              throw UseCaseException.invalid(
                  "a grid runs sma-cross or rsi-reversion, not '"
                      + UserText.quoted(String.valueOf(strategy))
                      + "'");
        };
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (Limit limit : limits) {
      values.put(limit.name(), List.of(limit.fallback()));
    }
    if (text == null || text.isBlank()) {
      throw UseCaseException.invalid(
          "the grid is empty: give e.g. fast=10..50:10,slow=100..200:25");
    }
    for (String part : text.split(",")) {
      String[] nameAndValues = part.strip().split("=", -1);
      Limit limit =
          limits.stream()
              .filter(l -> nameAndValues.length == 2 && l.name().equals(nameAndValues[0].strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      UseCaseException.invalid(
                          "grid part '"
                              + UserText.quoted(part.strip())
                              + "' is not name=values with a parameter of "
                              + strategy
                              + ": "
                              + limits.stream().map(Limit::name).toList()));
      values.put(limit.name(), values(limit, nameAndValues[1].strip()));
    }
    long size = values.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
    if (size > SweepRequest.MAX_GRID) {
      throw UseCaseException.invalid(
          "the grid has " + size + " parameter sets; at most " + SweepRequest.MAX_GRID);
    }
    List<List<Double>> axes = List.copyOf(values.values());
    if (strategy.equals(StrategySpec.SmaCross.NAME)) {
      return SweepRequest.smaCrossGrid(whole(axes.get(0)), whole(axes.get(1)));
    }
    List<StrategySpec> grid = new ArrayList<>();
    for (double period : axes.get(0)) {
      for (double oversold : axes.get(1)) {
        for (double overbought : axes.get(2)) {
          grid.add(new StrategySpec.RsiReversion((int) period, oversold, overbought));
        }
      }
    }
    return grid;
  }

  private static List<Double> values(Limit limit, String text) {
    List<Double> out = new ArrayList<>();
    try {
      if (text.contains("..")) {
        String[] range = text.split("\\.\\.", -1);
        String[] toAndStep = range[1].split(":", -1);
        double from = Double.parseDouble(range[0]);
        double to = Double.parseDouble(toAndStep[0]);
        double step = toAndStep.length == 2 ? Double.parseDouble(toAndStep[1]) : 1;
        if (range.length != 2 || toAndStep.length > 2 || !(step > 0) || to < from) {
          throw new NumberFormatException();
        }
        if ((to - from) / step >= SweepRequest.MAX_GRID) {
          throw UseCaseException.invalid(
              limit.name() + " has more than " + SweepRequest.MAX_GRID + " values");
        }
        for (int i = 0; from + i * step <= to + 1e-9 * step; i++) {
          out.add(limit.check(from + i * step));
        }
      } else {
        for (String value : text.split("\\|", -1)) {
          out.add(limit.check(Double.parseDouble(value.strip())));
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw UseCaseException.invalid(
          limit.name()
              + " values must be from..to:step, a|b|c or one number, got '"
              + UserText.quoted(text)
              + "'");
    }
    return out;
  }

  private static List<Integer> whole(List<Double> values) {
    return values.stream().map(Double::intValue).toList();
  }
}
