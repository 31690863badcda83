package io.breadthflow.stream.rule;

import io.breadthflow.core.rule.IndexedRule;
import io.breadthflow.core.rule.Observation;
import io.breadthflow.core.rule.RuleEvaluator;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.rule.RuleIndex;
import io.breadthflow.core.rule.RuleStates;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users' rules on one kind of record, keyed so that one key holds one symbol and interval (or
 * the market-wide records of one interval): the {@link RuleEvaluator} of {@code core} with the
 * key's {@link RuleStates} in keyed state (explicit serializer, checkpointed). The rules come from
 * a {@link RuleSource}, read when the task opens and again every {@link RuleSource#refreshEvery()}
 * (checked on each record, on processing time); a read that fails keeps the rules it had. A key
 * without rules is passed over without touching its state.
 *
 * @param <T> the record type
 */
public abstract class RuleFunction<T> extends KeyedProcessFunction<String, T, RuleFiring> {
  private static final Logger LOG = LoggerFactory.getLogger(RuleFunction.class);

  private final RuleSource source;
  private transient RuleIndex index;
  private transient long refreshMillis;
  private transient long nextRefresh;
  private transient Observation observation;
  private transient List<RuleFiring> fired;
  private transient ValueState<RuleStates> state;

  protected RuleFunction(RuleSource source) {
    this.source = source;
  }

  /** Fills {@code observation} from {@code record}; false when the record is not observed. */
  protected abstract boolean observe(T record, Observation observation);

  @Override
  public void open(OpenContext context) {
    observation = new Observation();
    fired = new ArrayList<>();
    refreshMillis = source.refreshEvery().toMillis();
    index = new RuleIndex(source.load());
    nextRefresh = System.currentTimeMillis() + refreshMillis;
    state =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("rules", RuleStatesSerializer.INSTANCE));
  }

  @Override
  public void processElement(T record, Context ctx, Collector<RuleFiring> out) throws Exception {
    refreshIfDue();
    if (!observe(record, observation)) {
      return;
    }
    IndexedRule[] rules =
        index.rulesFor(observation.input(), observation.interval(), observation.symbol());
    if (rules.length == 0) {
      return;
    }
    RuleStates states = state.value();
    if (states == null) {
      states = new RuleStates();
    }
    RuleEvaluator.evaluate(rules, states, observation, fired);
    state.update(states);
    for (int i = 0; i < fired.size(); i++) {
      out.collect(fired.get(i));
    }
    fired.clear();
  }

  private void refreshIfDue() {
    if (refreshMillis <= 0) {
      return;
    }
    long now = System.currentTimeMillis();
    if (now < nextRefresh) {
      return;
    }
    nextRefresh = now + refreshMillis;
    try {
      index = new RuleIndex(source.load());
    } catch (RuntimeException e) {
      LOG.warn(
          "rules not refreshed, keeping the {} rules read before: {}", index.size(), e.toString());
    }
  }
}
