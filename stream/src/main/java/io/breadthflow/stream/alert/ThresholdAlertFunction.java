package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * {@link ThresholdAlerts} per symbol and interval (the key), its {@link AlertCooldowns} in keyed
 * state (explicit serializer).
 */
public final class ThresholdAlertFunction
    extends KeyedProcessFunction<String, IndicatorRow, Alert> {
  private final AlertRules rules;
  private transient ThresholdAlerts alerts;
  private transient ValueState<AlertCooldowns> state;
  private transient List<Alert> raised;

  public ThresholdAlertFunction(AlertRules rules) {
    this.rules = rules;
  }

  @Override
  public void open(OpenContext context) {
    alerts = new ThresholdAlerts(rules);
    raised = new ArrayList<>();
    state =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("cooldowns", AlertCooldownsSerializer.INSTANCE));
  }

  @Override
  public void processElement(IndicatorRow row, Context ctx, Collector<Alert> out) throws Exception {
    AlertCooldowns cooldowns = state.value();
    if (cooldowns == null) {
      cooldowns = new AlertCooldowns();
    }
    alerts.update(row, cooldowns, raised);
    state.update(cooldowns);
    for (int i = 0; i < raised.size(); i++) {
      out.collect(raised.get(i));
    }
    raised.clear();
  }
}
