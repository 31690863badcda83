package io.breadthflow.app.breadth;

import io.breadthflow.app.indicators.StableFrom;
import io.breadthflow.core.breadth.BreadthWarmUp;
import io.breadthflow.core.indicator.WarmUp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first stable session of every breadth column a request asks for ({@link BreadthWarmUp}), on
 * the sessions of the stored history the breadth was computed from.
 */
public final class BreadthWarmUps {
  private BreadthWarmUps() {}

  /**
   * @param columns today's columns, or those and the catalogue's
   * @param sessions every session the computation went through, oldest first (the warm-up too)
   */
  public static StableFrom<LocalDate> of(BreadthRequest.Columns columns, LocalDate[] sessions) {
    Map<String, WarmUp> warmUps =
        new LinkedHashMap<>(BreadthWarmUp.breadth(WarmUp.DEFAULT_TOLERANCE));
    if (columns == BreadthRequest.Columns.ALL) {
      BreadthWarmUp.catalogue(WarmUp.DEFAULT_TOLERANCE).forEach(warmUps::putIfAbsent);
    }
    return StableFrom.of(
        new ArrayList<>(warmUps.keySet()), new ArrayList<>(warmUps.values()), List.of(sessions));
  }
}
