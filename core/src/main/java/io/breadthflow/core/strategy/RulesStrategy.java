package io.breadthflow.core.strategy;

import io.breadthflow.core.backtest.SessionBars;
import io.breadthflow.core.backtest.Strategy;
import java.util.List;
import java.util.Map;

/**
 * The backtester's face of a {@link StrategyProgram}: each session's closes, and over a
 * point-in-time universe its members ({@link SessionBars#members()}, so that breadth counts only
 * them), go to a {@link StrategyEvaluator}, whose directions are the orders (long/flat, filled at
 * the next open).
 */
public final class RulesStrategy implements Strategy {
  private final StrategyProgram program;
  private final Map<String, String> sectorOf;
  private StrategyEvaluator evaluator;

  /**
   * @param program the strategy
   * @param sectorOf the universe's members with their sector; other symbols of a run (a benchmark)
   *     are not traded and not counted in breadth
   */
  public RulesStrategy(StrategyProgram program, Map<String, String> sectorOf) {
    this.program = program;
    this.sectorOf = Map.copyOf(sectorOf);
  }

  @Override
  public void start(List<String> symbols) {
    evaluator = new StrategyEvaluator(program, symbols, sectorOf);
  }

  @Override
  public void onClose(SessionBars session, int[] direction) {
    evaluator.onSession(session.close(), session.members(), direction);
  }
}
