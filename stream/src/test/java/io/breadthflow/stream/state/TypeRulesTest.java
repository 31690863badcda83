package io.breadthflow.stream.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.EventTime;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.kafka.KafkaPipeline;
import io.breadthflow.stream.sink.PipelineSinks;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No record type of the pipeline falls back to Kryo; one that would fails the job's build. */
class TypeRulesTest {
  @TempDir Path dir;

  /** Not a POJO, not a record: Flink would serialise it with Kryo. */
  static final class Opaque {
    private final int value;

    Opaque(int value) {
      this.value = value;
    }

    int value() {
      return value;
    }
  }

  @Test
  void aGenericTypeFailsTheJobWhenItIsBuilt() {
    StreamExecutionEnvironment env =
        new EmbeddedRuntime(1, Duration.ofSeconds(1), dir, 0).environment(Resume.FRESH);
    env.fromData(1, 2, 3).map(Opaque::new).map(Opaque::value).print();

    assertThatThrownBy(env::getStreamGraph)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Generic types have been disabled");
  }

  @Test
  void theWholePipelineWithEverySinkHasExplicitSerializers() {
    StreamExecutionEnvironment env =
        new EmbeddedRuntime(1, Duration.ofSeconds(1), dir, 0).environment(Resume.FRESH);
    List<Trade> trades =
        List.of(new Trade("AAPL", Instant.parse("2024-03-01T14:30:00Z"), 100, 10, "X", ""));
    PipelineSpec spec =
        PipelineSpec.withDefaults(
            List.of("AAPL", "MSFT"),
            List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Deduplication.EXACT_REPEATS,
            "none");
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromTrades(
            env.fromSource(
                ReplaySource.trades(() -> trades, trades.size(), Pacing.AS_FAST_AS_POSSIBLE),
                EventTime.trades(spec.outOfOrderness(), spec.idleness()),
                "trades"),
            spec);
    PipelineSinks.toStore(
        outputs, new StoreConfig("jdbc:duckdb:" + dir.resolve("store.duckdb"), "", ""));
    PipelineSinks.toLive(outputs, "none");
    KafkaPipeline.toKafka(outputs, "127.0.0.1:9", "types");

    StreamGraph graph = env.getStreamGraph();

    assertThat(graph.getStreamNodes()).hasSizeGreaterThan(15);
  }
}
