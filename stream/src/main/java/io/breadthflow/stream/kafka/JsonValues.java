package io.breadthflow.stream.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.breadthflow.core.domain.Interval;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * JSON values of the output topics: snake_case, ISO-8601 times, intervals by code ({@code 1m}); a
 * value that is not a number ({@code NaN}, an indicator still warming up) is written as the string
 * {@code "NaN"}.
 */
final class JsonValues<T> implements SerializationSchema<T> {
  private transient ObjectMapper mapper;

  static ObjectMapper mapper() {
    SimpleModule codes = new SimpleModule();
    codes.addSerializer(
        Interval.class,
        new StdSerializer<>(Interval.class) {
          @Override
          public void serialize(Interval interval, JsonGenerator json, SerializerProvider provider)
              throws IOException {
            json.writeString(interval.code());
          }
        });
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(codes)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  @Override
  public byte[] serialize(T value) {
    if (mapper == null) {
      mapper = mapper();
    }
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
