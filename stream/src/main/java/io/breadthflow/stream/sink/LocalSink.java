package io.breadthflow.stream.sink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Gathers what reaches it in this JVM (the embedded runtime), for bounded runs whose results the
 * caller reads when the job has finished. {@link #close} forgets them.
 */
public final class LocalSink<T> implements Sink<T>, AutoCloseable {
  private static final Map<String, List<Object>> GATHERED = new ConcurrentHashMap<>();
  private final String name = UUID.randomUUID().toString();

  public LocalSink() {
    GATHERED.put(name, Collections.synchronizedList(new ArrayList<>()));
  }

  /** What arrived so far, in arrival order. */
  @SuppressWarnings("unchecked")
  public List<T> gathered() {
    List<Object> target = GATHERED.getOrDefault(name, List.of());
    synchronized (target) {
      return List.copyOf((List<T>) (List<?>) target);
    }
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    List<Object> target = GATHERED.get(name);
    return new SinkWriter<>() {
      @Override
      public void write(T element, Context context) {
        target.add(element);
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }

  @Override
  public void close() {
    GATHERED.remove(name);
  }
}
