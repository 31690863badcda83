package io.breadthflow.stream.source;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Trade;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Replays stored history (bars from the store, trades from files) in time order, at a pace. Built
 * on Flink's checkpointed number-sequence source: the position is part of each checkpoint, so a job
 * restored from one resumes exactly after the last record it had taken. Run it with parallelism 1
 * to keep the order.
 */
public final class ReplaySource {
  private ReplaySource() {}

  /** Bars, event time = bar start. */
  public static DataGeneratorSource<Bar> bars(ReplayData<Bar> data, long count, Pacing pacing) {
    return new DataGeneratorSource<>(
        new Replay<>(
            data,
            pacing,
            (ToLongFunction<Bar> & java.io.Serializable) b -> b.start().toEpochMilli()),
        count,
        TypeInformation.of(Bar.class));
  }

  /** Trades, event time = trade time. */
  public static DataGeneratorSource<Trade> trades(
      ReplayData<Trade> data, long count, Pacing pacing) {
    return new DataGeneratorSource<>(
        new Replay<>(
            data,
            pacing,
            (ToLongFunction<Trade> & java.io.Serializable) t -> t.time().toEpochMilli()),
        count,
        TypeInformation.of(Trade.class));
  }

  private static final class Replay<T> implements GeneratorFunction<Long, T> {
    private final ReplayData<T> data;
    private final Pacing pacing;
    private final ToLongFunction<T> eventTime;
    private transient List<T> records;
    private transient Pacing.Clock clock;

    Replay(ReplayData<T> data, Pacing pacing, ToLongFunction<T> eventTime) {
      this.data = data;
      this.pacing = pacing;
      this.eventTime = eventTime;
    }

    @Override
    public void open(SourceReaderContext context) throws Exception {
      records = data.load();
      clock = pacing.start();
    }

    @Override
    public T map(Long index) {
      T record = records.get(Math.toIntExact(index));
      clock.awaitDue(eventTime.applyAsLong(record));
      return record;
    }
  }
}
