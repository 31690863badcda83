package io.breadthflow.stream.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.stream.forecast.ForecastUpdate;
import io.breadthflow.stream.market.TimedSignal;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The output topics' records back as the live events the embedded job publishes (see {@code
 * PipelineSinks.toLive}): {@code bars} → channel {@code bars} with the {@link Bar}, {@code
 * trading-signals} → {@code signals} with the {@link TimedSignal}, {@code alerts} → {@code alerts}
 * with the {@link Alert}, the breadth events of {@code pipeline-events} → {@code breadth} with
 * {@code {interval, start, breadth}} and its forecast events → {@code forecasts} with the {@link
 * ForecastUpdate}. Values are read as {@link JsonValues} writes them (fields it does not know are
 * ignored, so older servers read newer records). Thread-safe.
 */
public final class LiveRecords {
  private final ObjectMapper json;

  public LiveRecords() {
    SimpleModule codes = new SimpleModule();
    codes.addDeserializer(
        Interval.class,
        new StdDeserializer<>(Interval.class) {
          @Override
          public Interval deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            return Interval.parse(parser.getValueAsString());
          }
        });
    this.json =
        JsonValues.mapper()
            .registerModule(codes)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * The live event of a record of {@code topic}; empty for a topic or an event type without a live
   * channel (a rejected trade).
   *
   * @throws IOException when the value is not what the job writes to that topic
   */
  public Optional<LiveEvent> decode(String topic, byte[] value) throws IOException {
    switch (topic) {
      case Topics.BARS -> {
        Bar bar = json.readValue(value, Bar.class);
        return Optional.of(new LiveEvent("bars", bar.symbol(), bar));
      }
      case Topics.SIGNALS -> {
        TimedSignal signal = json.readValue(value, TimedSignal.class);
        return Optional.of(new LiveEvent("signals", signal.signal().symbol(), signal));
      }
      case Topics.ALERTS -> {
        Alert alert = json.readValue(value, Alert.class);
        return Optional.of(new LiveEvent("alerts", alert.symbol(), alert));
      }
      case Topics.EVENTS -> {
        return event(json.readTree(value));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private Optional<LiveEvent> event(JsonNode event) throws IOException {
    switch (event.path("type").asText()) {
      case "breadth" -> {
        return Optional.of(breadth(event));
      }
      case "forecast" -> {
        ForecastUpdate forecast =
            json.treeToValue(required(event, "forecast"), ForecastUpdate.class);
        return Optional.of(new LiveEvent("forecasts", forecast.symbol(), forecast));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private LiveEvent breadth(JsonNode event) throws IOException {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("interval", json.treeToValue(required(event, "interval"), Interval.class).code());
    data.put("start", json.treeToValue(required(event, "start"), Instant.class));
    data.put("breadth", json.treeToValue(required(event, "breadth"), BreadthRow.class));
    return new LiveEvent("breadth", "", data);
  }

  private static JsonNode required(JsonNode event, String field) throws IOException {
    JsonNode value = event.get(field);
    if (value == null || value.isNull()) {
      throw new IOException("a pipeline event without '" + field + "'");
    }
    return value;
  }
}
