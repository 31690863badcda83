package io.breadthflow.core.walkforward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How steady a walk-forward's choices were: how often the chosen parameter set changed from one
 * window to the next, and the spread of each parameter's chosen values relative to the range the
 * grid offered. A robust optimum changes rarely and moves little.
 *
 * @param windows the number of windows
 * @param changes windows whose chosen set differs from the previous window's
 * @param changeRate {@code changes / (windows − 1)}; 0 for a single window
 * @param distinctSets how many different parameter sets were chosen
 * @param parameters the spread of each parameter, in grid order
 */
public record ParameterStability(
    int windows, int changes, double changeRate, int distinctSets, List<Spread> parameters) {

  /**
   * One parameter's chosen values.
   *
   * @param name the parameter
   * @param min smallest value chosen
   * @param max largest value chosen
   * @param mean mean of the chosen values
   * @param deviation sample standard deviation of the chosen values (0 for one window)
   * @param relativeRange {@code (max − min) / (grid max − grid min)}, 0 when the grid offers one
   *     value
   */
  public record Spread(
      String name, double min, double max, double mean, double deviation, double relativeRange) {}

  /**
   * The stability of choosing {@code chosen[w]} (an index into {@code grid}) in window w, where
   * {@code grid[i][p]} is parameter p's value in set i and {@code names[p]} its name.
   */
  public static ParameterStability of(List<String> names, double[][] grid, int[] chosen) {
    if (chosen.length == 0) {
      throw new IllegalArgumentException("stability needs at least one window");
    }
    int changes = 0;
    for (int w = 1; w < chosen.length; w++) {
      changes += chosen[w] != chosen[w - 1] ? 1 : 0;
    }
    int distinct = (int) Arrays.stream(chosen).distinct().count();
    List<Spread> spreads = new ArrayList<>();
    for (int p = 0; p < names.size(); p++) {
      double gridMin = Double.POSITIVE_INFINITY;
      double gridMax = Double.NEGATIVE_INFINITY;
      for (double[] set : grid) {
        gridMin = Math.min(gridMin, set[p]);
        gridMax = Math.max(gridMax, set[p]);
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double mean = 0;
      for (int c : chosen) {
        double v = grid[c][p];
        min = Math.min(min, v);
        max = Math.max(max, v);
        mean += v;
      }
      mean /= chosen.length;
      double squares = 0;
      for (int c : chosen) {
        squares += (grid[c][p] - mean) * (grid[c][p] - mean);
      }
      double deviation = chosen.length < 2 ? 0 : Math.sqrt(squares / (chosen.length - 1));
      double relative = gridMax > gridMin ? (max - min) / (gridMax - gridMin) : 0;
      spreads.add(new Spread(names.get(p), min, max, mean, deviation, relative));
    }
    return new ParameterStability(
        chosen.length,
        changes,
        chosen.length < 2 ? 0 : (double) changes / (chosen.length - 1),
        distinct,
        List.copyOf(spreads));
  }
}
