package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.signals.StrategyFile;
import io.breadthflow.app.strategy.RulesFile;
import io.breadthflow.core.backtest.BreadthSignalStrategy;
import io.breadthflow.core.backtest.RsiReversionStrategy;
import io.breadthflow.core.backtest.SmaCrossStrategy;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.core.strategy.Conditions;
import io.breadthflow.core.strategy.RulesStrategy;
import io.breadthflow.core.strategy.StrategyProgram;
import io.breadthflow.ingest.universe.Universe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest's strategy with its parameters, each checked against its {@link Limit} when the spec
 * is built. {@link #create} makes a fresh instance per run (strategies hold state).
 */
public sealed interface StrategySpec {
  /** The name users pick, e.g. {@code sma-cross}; a file's strategy has its own name. */
  String name();

  /** The parameters that matter for this strategy, for display and storage. */
  Map<String, Object> parameters();

  /** A new instance of the strategy. */
  Strategy create();

  /** The names of the built-in strategies, then {@code FILE}. */
  List<String> NAMES = List.of(SmaCross.NAME, RsiReversion.NAME, Breadth.NAME);

  /**
   * Golden/death cross of two simple moving averages of the close: long while fast > slow.
   *
   * @param fast the fast period
   * @param slow the slow period, above {@code fast}
   */
  record SmaCross(int fast, int slow) implements StrategySpec {
    public static final String NAME = "sma-cross";
    public static final Limit FAST =
        Limit.integer("fast", 1, 1_000, 50, "fast SMA period, sessions");
    public static final Limit SLOW =
        Limit.integer("slow", 2, 1_000, 200, "slow SMA period, sessions");

    public SmaCross {
      FAST.checkInt(fast);
      SLOW.checkInt(slow);
      if (fast >= slow) {
        throw UseCaseException.invalid("fast (" + fast + ") must be below slow (" + slow + ")");
      }
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Map<String, Object> parameters() {
      return ordered("fast", fast, "slow", slow);
    }

    @Override
    public Strategy create() {
      return new SmaCrossStrategy(fast, slow);
    }
  }

  /**
   * Mean reversion on Wilder's RSI: long below {@code oversold}, out (or short) above {@code
   * overbought}.
   *
   * @param period RSI period
   * @param oversold entry level, below {@code overbought}
   * @param overbought exit level
   */
  record RsiReversion(int period, double oversold, double overbought) implements StrategySpec {
    public static final String NAME = "rsi-reversion";
    public static final Limit PERIOD =
        Limit.integer("rsi_period", 2, 500, 14, "RSI period, sessions");
    public static final Limit OVERSOLD = Limit.number("oversold", 0, 100, 30, "RSI entry level");
    public static final Limit OVERBOUGHT = Limit.number("overbought", 0, 100, 70, "RSI exit level");

    public RsiReversion {
      PERIOD.checkInt(period);
      OVERSOLD.check(oversold);
      OVERBOUGHT.check(overbought);
      if (!(oversold < overbought)) {
        throw UseCaseException.invalid(
            "oversold (" + oversold + ") must be below overbought (" + overbought + ")");
      }
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Map<String, Object> parameters() {
      return ordered("rsi_period", period, "oversold", oversold, "overbought", overbought);
    }

    @Override
    public Strategy create() {
      return new RsiReversionStrategy(period, oversold, overbought);
    }
  }

  /** The default composite signals (breadth regime, trend, momentum, volatility). */
  record Breadth() implements StrategySpec {
    public static final String NAME = "breadth";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of();
    }

    @Override
    public Strategy create() {
      return new BreadthSignalStrategy(SignalWeights.defaults());
    }
  }

  /**
   * Composite signals with weights and thresholds from a JSON/YAML strategy file.
   *
   * @param weights what the file holds
   */
  record CompositeFile(SignalWeights weights) implements StrategySpec {
    /** Reads {@code file}; a problem is an invalid request naming it. */
    public static CompositeFile read(Path file) {
      if (!Files.isRegularFile(file)) {
        throw UseCaseException.invalid(
            "unknown strategy '"
                + file
                + "': use "
                + String.join(", ", NAMES)
                + " or a strategy file");
      }
      return new CompositeFile(StrategyFile.read(file));
    }

    @Override
    public String name() {
      return weights.name();
    }

    @Override
    public Map<String, Object> parameters() {
      return ordered(
          "weights",
          ordered(
              "breadth", weights.breadth(),
              "trend", weights.trend(),
              "momentum", weights.momentum(),
              "volatility", weights.volatility()),
          "buy_threshold",
          weights.buyThreshold(),
          "sell_threshold",
          weights.sellThreshold());
    }

    @Override
    public Strategy create() {
      return new BreadthSignalStrategy(weights);
    }
  }

  /**
   * A strategy of the strategy language (docs/STRATEGY-LANGUAGE.md): per-symbol and breadth
   * conditions, long/flat.
   *
   * @param program the parsed file
   * @param sectorOf the universe's members with their sector (breadth scopes, the sector filter)
   */
  record Rules(StrategyProgram program, Map<String, String> sectorOf) implements StrategySpec {
    public Rules {
      UseCaseException.required(program, "strategy");
      sectorOf = Map.copyOf(sectorOf);
    }

    /** Reads {@code file} for {@code universe}; a problem is an invalid request naming the key. */
    public static Rules read(Path file, Universe universe) {
      Map<String, String> sectors = new LinkedHashMap<>();
      universe.members().forEach(member -> sectors.put(member.symbol(), member.sector()));
      return new Rules(RulesFile.read(file), sectors);
    }

    @Override
    public String name() {
      return program.name();
    }

    @Override
    public Map<String, Object> parameters() {
      Map<String, Object> parameters = new LinkedHashMap<>();
      if (!program.sector().isEmpty()) {
        parameters.put("sector", program.sector());
      }
      parameters.put("long", Conditions.describe(program.entry()));
      program.ownExit().ifPresent(exit -> parameters.put("exit", Conditions.describe(exit)));
      return parameters;
    }

    @Override
    public Strategy create() {
      return new RulesStrategy(program, sectorOf);
    }
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
