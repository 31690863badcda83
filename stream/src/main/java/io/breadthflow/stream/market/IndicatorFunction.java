package io.breadthflow.stream.market;

import io.breadthflow.core.domain.Bar;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per symbol and interval (the key), the core indicator state machines in keyed state: every final
 * bar out as an {@link IndicatorRow}, exactly what the batch path computes for the same bars. The
 * state has an explicit serializer ({@link SymbolIndicatorsSerializer}), never Kryo.
 */
public final class IndicatorFunction extends KeyedProcessFunction<String, Bar, IndicatorRow> {
  private transient ValueState<SymbolIndicators> state;

  /** The key: symbol and interval. */
  public static String keyOf(Bar bar) {
    return bar.symbol() + "|" + bar.interval().code();
  }

  @Override
  public void open(OpenContext context) {
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("indicators", SymbolIndicatorsSerializer.INSTANCE));
  }

  @Override
  public void processElement(Bar bar, Context ctx, Collector<IndicatorRow> out) throws Exception {
    SymbolIndicators indicators = state.value();
    if (indicators == null) {
      indicators = new SymbolIndicators();
    }
    out.collect(indicators.update(bar));
    state.update(indicators);
  }
}
