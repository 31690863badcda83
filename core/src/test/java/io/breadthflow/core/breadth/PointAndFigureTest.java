package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointAndFigureTest {

  @Test
  void boxSizeFollowsTheTraditionalScaleWithBoundariesBelongingToTheRangeAbove() {
    assertThat(PointAndFigure.boxSize(0.24)).isEqualTo(0.0625);
    assertThat(PointAndFigure.boxSize(0.25)).isEqualTo(0.125);
    assertThat(PointAndFigure.boxSize(0.99)).isEqualTo(0.125);
    assertThat(PointAndFigure.boxSize(1)).isEqualTo(0.25);
    assertThat(PointAndFigure.boxSize(4.99)).isEqualTo(0.25);
    assertThat(PointAndFigure.boxSize(5)).isEqualTo(0.5);
    assertThat(PointAndFigure.boxSize(19.99)).isEqualTo(0.5);
    assertThat(PointAndFigure.boxSize(20)).isEqualTo(1);
    assertThat(PointAndFigure.boxSize(99.99)).isEqualTo(1);
    assertThat(PointAndFigure.boxSize(100)).isEqualTo(2);
    assertThat(PointAndFigure.boxSize(199.99)).isEqualTo(2);
    assertThat(PointAndFigure.boxSize(200)).isEqualTo(4);
    assertThat(PointAndFigure.boxSize(499.99)).isEqualTo(4);
    assertThat(PointAndFigure.boxSize(500)).isEqualTo(5);
    assertThat(PointAndFigure.boxSize(999.99)).isEqualTo(5);
    assertThat(PointAndFigure.boxSize(1000)).isEqualTo(10);
    assertThat(PointAndFigure.boxSize(2499.99)).isEqualTo(10);
    assertThat(PointAndFigure.boxSize(2500)).isEqualTo(50);
    assertThat(PointAndFigure.boxSize(24999)).isEqualTo(50);
    assertThat(PointAndFigure.boxSize(25000)).isEqualTo(500);
  }

  @Test
  void levelsMatchANaiveWalkUpStockChartsTraditionalTable() {
    // ChartSchool "P&F Scaling and Timeframes", traditional scaling (the ChartCraft table as
    // StockCharts updated it in 2022): from price, box size.
    double[][] table = {
      {0, 0.0625},
      {0.25, 0.125},
      {1, 0.25},
      {5, 0.5},
      {20, 1},
      {100, 2},
      {200, 4},
      {500, 5},
      {1000, 10},
      {2500, 50},
      {25000, 500}
    };
    List<Double> levels = new ArrayList<>();
    double level = 0;
    while (level <= 30000) {
      levels.add(level);
      double box = 0;
      for (double[] range : table) {
        if (level >= range[0]) {
          box = range[1];
        }
      }
      level += box;
    }
    java.util.Random random = new java.util.Random(1947);
    for (int i = 0; i < 20_000; i++) {
      double price = Math.exp(Math.log(0.01) + random.nextDouble() * Math.log(29_000 / 0.01));
      if (i % 4 == 0) {
        price = levels.get(1 + random.nextInt(levels.size() - 2));
      }
      double below = 0;
      double above = Double.NaN;
      for (double candidate : levels) {
        if (candidate <= price) {
          below = candidate;
        }
        if (candidate >= price && Double.isNaN(above)) {
          above = candidate;
        }
      }
      assertThat(PointAndFigure.floorLevel(price)).as("floor of %s", price).isEqualTo(below);
      assertThat(PointAndFigure.ceilLevel(price)).as("ceiling of %s", price).isEqualTo(above);
    }
    assertThat(levels).contains(1000.0, 1010.0, 2490.0, 2500.0, 2550.0, 25000.0, 25500.0);
  }

  @Test
  void levelsAreMultiplesOfEachRangesBox() {
    assertThat(PointAndFigure.floorLevel(4.99)).isEqualTo(4.75);
    assertThat(PointAndFigure.ceilLevel(4.99)).isEqualTo(5);
    assertThat(PointAndFigure.floorLevel(5.3)).isEqualTo(5);
    assertThat(PointAndFigure.ceilLevel(5.3)).isEqualTo(5.5);
    assertThat(PointAndFigure.floorLevel(19.2)).isEqualTo(19);
    assertThat(PointAndFigure.ceilLevel(19.2)).isEqualTo(19.5);
    assertThat(PointAndFigure.floorLevel(22)).isEqualTo(22);
    assertThat(PointAndFigure.ceilLevel(22)).isEqualTo(22);
    assertThat(PointAndFigure.floorLevel(203.9)).isEqualTo(200);
    assertThat(PointAndFigure.ceilLevel(203.9)).isEqualTo(204);
    assertThat(PointAndFigure.floorLevel(1234)).isEqualTo(1230);
    assertThat(PointAndFigure.floorLevel(3456)).isEqualTo(3450);
  }

  @Test
  void reversesOnACloseExactlyThreeBoxesBelowTheTopButNotOnTwo() {
    assertThat(signals(20, 25, 22, 26))
        .as("X to 25, O at 22 (three boxes), X to 26 above the first X column: buy")
        .containsExactly(Direction.NONE, Direction.NONE, Direction.NONE, Direction.UP);
    assertThat(signals(20, 25, 22.01, 26))
        .as("22.01 fills 24 and 23 only: the X column just rises to 26, no previous X column")
        .containsOnly(Direction.NONE);
    assertThat(signals(20, 25, 23, 26)).as("two boxes").containsOnly(Direction.NONE);
  }

  @Test
  void countsBoxesOfBothSizesAcrossAScaleBoundary() {
    assertThat(signals(15, 21, 19, 22))
        .as("21 to 20 (box 1), to 19.5 and 19 (box 0.5): three boxes, reversal; 22 breaks 21")
        .containsExactly(Direction.NONE, Direction.NONE, Direction.NONE, Direction.UP);
    assertThat(signals(15, 21, 19.2, 22))
        .as("19.2 reaches 19.5 only: two boxes")
        .containsOnly(Direction.NONE);
  }

  @Test
  void doubleTopIsNoBuyUntilBrokenByOneBox() {
    assertThat(signals(20, 25, 22, 25, 25.9, 26))
        .as("X 25, O 22, X 25 equals the top, 25.9 fills nothing, 26 breaks the double top")
        .containsExactly(
            Direction.NONE,
            Direction.NONE,
            Direction.NONE,
            Direction.NONE,
            Direction.NONE,
            Direction.UP);
  }

  @Test
  void doubleBottomBrokenIsASellKeptUntilABuy() {
    assertThat(signals(30, 25, 28, 25, 24.5, 24, 27, 28, 29))
        .as(
            "O 25, X 28, O 25 equals the bottom, 24.5 fills nothing, 24 sells; X 27 below 28"
                + " keeps the sell, 28 ties, 29 buys")
        .containsExactly(
            Direction.NONE,
            Direction.NONE,
            Direction.NONE,
            Direction.NONE,
            Direction.NONE,
            Direction.DOWN,
            Direction.DOWN,
            Direction.DOWN,
            Direction.UP);
  }

  @Test
  void firstColumnStartsOneBoxFromTheFirstClosesLevel() {
    assertThat(signals(20.5, 20.9, 19.5, 22, 19))
        .as("level 20: 20.9 fills nothing, 19.5 starts an O column, X to 22, O to 19 below 19.5")
        .containsExactly(
            Direction.NONE, Direction.NONE, Direction.NONE, Direction.NONE, Direction.DOWN);
    assertThat(signals(20.5, 21, 18, 22))
        .as("X 21 from level 20, O 18, X 22 above 21: buy on the fourth close")
        .containsExactly(Direction.NONE, Direction.NONE, Direction.NONE, Direction.UP);
  }

  private static List<Direction> signals(double... closes) {
    PointAndFigure chart = new PointAndFigure();
    List<Direction> out = new ArrayList<>();
    for (double close : closes) {
      out.add(chart.update(close));
      assertThat(chart.signal()).isEqualTo(out.get(out.size() - 1));
    }
    return out;
  }
}
