package io.breadthflow.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;

/**
 * The API's JSON: snake_case names (mix-ins may rename), ISO dates and instants, undefined numbers
 * as {@code null}.
 */
public final class JsonMapping {
  private JsonMapping() {}

  public static ObjectMapper mapper(Map<Class<?>, Class<?>> mixIns) {
    SimpleModule undefinedAsNull = new SimpleModule("undefined-as-null");
    NanAsNull nanAsNull = new NanAsNull();
    undefinedAsNull.addSerializer(Double.class, nanAsNull);
    undefinedAsNull.addSerializer(Double.TYPE, nanAsNull);
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new JavaTimeModule())
        .registerModule(undefinedAsNull)
        .setMixIns(mixIns)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
}
