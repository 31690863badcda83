package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.stream.market.MarketUpdate;
import java.util.Locale;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** A market-wide alert on every period whose breadth fires a Zweig breadth thrust. */
public final class BreadthThrustAlerts implements FlatMapFunction<MarketUpdate, Alert> {
  @Override
  public void flatMap(MarketUpdate update, Collector<Alert> out) {
    BreadthRow breadth = update.breadth();
    if (breadth.zbtThrust()) {
      out.collect(
          new Alert(
              "",
              update.interval().code(),
              update.start(),
              "breadth_thrust",
              "critical",
              String.format(
                  Locale.ROOT,
                  "Zweig breadth thrust: 10-period EMA of A/(A+D) %.3f crossed 0.615 from below 0.40",
                  breadth.zbtEma10()),
              breadth.zbtEma10()));
    }
  }
}
