package io.breadthflow.stream.alert;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * {@link GoldenCross} per symbol and interval (the key), the waiting crosses in keyed state
 * (explicit serializer), dropped when none waits. It replaces the Flink CEP operator the job had:
 * the rows of a key arrive in bar order from the indicators, so a keyed function over the plain
 * state machine raises the same alerts without CEP's event buffer, and its state can evolve.
 */
public final class GoldenCrossFunction extends KeyedProcessFunction<String, IndicatorRow, Alert> {
  private final AlertRules rules;
  private final Duration longestBar;
  private transient GoldenCross pattern;
  private transient ValueState<GoldenCrossState> state;
  private transient List<Alert> raised;

  public GoldenCrossFunction(AlertRules rules, Duration longestBar) {
    this.rules = rules;
    this.longestBar = longestBar;
  }

  @Override
  public void open(OpenContext context) {
    pattern = new GoldenCross(rules, longestBar);
    raised = new ArrayList<>();
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("golden-cross", GoldenCrossStateSerializer.INSTANCE));
  }

  @Override
  public void processElement(IndicatorRow row, Context ctx, Collector<Alert> out) throws Exception {
    GoldenCrossState crosses = state.value();
    if (crosses == null) {
      if (!row.goldenCross()) {
        return;
      }
      crosses = new GoldenCrossState();
    }
    pattern.update(row, crosses, raised);
    if (crosses.isEmpty()) {
      state.clear();
    } else {
      state.update(crosses);
    }
    for (int i = 0; i < raised.size(); i++) {
      out.collect(raised.get(i));
    }
    raised.clear();
  }
}
