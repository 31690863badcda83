package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.LocalBridge;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Counts the alerts that pass into the pipeline's counters. */
public final class AlertCounter extends RichMapFunction<Alert, Alert> {
  private final String bridgeName;
  private transient PipelineCounters counters;

  public AlertCounter(String bridgeName) {
    this.bridgeName = bridgeName;
  }

  @Override
  public void open(OpenContext context) {
    counters = LocalBridge.named(bridgeName).counters();
  }

  @Override
  public Alert map(Alert alert) {
    counters.alertsRaised(1);
    return alert;
  }
}
