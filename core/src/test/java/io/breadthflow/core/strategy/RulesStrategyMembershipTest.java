package io.breadthflow.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.SessionBars;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a point-in-time backtest a strategy file's breadth is that of each session's members: {@link
 * RulesStrategy} decides as an evaluator fed the mask's rows by hand, and not as one that counts
 * every symbol.
 */
class RulesStrategyMembershipTest {
  private static final StrategyProgram BREADTH_ONLY =
      new StrategyProgram(
          "breadth-only",
          "",
          new BreadthTest(BreadthMeasure.PCT_ABOVE_SMA50, Scope.UNIVERSE, Comparison.ABOVE, 50),
          null);

  @Test
  void aPointInTimeBacktestDecidesOnTheBreadthOfEachSessionsMembers() {
    TestPanels data = new TestPanels(40, 420, 11);
    DailyPanel panel =
        new DailyPanel(
            data.symbols,
            data.sessions,
            data.close,
            data.close,
            data.close,
            data.close,
            data.volume);
    boolean[][] member = new boolean[data.symbols.size()][data.sessions.length];
    for (int s = 0; s < member.length; s++) {
      int join = s % 2 == 0 ? 100 + (s * 29) % 250 : 0;
      for (int t = 0; t < data.sessions.length; t++) {
        member[s][t] = t >= join;
      }
    }
    MemberMask mask = MemberMask.of(member, data.sessions.length);
    boolean[] tradable = new boolean[data.symbols.size()];
    Arrays.fill(tradable, true);
    BacktestConfig config = BacktestConfig.defaults(100_000);

    BacktestResult rules =
        run(panel, new RulesStrategy(BREADTH_ONLY, data.sectorOf), config, tradable, mask);
    BacktestResult byHand = run(panel, replay(data, mask), config, tradable, mask);
    BacktestResult countingAll = run(panel, replay(data, null), config, tradable, mask);

    assertThat(rules.equity()).containsExactly(byHand.equity());
    assertThat(rules.trades()).isEqualTo(byHand.trades()).isNotEmpty();
    assertThat(countingAll.trades()).isNotEqualTo(rules.trades());
  }

  private static BacktestResult run(
      DailyPanel panel,
      Strategy strategy,
      BacktestConfig config,
      boolean[] tradable,
      MemberMask mask) {
    return Backtester.run(
        panel, panel.sessions()[260], strategy, config, new int[] {0}, tradable, mask);
  }

  /** An evaluator fed each session's closes and, with a mask, its member row read from the mask. */
  private static Strategy replay(TestPanels data, MemberMask mask) {
    return new Strategy() {
      private StrategyEvaluator evaluator;
      private boolean[] row;

      @Override
      public void start(List<String> symbols) {
        evaluator = new StrategyEvaluator(BREADTH_ONLY, symbols, data.sectorOf);
        row = new boolean[symbols.size()];
      }

      @Override
      public void onClose(SessionBars session, int[] direction) {
        if (mask == null) {
          evaluator.onSession(data.session(session.index()), direction);
        } else {
          mask.session(session.index(), row);
          evaluator.onSession(data.session(session.index()), row, direction);
        }
      }
    };
  }
}
