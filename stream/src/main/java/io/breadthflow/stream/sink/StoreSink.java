package io.breadthflow.stream.sink;

import io.breadthflow.store.MarketStore;
import io.breadthflow.store.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes records to the store in batches: when {@value #BATCH} wait, when a second has passed since
 * the last write, and always before a checkpoint (Flink flushes sinks then). The writes are
 * idempotent upserts, so records replayed after a restart from a checkpoint change nothing: the
 * store holds each result exactly once.
 */
public final class StoreSink<T> implements Sink<T> {
  static final int BATCH = 5_000;
  private static final long MAX_DELAY_NANOS = 1_000_000_000L;

  private final String url;
  private final String user;
  private final String password;
  private final StoreWrite<T> write;

  public StoreSink(StoreConfig config, StoreWrite<T> write) {
    this.url = config.url();
    this.user = config.user();
    this.password = config.password();
    this.write = write;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    return new Writer();
  }

  private final class Writer implements SinkWriter<T> {
    private final StoreConfig config = new StoreConfig(url, user, password);
    private final MarketStore store = SharedStores.acquire(config);
    private final List<T> batch = new ArrayList<>();
    private long lastWrite = System.nanoTime();

    @Override
    public void write(T record, Context context) {
      batch.add(record);
      if (batch.size() >= BATCH || System.nanoTime() - lastWrite > MAX_DELAY_NANOS) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) {
      if (!batch.isEmpty()) {
        write.write(store, List.copyOf(batch));
        batch.clear();
      }
      lastWrite = System.nanoTime();
    }

    @Override
    public void close() {
      SharedStores.release(config);
    }
  }
}
