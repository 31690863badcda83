package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.MarketUpdate;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** A market-wide alert on every period whose breadth fires a Zweig breadth thrust. */
public final class BreadthThrustAlerts implements FlatMapFunction<MarketUpdate, Alert> {
  @Override
  public void flatMap(MarketUpdate update, Collector<Alert> out) {
    Alert alert = BreadthThrust.alertOf(update);
    if (alert != null) {
      out.collect(alert);
    }
  }
}
