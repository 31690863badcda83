package io.breadthflow.stream;

import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.functions.MapFunction;

/** Slows a stream to about one record per {@code micros}, so checkpoints happen mid-stream. */
final class Throttle<T> implements MapFunction<T, T> {
  private final long nanos;

  Throttle(long micros) {
    this.nanos = micros * 1_000;
  }

  @Override
  public T map(T record) {
    LockSupport.parkNanos(nanos);
    return record;
  }
}
