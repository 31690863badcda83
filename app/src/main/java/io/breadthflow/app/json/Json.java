package io.breadthflow.app.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.PipelineRun;
import java.io.IOException;
import java.util.List;

/**
 * The product's one JSON configuration, for the API, stored results, run records and the CLI's JSON
 * output alike: snake_case names, ISO dates and instants, undefined numbers (NaN, infinities) and
 * empty {@code Optional}s as {@code null} (a present one as its value), intervals as their codes
 * ({@code 1m}), breadth rows under {@link BreadthRow#COLUMNS}. The mapper is thread-safe once
 * built; share {@link #MAPPER}.
 */
public final class Json {
  /** The shared mapper. */
  public static final ObjectMapper MAPPER = create();

  private Json() {}

  /** A new mapper of the product's configuration. */
  public static ObjectMapper create() {
    SimpleModule module = new SimpleModule("breadthflow");
    NanAsNull nanAsNull = new NanAsNull();
    module.addSerializer(Double.class, nanAsNull);
    module.addSerializer(Double.TYPE, nanAsNull);
    module.addSerializer(BreadthRow.class, new BreadthRowColumns());
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .registerModule(module)
        .addMixIn(Interval.class, IntervalCode.class)
        .addMixIn(PipelineRun.class, RunWithoutOwner.class)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** {@code value} as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** The JSON tree of {@code text}; an empty or malformed text is an empty object. */
  public static JsonNode read(String text) {
    if (text == null || text.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return MAPPER.createObjectNode();
    }
  }

  /** Writes NaN and infinities as {@code null}: JSON has no such numbers. */
  private static final class NanAsNull extends StdSerializer<Double> {
    NanAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      if (value == null || !Double.isFinite(value)) {
        json.writeNull();
      } else {
        json.writeNumber(value);
      }
    }
  }

  /** A breadth row as an object of {@link BreadthRow#COLUMNS}. */
  private static final class BreadthRowColumns extends StdSerializer<BreadthRow> {
    BreadthRowColumns() {
      super(BreadthRow.class);
    }

    @Override
    public void serialize(BreadthRow row, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      List<Object> values = row.values();
      json.writeStartObject();
      for (int c = 0; c < BreadthRow.COLUMNS.size(); c++) {
        json.writeFieldName(BreadthRow.COLUMNS.get(c));
        provider.defaultSerializeValue(values.get(c), json);
      }
      json.writeEndObject();
    }
  }

  /** A run's owning process (host and pid) stays out of published runs. */
  @JsonIgnoreProperties("owner")
  abstract static class RunWithoutOwner {}

  /** Writes an {@link Interval} as its code, as the API's query parameters spell it. */
  abstract static class IntervalCode {
    @JsonValue
    abstract String code();
  }
}
