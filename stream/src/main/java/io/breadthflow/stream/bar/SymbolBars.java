package io.breadthflow.stream.bar;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyed state of one symbol in {@link BarBuilder}: the bars still open or within their allowed
 * lateness, per interval (shortest first), and the fingerprints of its most recent trades (for
 * de-duplication). Mutable, not thread-safe.
 */
final class SymbolBars {
  /** Trades whose fingerprints are remembered; an exact repeat among them is a duplicate. */
  static final int REMEMBERED_TRADES = 4_096;

  final List<List<BarAccumulator>> byInterval = new ArrayList<>();
  final RecentFingerprints recent;

  SymbolBars(int intervals) {
    this(intervals, new RecentFingerprints(REMEMBERED_TRADES));
  }

  SymbolBars(int intervals, RecentFingerprints recent) {
    for (int i = 0; i < intervals; i++) {
      byInterval.add(new ArrayList<>(2));
    }
    this.recent = recent;
  }

  /** True when no bar is open or within its lateness. */
  boolean noOpenBars() {
    for (List<BarAccumulator> bars : byInterval) {
      if (!bars.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
