package io.breadthflow.stream.kafka;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.ReadExtent;
import io.breadthflow.stream.forecast.ForecastUpdate;
import io.breadthflow.stream.market.MarketUpdate;
import io.breadthflow.stream.market.TimedSignal;
import io.breadthflow.stream.trade.RejectedTrade;
import io.breadthflow.stream.trade.TradeCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kafka mode: the job reads {@code market-data} (read committed) and writes {@code bars}, {@code
 * trading-signals}, {@code alerts} and {@code pipeline-events} through transactional sinks that
 * commit with each checkpoint, so read-committed consumers see every result exactly once.
 */
public final class KafkaPipeline {
  private static final TypeInformation<byte[]> JSON =
      PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO;

  private KafkaPipeline() {}

  /**
   * The trades of {@code market-data} from the earliest offset; bounded by the offsets at start
   * when {@code extent} is bounded (a replay), endless otherwise.
   */
  public static Source<Trade, ?, ?> source(String bootstrap, String groupId, ReadExtent extent) {
    return source(bootstrap, groupId, OffsetsInitializer.earliest(), extent);
  }

  /** As {@link #source(String, String, boolean)}, from the given offsets. */
  public static Source<Trade, ?, ?> source(
      String bootstrap, String groupId, OffsetsInitializer from, ReadExtent extent) {
    var builder =
        KafkaSource.<Trade>builder()
            .setBootstrapServers(bootstrap)
            .setTopics(Topics.MARKET_DATA)
            .setGroupId(groupId)
            .setStartingOffsets(from)
            .setProperty("isolation.level", "read_committed")
            .setDeserializer(new TradeRecords());
    if (extent == ReadExtent.BOUNDED) {
      builder.setBounded(OffsetsInitializer.latest());
      return new BoundedReplaySource<>(builder.build());
    }
    return builder.build();
  }

  /** Adds the output topics' transactional sinks. */
  public static void toKafka(PipelineGraph.Outputs outputs, String bootstrap, String jobName) {
    outputs
        .bars()
        .union(outputs.revisions())
        .sinkTo(sink(bootstrap, Topics.BARS, jobName, Bar::symbol))
        .uid("kafka-bars")
        .name("kafka: bars");
    outputs
        .market()
        .flatMap(TimedSignal::of)
        .returns(TimedSignal.class)
        .sinkTo(sink(bootstrap, Topics.SIGNALS, jobName, s -> s.signal().symbol()))
        .uid("kafka-signals")
        .name("kafka: trading-signals");
    outputs
        .alerts()
        .sinkTo(sink(bootstrap, Topics.ALERTS, jobName, Alert::symbol))
        .uid("kafka-alerts")
        .name("kafka: alerts");
    // the events are JSON maps of mixed values; they become bytes before they leave their
    // operator, so no map of Objects is ever serialised between operators (Kryo)
    DataStream<byte[]> breadthAndRejected =
        outputs
            .market()
            .map(new BreadthEvent())
            .returns(JSON)
            .union(outputs.rejected().map(new RejectedEvent()).returns(JSON));
    DataStream<byte[]> events =
        outputs
            .forecasts()
            .map(f -> breadthAndRejected.union(f.map(new ForecastEvent()).returns(JSON)))
            .orElse(breadthAndRejected);
    events
        .sinkTo(sink(bootstrap, Topics.EVENTS, jobName, event -> "", new RawBytes()))
        .uid("kafka-events")
        .name("kafka: pipeline-events");
  }

  /** Values that are JSON already. */
  private static final class RawBytes implements SerializationSchema<byte[]> {
    @Override
    public byte[] serialize(byte[] value) {
      return value;
    }
  }

  /** A breadth snapshot as a {@code pipeline-events} value. */
  private static final class BreadthEvent implements MapFunction<MarketUpdate, byte[]> {
    private final JsonValues<Map<String, Object>> json = new JsonValues<>();

    @Override
    public byte[] map(MarketUpdate update) {
      return json.serialize(breadthEvent(update));
    }
  }

  /** A forecast as a {@code pipeline-events} value. */
  private static final class ForecastEvent implements MapFunction<ForecastUpdate, byte[]> {
    private final JsonValues<Map<String, Object>> json = new JsonValues<>();

    @Override
    public byte[] map(ForecastUpdate forecast) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("type", "forecast");
      event.put("forecast", forecast);
      return json.serialize(event);
    }
  }

  /** A rejected trade as a {@code pipeline-events} value. */
  private static final class RejectedEvent implements MapFunction<RejectedTrade, byte[]> {
    private final JsonValues<Map<String, Object>> json = new JsonValues<>();

    @Override
    public byte[] map(RejectedTrade rejected) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("type", "trade_rejected");
      event.put("reason", rejected.reason());
      event.put("trade", rejected.trade());
      return json.serialize(event);
    }
  }

  private static Map<String, Object> breadthEvent(MarketUpdate update) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "breadth");
    event.put("interval", update.interval().code());
    event.put("start", update.start());
    event.put("breadth", update.breadth());
    return event;
  }

  /** Keys records for partitioning (by symbol). */
  interface Key<T> extends java.io.Serializable {
    String of(T value);
  }

  private static <T> KafkaSink<T> sink(String bootstrap, String topic, String jobName, Key<T> key) {
    return sink(bootstrap, topic, jobName, key, new JsonValues<T>());
  }

  private static <T> KafkaSink<T> sink(
      String bootstrap, String topic, String jobName, Key<T> key, SerializationSchema<T> values) {
    Properties producer = new Properties();
    producer.setProperty("transaction.timeout.ms", "600000");
    producer.setProperty("compression.type", "lz4");
    return KafkaSink.<T>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(
            KafkaRecordSerializationSchema.<T>builder()
                .setTopic(topic)
                .setKeySerializationSchema(
                    (SerializationSchema<T>)
                        value -> key.of(value).getBytes(StandardCharsets.UTF_8))
                .setValueSerializationSchema(values)
                .build())
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(jobName + "-" + topic)
        .setKafkaProducerConfig(producer)
        .build();
  }

  /**
   * Avro trades of {@code market-data}. A record that is not a trade in the schema does not stop
   * the job: it passes on as an unusable trade naming its partition and offset, and validation
   * quarantines it with the decoding error as the reason.
   */
  private static final class TradeRecords implements KafkaRecordDeserializationSchema<Trade> {
    private transient TradeAvro avro;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Trade> out) {
      if (avro == null) {
        avro = new TradeAvro();
      }
      Trade trade;
      try {
        trade = avro.decode(record.value());
      } catch (IOException | RuntimeException e) {
        trade =
            new Trade(
                "",
                Instant.ofEpochMilli(Math.max(0, record.timestamp())),
                Double.NaN,
                Double.NaN,
                record.topic() + "-" + record.partition() + "@" + record.offset(),
                TradeCheck.UNDECODABLE + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      out.collect(trade);
    }

    @Override
    public TypeInformation<Trade> getProducedType() {
      return TypeInformation.of(Trade.class);
    }
  }
}
