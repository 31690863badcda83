package io.breadthflow.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import io.breadthflow.core.strategy.Operand.Level;
import io.breadthflow.core.strategy.Operand.Series;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The condition tree rejects what is out of range when it is built, naming the rule. */
class StrategyProgramTest {
  private static final Condition CLOSE_ABOVE_ZERO =
      new SymbolTest(Series.close(), Comparison.ABOVE, new Level(0));

  @Test
  void periodsOutsideTheirKindsRangeAreRejected() {
    assertThatThrownBy(() -> new Series(SeriesKind.SMA, 0))
        .hasMessage("sma period must be 1 to 1000, got 0");
    assertThatThrownBy(() -> new Series(SeriesKind.RSI, 1))
        .hasMessage("rsi period must be 2 to 500, got 1");
    assertThatThrownBy(() -> new Series(SeriesKind.ROC, 1001))
        .hasMessage("roc period must be 1 to 1000, got 1001");
    assertThatThrownBy(() -> new Series(SeriesKind.CLOSE, 5)).hasMessage("close takes no period");
    assertThat(new Series(SeriesKind.EMA, 1000)).hasToString("ema(1000)");
  }

  @Test
  void levelsMustBeFiniteAndWithinTheBreadthMeasuresRange() {
    assertThatThrownBy(() -> new Level(Double.NaN)).hasMessageContaining("finite");
    assertThatThrownBy(
            () ->
                new BreadthTest(
                    BreadthMeasure.PCT_ABOVE_SMA50, Scope.SECTOR, Comparison.ABOVE, 101))
        .hasMessage("pct_above_sma50 level must be 0 to 100, got 101.0");
    assertThatThrownBy(
            () ->
                new BreadthTest(
                    BreadthMeasure.AD_PERCENT, Scope.UNIVERSE, Comparison.BELOW, -100.5))
        .hasMessage("ad_percent level must be -100 to 100, got -100.5");
    assertThat(
            new BreadthTest(
                    BreadthMeasure.MCCLELLAN_OSCILLATOR, Scope.UNIVERSE, Comparison.ABOVE, -250)
                .level())
        .isEqualTo(-250);
  }

  @Test
  void combinationsNeedOneToThirtyTwoConditions() {
    assertThatThrownBy(() -> new All(List.of())).hasMessage("all needs 1 to 32 conditions, got 0");
    assertThatThrownBy(() -> new Any(Collections.nCopies(33, CLOSE_ABOVE_ZERO)))
        .hasMessage("any needs 1 to 32 conditions, got 33");
  }

  @Test
  void aProgramNeedsANameAnEntryAndAtMostSixtyFourConditions() {
    assertThatThrownBy(() -> new StrategyProgram(" ", "", CLOSE_ABOVE_ZERO, null))
        .hasMessage("name must be 1 to 80 characters");
    assertThatThrownBy(() -> new StrategyProgram("x", "", null, null))
        .hasMessage("long (the entry conditions) is required");
    Condition many = new All(Collections.nCopies(32, CLOSE_ABOVE_ZERO));
    assertThatThrownBy(() -> new StrategyProgram("x", "", many, new Any(List.of(many, many))))
        .hasMessage("a strategy has at most 64 conditions, got 96");
  }

  @Test
  void aProgramListsTheDistinctSeriesItReadsAndTheScopes() {
    StrategyProgram program = StrategyEvaluatorTest.TREND;
    assertThat(program.series())
        .containsExactly(
            Series.close(),
            new Series(SeriesKind.SMA, 20),
            new Series(SeriesKind.RSI, 14),
            new Series(SeriesKind.SMA, 10),
            new Series(SeriesKind.SMA, 30));
    assertThat(program.reads(Scope.SECTOR)).isTrue();
    assertThat(Conditions.describe(program.entry()))
        .isEqualTo(
            "close above sma(20) and rsi(14) below 75.0 and sector pct_above_sma50 above 40.0 and"
                + " (universe mcclellan_oscillator above 0.0 or sma(10) crosses_above sma(30))");
  }
}
