package io.breadthflow.stream.kafka;

import io.breadthflow.core.domain.Trade;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Trades as Avro binary in the schema of {@code schemas/avro/trade.avsc} (topic market-data). Not
 * thread-safe: one instance per thread.
 */
public final class TradeAvro {
  /** The schema, read from the classpath. */
  public static final Schema SCHEMA = load();

  private final GenericDatumWriter<GenericRecord> writer = new GenericDatumWriter<>(SCHEMA);
  private final GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(SCHEMA);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(96);
  private BinaryEncoder encoder;
  private org.apache.avro.io.BinaryDecoder decoder;

  public byte[] encode(Trade trade) {
    GenericRecord record = new GenericData.Record(SCHEMA);
    record.put("symbol", trade.symbol());
    record.put(
        "time_micros", trade.time().getEpochSecond() * 1_000_000 + trade.time().getNano() / 1_000);
    record.put("price", trade.price());
    record.put("size", trade.size());
    record.put("venue", trade.venue());
    record.put("conditions", trade.conditions());
    buffer.reset();
    encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
    try {
      writer.write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /**
   * The trade in {@code bytes}.
   *
   * @throws IOException when they are not a trade in this schema
   */
  public Trade decode(byte[] bytes) throws IOException {
    decoder = DecoderFactory.get().binaryDecoder(bytes, decoder);
    GenericRecord record = reader.read(null, decoder);
    long micros = (Long) record.get("time_micros");
    return new Trade(
        record.get("symbol").toString(),
        Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
        (Double) record.get("price"),
        (Double) record.get("size"),
        record.get("venue").toString(),
        record.get("conditions").toString());
  }

  private static Schema load() {
    try (InputStream in = TradeAvro.class.getResourceAsStream("/schemas/avro/trade.avsc")) {
      if (in == null) {
        throw new IllegalStateException("schemas/avro/trade.avsc is not on the classpath");
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
