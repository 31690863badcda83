package io.breadthflow.stream.kafka;

import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumState;
import org.apache.flink.connector.kafka.source.split.KafkaPartitionSplit;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded {@link KafkaSource} that also finishes after a restore. The connector's enumerator,
 * recreated from a checkpoint or savepoint (a resumed job, a JobManager failover), finds every
 * partition assigned already and never tells the readers that no more splits will come, so they
 * wait for ever at their stopping offsets (FLINK-31006, open in connector 5.0.0). When the restored
 * state says discovery had finished and nothing is left to assign, this source tells each reader as
 * it registers.
 *
 * @param <T> the records
 */
final class BoundedReplaySource<T>
    implements Source<T, KafkaPartitionSplit, KafkaSourceEnumState>, ResultTypeQueryable<T> {
  private static final long serialVersionUID = 1L;

  private final KafkaSource<T> kafka;

  BoundedReplaySource(KafkaSource<T> kafka) {
    if (kafka.getBoundedness() != Boundedness.BOUNDED) {
      throw new IllegalArgumentException("the source must be bounded");
    }
    this.kafka = kafka;
  }

  @Override
  public Boundedness getBoundedness() {
    return Boundedness.BOUNDED;
  }

  @Override
  public SourceReader<T, KafkaPartitionSplit> createReader(SourceReaderContext context)
      throws Exception {
    return kafka.createReader(context);
  }

  @Override
  public SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> createEnumerator(
      SplitEnumeratorContext<KafkaPartitionSplit> context) {
    return kafka.createEnumerator(context);
  }

  @Override
  public SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> restoreEnumerator(
      SplitEnumeratorContext<KafkaPartitionSplit> context, KafkaSourceEnumState state)
      throws IOException {
    SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> restored =
        kafka.restoreEnumerator(context, state);
    boolean everythingAssigned =
        state.initialDiscoveryFinished() && state.unassignedSplits().isEmpty();
    return everythingAssigned ? new SignallingEnumerator(restored, context) : restored;
  }

  @Override
  public SimpleVersionedSerializer<KafkaPartitionSplit> getSplitSerializer() {
    return kafka.getSplitSerializer();
  }

  @Override
  public SimpleVersionedSerializer<KafkaSourceEnumState> getEnumeratorCheckpointSerializer() {
    return kafka.getEnumeratorCheckpointSerializer();
  }

  @Override
  public TypeInformation<T> getProducedType() {
    return kafka.getProducedType();
  }

  /** The restored enumerator, telling each reader that registers that no splits will follow. */
  private static final class SignallingEnumerator
      implements SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> {
    private final SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> restored;
    private final SplitEnumeratorContext<KafkaPartitionSplit> context;

    SignallingEnumerator(
        SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> restored,
        SplitEnumeratorContext<KafkaPartitionSplit> context) {
      this.restored = restored;
      this.context = context;
    }

    @Override
    public void start() {
      restored.start();
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
      restored.handleSplitRequest(subtaskId, requesterHostname);
    }

    @Override
    public void addSplitsBack(List<KafkaPartitionSplit> splits, int subtaskId) {
      restored.addSplitsBack(splits, subtaskId);
    }

    @Override
    public void addReader(int subtaskId) {
      restored.addReader(subtaskId);
      context.signalNoMoreSplits(subtaskId);
    }

    @Override
    public KafkaSourceEnumState snapshotState(long checkpointId) throws Exception {
      return restored.snapshotState(checkpointId);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
      restored.notifyCheckpointComplete(checkpointId);
    }

    @Override
    public void handleSourceEvent(int subtaskId, SourceEvent sourceEvent) {
      restored.handleSourceEvent(subtaskId, sourceEvent);
    }

    @Override
    public void close() throws IOException {
      restored.close();
    }
  }
}
