package io.breadthflow.app.indicators;

import io.breadthflow.core.indicator.WarmUp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per column, the first bar whose value no longer depends on where the history started: the key
 * (session date or bar time) of bar {@link WarmUp#stableFrom()} of a run that started at {@code
 * keys[0]}.
 *
 * @param <T> the key of a bar: its session date or its start time
 * @param stableFrom column → key of the first stable bar; {@code null} when the history is too
 *     short to reach it, or the column is cumulative
 * @param cumulative the columns that never become independent of the start (OBV)
 * @param tolerance the tolerance the warm-ups were computed for
 */
public record StableFrom<T>(Map<String, T> stableFrom, List<String> cumulative, double tolerance) {

  public StableFrom {
    stableFrom = Collections.unmodifiableMap(new LinkedHashMap<>(stableFrom));
    cumulative = List.copyOf(cumulative);
  }

  /**
   * @param columns column names
   * @param warmUps their warm-ups, in the same order
   * @param keys the key of every bar of the run, oldest first
   */
  public static <T> StableFrom<T> of(List<String> columns, List<WarmUp> warmUps, List<T> keys) {
    if (columns.size() != warmUps.size()) {
      throw new IllegalArgumentException("one warm-up per column");
    }
    Map<String, T> stable = new LinkedHashMap<>();
    List<String> cumulative = new ArrayList<>();
    double tolerance = WarmUp.DEFAULT_TOLERANCE;
    for (int c = 0; c < columns.size(); c++) {
      WarmUp warmUp = warmUps.get(c);
      tolerance = warmUp.tolerance();
      if (warmUp.isCumulative()) {
        cumulative.add(columns.get(c));
      }
      int bar = warmUp.stableFrom();
      stable.put(columns.get(c), bar < keys.size() ? keys.get(bar) : null);
    }
    return new StableFrom<>(stable, cumulative, tolerance);
  }
}
