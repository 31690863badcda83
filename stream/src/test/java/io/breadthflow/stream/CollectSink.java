package io.breadthflow.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** A test sink that gathers what reaches it in this JVM, under a name of its own. */
final class CollectSink<T> implements Sink<T> {
  private static final Map<String, List<Object>> COLLECTED = new ConcurrentHashMap<>();
  private final String name = UUID.randomUUID().toString();

  CollectSink() {
    COLLECTED.put(name, Collections.synchronizedList(new ArrayList<>()));
  }

  @SuppressWarnings("unchecked")
  List<T> collected() {
    synchronized (COLLECTED.get(name)) {
      return List.copyOf((List<T>) (List<?>) COLLECTED.get(name));
    }
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    List<Object> target = COLLECTED.get(name);
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
}
