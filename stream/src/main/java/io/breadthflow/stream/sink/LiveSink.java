package io.breadthflow.stream.sink;

import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.stream.LocalBridge;
import java.io.Serializable;
import java.util.function.Function;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Publishes records to the live hub of the process running the job (see {@link LocalBridge}), for
 * the server's WebSocket push. Live push is at least once: after a restart from a checkpoint a
 * client may see an event again.
 */
public final class LiveSink<T> implements Sink<T> {
  /** Turns a record into its live event. */
  public interface ToEvent<T> extends Function<T, LiveEvent>, Serializable {}

  private final String bridgeName;
  private final ToEvent<T> toEvent;

  public LiveSink(String bridgeName, ToEvent<T> toEvent) {
    this.bridgeName = bridgeName;
    this.toEvent = toEvent;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    LocalBridge bridge = LocalBridge.named(bridgeName);
    return new SinkWriter<>() {
      @Override
      public void write(T record, Context context) {
        bridge.publish(toEvent.apply(record));
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }
}
