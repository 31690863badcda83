package io.breadthflow.app.demo;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the demo flow loads: history (simulated, or imported from CSV files), signals of its last
 * months, and one backtest.
 *
 * @param universe the simulated universe (ignored when {@code input} is given)
 * @param history the simulated sessions
 * @param input a folder of CSV files to import instead of simulating, or empty
 * @param signalMonths months before the last stored session that signals are generated for
 * @param strategy the backtest's strategy
 * @param backtestSymbols how many of the store's symbols the backtest trades (0: all)
 * @param backtestYears years before the last stored session that the backtest covers
 */
public record DemoPlan(
    Universe universe,
    DateRange history,
    Optional<Path> input,
    int signalMonths,
    StrategySpec strategy,
    int backtestSymbols,
    int backtestYears) {

  /** How much history {@code bf demo} simulates. */
  public enum Length {
    /** Three years. */
    FULL,
    /** Eighteen months ({@code --quick}). */
    QUICK
  }

  /** The command API's quick flows. */
  public enum Flow {
    /** What {@code bf demo --quick} loads. */
    DEMO,
    /** demo_small, three years, the breadth strategy. */
    SMALL,
    /** demo_medium, three years, the breadth strategy. */
    MEDIUM,
    /** sp100, three years, the breadth strategy. */
    FULL
  }

  public DemoPlan {
    if (signalMonths < 1 || signalMonths > 120 || backtestYears < 1 || backtestYears > 30) {
      throw UseCaseException.invalid("a demo covers 1 to 120 months of signals, 1 to 30 years");
    }
  }

  /**
   * What {@code bf demo} loads: sp100 up to {@code today}, signals of the last three months, an
   * sma-cross backtest on ten symbols.
   */
  public static DemoPlan session(LocalDate today, Length length, Optional<Path> input) {
    LocalDate start = length == Length.QUICK ? today.minusMonths(18) : today.minusYears(3);
    return new DemoPlan(
        Universes.sp100(),
        new DateRange(start, today),
        input,
        3,
        new StrategySpec.SmaCross(10, 50),
        10,
        length == Length.QUICK ? 1 : 2);
  }

  /** A quick flow of the command API, on simulated data up to {@code today}. */
  public static DemoPlan flow(Flow flow, LocalDate today) {
    if (flow == Flow.DEMO) {
      return session(today, Length.QUICK, Optional.empty());
    }
    String universe =
        switch (flow) {
          case SMALL -> "demo_small";
          case MEDIUM -> "demo_medium";
          default -> "sp100";
        };
    return new DemoPlan(
        Universes.load(universe),
        new DateRange(today.minusYears(3), today),
        Optional.empty(),
        12,
        new StrategySpec.Breadth(),
        0,
        1);
  }
}
