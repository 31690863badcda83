package io.breadthflow.stream;

import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.core.live.PipelineCounters;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a job's operators reach the process that runs it embedded: its live hub and its pipeline
 * counters, found by a name the job carries (Flink ships operators as serialised copies, so they
 * cannot hold the objects themselves). On a remote cluster no bridge is registered and the
 * operators publish nowhere; Kafka topics carry the results there.
 */
public final class LocalBridge implements AutoCloseable {
  private static final Map<String, LocalBridge> BRIDGES = new ConcurrentHashMap<>();
  private static final LocalBridge NONE =
      new LocalBridge("none", event -> {}, new PipelineCounters());

  private final String name;
  private final LiveHub live;
  private final PipelineCounters counters;

  private LocalBridge(String name, LiveHub live, PipelineCounters counters) {
    this.name = name;
    this.live = live;
    this.counters = counters;
  }

  /** Registers a bridge to {@code live} and {@code counters}; close it when the job ends. */
  public static LocalBridge open(LiveHub live, PipelineCounters counters) {
    LocalBridge bridge = new LocalBridge(UUID.randomUUID().toString(), live, counters);
    BRIDGES.put(bridge.name, bridge);
    return bridge;
  }

  /** The bridge registered as {@code name}, or one that discards everything. */
  public static LocalBridge named(String name) {
    return BRIDGES.getOrDefault(name, NONE);
  }

  public String name() {
    return name;
  }

  public void publish(LiveEvent event) {
    live.publish(event);
  }

  public PipelineCounters counters() {
    return counters;
  }

  @Override
  public void close() {
    BRIDGES.remove(name);
  }
}
