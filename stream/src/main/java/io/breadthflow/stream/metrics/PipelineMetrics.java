package io.breadthflow.stream.metrics;

import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;

/**
 * The job's own Flink metrics: counters in the {@value #GROUP} group of the operator that counts
 * them, one per subtask (sum them across subtasks). Flink's Prometheus reporter exposes a counter
 * {@code NAME} as {@code flink_taskmanager_job_task_operator_breadthflow_NAME}, labelled with the
 * job, task, operator and subtask. Registered once when an operator opens; counting is {@link
 * Counter#inc()}, which allocates nothing.
 */
public final class PipelineMetrics {
  /** The metric group under each counting operator. */
  public static final String GROUP = "breadthflow";

  /** Trades that entered validation, valid or not ("validate trades"). */
  public static final String TRADES = "trades";

  /** Final bars built from trades, every interval ("event-time bars"). */
  public static final String BARS = "bars";

  /** Composite signals output ("breadth and signals"). */
  public static final String SIGNALS = "signals";

  /** Threshold, golden-cross and breadth-thrust alerts ("count alerts"). */
  public static final String ALERTS = "alerts";

  /**
   * Trades quarantined: invalid ones ("validate trades") and, with de-duplication on, exact repeats
   * ("event-time bars").
   */
  public static final String QUARANTINED = "quarantined";

  /** Trades past their bar's allowed lateness, kept out of every bar ("event-time bars"). */
  public static final String LATE_TRADES = "late_trades";

  /** Every name above. */
  public static final List<String> NAMES =
      List.of(TRADES, BARS, SIGNALS, ALERTS, QUARANTINED, LATE_TRADES);

  /** The prefix of these counters' names as Flink's Prometheus reporter exposes them. */
  public static final String PROMETHEUS_PREFIX =
      "flink_taskmanager_job_task_operator_" + GROUP + "_";

  private PipelineMetrics() {}

  /**
   * Registers the counter {@code name} (one of {@link #NAMES}) of the operator that {@code context}
   * belongs to.
   *
   * @throws IllegalArgumentException when {@code name} is not one of {@link #NAMES}
   */
  public static Counter counter(RuntimeContext context, String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("name must be one of " + NAMES + ", got '" + name + "'");
    }
    return context.getMetricGroup().addGroup(GROUP).counter(name);
  }
}
