package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.metrics.PipelineMetrics;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/** Counts the alerts that pass into the pipeline's counters and {@link PipelineMetrics#ALERTS}. */
public final class AlertCounter extends RichMapFunction<Alert, Alert> {
  private final String bridgeName;
  private transient PipelineCounters counters;
  private transient Counter alerts;

  public AlertCounter(String bridgeName) {
    this.bridgeName = bridgeName;
  }

  @Override
  public void open(OpenContext context) {
    counters = LocalBridge.named(bridgeName).counters();
    alerts = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.ALERTS);
  }

  @Override
  public Alert map(Alert alert) {
    counters.alertsRaised(1);
    alerts.inc();
    return alert;
  }
}
