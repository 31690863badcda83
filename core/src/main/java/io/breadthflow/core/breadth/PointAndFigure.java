package io.breadthflow.core.breadth;

/**
 * One stock's point-and-figure chart on daily closes with a 3-box reversal, updated one close at a
 * time with no allocation; it knows the chart's current signal, as the Bullish Percent Index counts
 * it (Dorsey, <i>Point and Figure Charting</i>; StockCharts ChartSchool "P&amp;F Bullish Percent
 * Index").
 *
 * <p>Boxes follow ChartSchool's traditional scale (ChartSchool "P&amp;F Scaling and Timeframes",
 * the ChartCraft table as updated by StockCharts in 2022): 0.0625 under $0.25, 0.125 for $0.25–1,
 * 0.25 for $1–5, 0.50 for $5–20, 1 for $20–100, 2 for $100–200, 4 for $200–500, 5 for $500–1000, 10
 * for $1000–2500, 50 for $2500–25000, 500 from $25000. The box levels are the multiples of each
 * range's box inside it (every boundary is a multiple of both boxes beside it, so the boundary is a
 * level either way), and "n boxes" counts levels, so a move across a boundary counts the boxes of
 * both sizes. {@link #boxSize} attributes a boundary price to the range above it (the box of the
 * next level up); StockCharts writes its ranges as 5.01–20.00, 20.01–100, which attributes it to
 * the range below, and gives the same level grid.
 *
 * <p>An X column rises to the highest level at or below the close; an O column falls to the lowest
 * level at or above it; a close that extends neither reverses the column when it reaches a level 3
 * boxes beyond the column's extreme (an X column of top T turns into an O column when the close is
 * at or below the third level under T), the new column starting at the level the close reaches. The
 * first close fixes a level (the highest at or below it); the first column starts on the first
 * close that reaches the level above it (X) or below it (O). A buy signal is given when an X column
 * rises above the top of the previous X column (a double top broken, or higher), a sell signal when
 * an O column falls below the bottom of the previous O column; the chart keeps its last signal
 * until the opposite one, and has none until its first.
 */
public final class PointAndFigure {
  private static final int REVERSAL = 3;
  private static final double[] BOUNDS = {0.25, 1, 5, 20, 100, 200, 500, 1000, 2500, 25000};
  private static final double[] BOXES = {0.0625, 0.125, 0.25, 0.5, 1, 2, 4, 5, 10, 50, 500};

  private enum Column {
    NONE,
    X,
    O
  }

  private Column column = Column.NONE;
  private boolean started;
  private double anchor;
  private double extreme;
  private double previousTop = Double.NaN;
  private double previousBottom = Double.NaN;
  private Direction signal = Direction.NONE;

  /** Adds the next close (a positive price) and returns the chart's signal after it. */
  public Direction update(double close) {
    if (!started) {
      started = true;
      anchor = floorLevel(close);
      return signal;
    }
    double floor = floorLevel(close);
    double ceiling = ceilLevel(close);
    switch (column) {
      case NONE -> {
        if (floor > anchor) {
          column = Column.X;
          extreme = floor;
        } else if (ceiling < anchor) {
          column = Column.O;
          extreme = ceiling;
        }
      }
      case X -> {
        if (floor > extreme) {
          riseTo(floor);
        } else if (ceiling <= levelsBelow(extreme)) {
          previousTop = extreme;
          column = Column.O;
          fallTo(ceiling);
        }
      }
      case O -> {
        if (ceiling < extreme) {
          fallTo(ceiling);
        } else if (floor >= levelsAbove(extreme)) {
          previousBottom = extreme;
          column = Column.X;
          riseTo(floor);
        }
      }
    }
    return signal;
  }

  /** The current signal: {@code UP} buy, {@code DOWN} sell, {@code NONE} before the first one. */
  public Direction signal() {
    return signal;
  }

  private void riseTo(double top) {
    extreme = top;
    if (top > previousTop) {
      signal = Direction.UP;
    }
  }

  private void fallTo(double bottom) {
    extreme = bottom;
    if (bottom < previousBottom) {
      signal = Direction.DOWN;
    }
  }

  /** The box size of the range holding {@code price}. */
  static double boxSize(double price) {
    return BOXES[range(price)];
  }

  /** The highest box level at or below {@code price}. */
  static double floorLevel(double price) {
    int range = range(price);
    double low = range == 0 ? 0 : BOUNDS[range - 1];
    double box = BOXES[range];
    return low + Math.floor((price - low) / box) * box;
  }

  /** The lowest box level at or above {@code price}. */
  static double ceilLevel(double price) {
    double floor = floorLevel(price);
    return floor == price ? floor : floor + boxSize(price);
  }

  private static double levelsBelow(double level) {
    double value = level;
    for (int k = 0; k < REVERSAL; k++) {
      value -= boxSize(Math.nextDown(value));
    }
    return value;
  }

  private static double levelsAbove(double level) {
    double value = level;
    for (int k = 0; k < REVERSAL; k++) {
      value += boxSize(value);
    }
    return value;
  }

  private static int range(double price) {
    int range = 0;
    while (range < BOUNDS.length && price >= BOUNDS[range]) {
      range++;
    }
    return range;
  }
}
