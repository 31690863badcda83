package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.stream.market.MarketUpdate;
import java.util.Locale;

/**
 * The market-wide alert of a period whose breadth fires a Zweig breadth thrust (no Flink; the
 * thrust itself is computed by the core breadth engine).
 */
public final class BreadthThrust {
  private BreadthThrust() {}

  /** The alert of {@code update}, or null when its breadth fires no thrust. */
  public static Alert alertOf(MarketUpdate update) {
    BreadthRow breadth = update.breadth();
    if (!breadth.zbtThrust()) {
      return null;
    }
    return new Alert(
        "",
        update.interval().code(),
        update.start(),
        "breadth_thrust",
        "critical",
        String.format(
            Locale.ROOT,
            "Zweig breadth thrust: 10-period EMA of A/(A+D) %.3f crossed 0.615 from below 0.40",
            breadth.zbtEma10()),
        breadth.zbtEma10());
  }
}
