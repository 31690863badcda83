package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.core.domain.Interval;
import java.util.Arrays;
import java.util.List;

/** Parses a comma-separated list of intraday intervals (1m, 5m, 1h). */
final class IntervalList {
  private IntervalList() {}

  static List<Interval> parse(String text) {
    List<Interval> intervals;
    try {
      intervals =
          Arrays.stream(text.split(","))
              .map(String::strip)
              .map(Interval::parse)
              .distinct()
              .toList();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (intervals.isEmpty() || intervals.contains(Interval.ONE_DAY)) {
      throw new UsageException("--interval takes 1m, 5m and 1h (trades build intraday bars)");
    }
    return intervals;
  }
}
