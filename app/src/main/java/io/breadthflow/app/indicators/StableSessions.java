package io.breadthflow.app.indicators;

import io.breadthflow.core.indicator.WarmUp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per column, the first session whose value no longer depends on where the history started: the
 * session of bar {@link WarmUp#stableFrom()} of a run that started at {@code sessions[0]}.
 *
 * @param stableFrom column → first stable session; {@code null} when the history is too short to
 *     reach it, or the column is cumulative
 * @param cumulative the columns that never become independent of the start (OBV)
 * @param tolerance the tolerance the warm-ups were computed for
 */
public record StableSessions(
    Map<String, LocalDate> stableFrom, List<String> cumulative, double tolerance) {

  public StableSessions {
    stableFrom = Collections.unmodifiableMap(new LinkedHashMap<>(stableFrom));
    cumulative = List.copyOf(cumulative);
  }

  /**
   * @param columns column names
   * @param warmUps their warm-ups, in the same order
   * @param sessions the session of every bar of the run, oldest first
   */
  public static StableSessions of(
      List<String> columns, List<WarmUp> warmUps, List<LocalDate> sessions) {
    if (columns.size() != warmUps.size()) {
      throw new IllegalArgumentException("one warm-up per column");
    }
    Map<String, LocalDate> stable = new LinkedHashMap<>();
    List<String> cumulative = new ArrayList<>();
    double tolerance = WarmUp.DEFAULT_TOLERANCE;
    for (int c = 0; c < columns.size(); c++) {
      WarmUp warmUp = warmUps.get(c);
      tolerance = warmUp.tolerance();
      if (warmUp.isCumulative()) {
        cumulative.add(columns.get(c));
      }
      int bar = warmUp.stableFrom();
      stable.put(columns.get(c), bar < sessions.size() ? sessions.get(bar) : null);
    }
    return new StableSessions(stable, cumulative, tolerance);
  }
}
