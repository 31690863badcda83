package io.breadthflow.stream;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.kafka.KafkaPipeline;
import io.breadthflow.stream.sink.PipelineSinks;
import java.time.Duration;
import java.util.function.Function;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.source.legacy.SourceFunction;

/**
 * Starts the pipeline on a runtime (embedded, or a Flink cluster) from a trade source (simulator,
 * trade files, Finnhub) or a bar source (stored history), with its results in the store and on the
 * live hub.
 *
 * @param runtime where the job runs; on a cluster its results go to the store and the Kafka topics
 *     only (the live hub of this process is out of its reach)
 * @param resume restore from the newest retained checkpoint, if any
 * @param store where the results go
 * @param live where live events go (the server's push, when it runs in this process)
 * @param counters where the pipeline counts its work
 * @param kafka bootstrap servers of Kafka mode (results also to the output topics), null for none
 */
public record StreamJob(
    JobRuntime runtime,
    Resume resume,
    StoreConfig store,
    LiveHub live,
    PipelineCounters counters,
    String kafka) {

  /** Runs the trades of topic {@code market-data} through the pipeline (Kafka mode). */
  public RunningJob startKafka(String name, ReadExtent extent, Function<String, PipelineSpec> spec)
      throws Exception {
    return startKafka(name, OffsetsInitializer.earliest(), extent, spec);
  }

  /** As {@link #startKafka(String, ReadExtent, Function)}, reading from the given offsets. */
  public RunningJob startKafka(
      String name, OffsetsInitializer from, ReadExtent extent, Function<String, PipelineSpec> spec)
      throws Exception {
    if (kafka == null) {
      throw new IllegalStateException("Kafka mode needs bootstrap servers");
    }
    return start(
        name,
        (env, bridge) -> {
          PipelineSpec pipeline = spec.apply(bridge);
          DataStream<Trade> trades =
              env.fromSource(
                      KafkaPipeline.source(kafka, transactionPrefix(name), from, extent),
                      EventTime.trades(
                          pipeline.outOfOrderness(),
                          extent == ReadExtent.BOUNDED ? Duration.ZERO : pipeline.idleness()),
                      "market-data")
                  .uid("source")
                  .setParallelism(1);
          return PipelineGraph.fromTrades(trades, pipeline);
        });
  }

  /** Runs trades from {@code source} (one reader, in time order) through the pipeline. */
  public RunningJob startTrades(
      String name, Source<Trade, ?, ?> source, Function<String, PipelineSpec> spec)
      throws Exception {
    return start(
        name,
        (env, bridge) -> {
          PipelineSpec pipeline = spec.apply(bridge);
          DataStream<Trade> trades =
              env.fromSource(
                      source,
                      EventTime.trades(pipeline.outOfOrderness(), pipeline.idleness()),
                      "trades")
                  .uid("source")
                  .setParallelism(1);
          return PipelineGraph.fromTrades(trades, pipeline);
        });
  }

  /** Runs live trades from {@code source} (one instance) through the pipeline. */
  public RunningJob startLiveTrades(
      String name, SourceFunction<Trade> source, Function<String, PipelineSpec> spec)
      throws Exception {
    return start(
        name,
        (env, bridge) -> {
          PipelineSpec pipeline = spec.apply(bridge);
          DataStream<Trade> trades =
              env.addSource(source, "live trades")
                  .uid("source")
                  .setParallelism(1)
                  .assignTimestampsAndWatermarks(
                      EventTime.trades(pipeline.outOfOrderness(), pipeline.idleness()))
                  .uid("watermarks")
                  .setParallelism(1);
          return PipelineGraph.fromTrades(trades, pipeline);
        });
  }

  /** Runs final bars from {@code source} (one reader, in time order) through the pipeline. */
  public RunningJob startBars(
      String name, Source<Bar, ?, ?> source, Function<String, PipelineSpec> spec) throws Exception {
    return start(
        name,
        (env, bridge) -> {
          PipelineSpec pipeline = spec.apply(bridge);
          DataStream<Bar> bars =
              env.fromSource(source, EventTime.bars(pipeline.idleness()), "bars")
                  .uid("source")
                  .setParallelism(1);
          return PipelineGraph.fromBars(bars, pipeline);
        });
  }

  /**
   * A job's Kafka consumer group and transactional-id prefix: its name, so that two jobs never
   * fence each other's transactions or share offsets.
   */
  private static String transactionPrefix(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private interface Graph {
    PipelineGraph.Outputs build(StreamExecutionEnvironment env, String bridge);
  }

  private RunningJob start(String name, Graph graph) throws Exception {
    if (runtime.placement() == JobRuntime.Placement.CLUSTER && kafka == null) {
      throw new IllegalStateException("a job on a cluster needs Kafka for its results");
    }
    LocalBridge bridge = LocalBridge.open(live, counters);
    try {
      StreamExecutionEnvironment env = runtime.environment(resume);
      PipelineGraph.Outputs outputs = graph.build(env, bridge.name());
      PipelineSinks.toStore(outputs, store);
      if (runtime.placement() == JobRuntime.Placement.THIS_PROCESS) {
        PipelineSinks.toLive(outputs, bridge.name());
      }
      if (kafka != null) {
        KafkaPipeline.toKafka(outputs, kafka, transactionPrefix(name));
      }
      return new RunningJob(
          env.executeAsync(name), bridge, runtime.checkpointDir().resolve("savepoints"));
    } catch (Exception | Error e) {
      bridge.close();
      throw e;
    }
  }
}
