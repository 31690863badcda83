package io.breadthflow.stream.trade;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.metrics.PipelineMetrics;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Bronze to silver: valid trades pass, the others go to {@link #QUARANTINED} with the reason.
 * Counts {@link PipelineMetrics#TRADES} and {@link PipelineMetrics#QUARANTINED}.
 */
public final class TradeValidation extends ProcessFunction<Trade, Trade> {
  /** Invalid trades with their reasons. */
  public static final OutputTag<RejectedTrade> QUARANTINED =
      new OutputTag<>("quarantined-trades") {};

  private final List<String> universe;
  private final String bridgeName;
  private transient Set<String> members;
  private transient PipelineCounters counters;
  private transient Counter tradesIn;
  private transient Counter quarantined;

  public TradeValidation(List<String> universe, String bridgeName) {
    this.universe = List.copyOf(universe);
    this.bridgeName = bridgeName;
  }

  @Override
  public void open(OpenContext context) {
    members = Set.copyOf(universe);
    counters = LocalBridge.named(bridgeName).counters();
    tradesIn = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.TRADES);
    quarantined = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.QUARANTINED);
  }

  @Override
  public void processElement(Trade trade, Context ctx, Collector<Trade> out) {
    tradesIn.inc();
    String problem = TradeCheck.problem(trade, members);
    if (problem == null) {
      out.collect(trade);
    } else {
      counters.tradesQuarantined(1);
      quarantined.inc();
      ctx.output(QUARANTINED, new RejectedTrade(trade, problem));
    }
  }
}
