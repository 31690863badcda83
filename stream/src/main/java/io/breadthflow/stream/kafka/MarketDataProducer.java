package io.breadthflow.stream.kafka;

import io.breadthflow.core.domain.Trade;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes trades to {@code market-data}: key = symbol (so a symbol's trades stay in order in one
 * partition), value = Avro; an idempotent producer (no duplicates from its own retries), batched
 * and lz4-compressed. Not thread-safe.
 */
public final class MarketDataProducer implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final TradeAvro avro = new TradeAvro();
  private long sent;

  public MarketDataProducer(String bootstrap) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  public void send(Trade trade) {
    producer.send(
        new ProducerRecord<>(
            Topics.MARKET_DATA,
            null,
            trade.time().toEpochMilli(),
            trade.symbol().getBytes(StandardCharsets.UTF_8),
            avro.encode(trade)));
    sent++;
  }

  /** Trades handed to the producer so far. */
  public long sent() {
    return sent;
  }

  /** Waits until everything sent is acknowledged. */
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(java.time.Duration.ofSeconds(30));
  }
}
