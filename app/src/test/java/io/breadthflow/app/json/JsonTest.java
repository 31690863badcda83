package io.breadthflow.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.UserProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void barsPushedLiveCarryTheIntervalCodeTheApiUses() throws Exception {
    Bar bar =
        new Bar(
            "AAPL",
            Interval.FIVE_MINUTES,
            Instant.parse("2024-03-01T15:00:00Z"),
            1,
            2,
            0.5,
            1.5,
            100,
            1.2,
            7);

    String json = Json.MAPPER.writeValueAsString(bar);

    assertThat(json).contains("\"interval\":\"5m\"").contains("\"trade_count\":7");
  }

  @Test
  void optionalsAreTheirValueOrNullAndZonesTheirId() {
    UserProfile with =
        new UserProfile(7, "Ann", Optional.of("ann@example.com"), ZoneId.of("Europe/Paris"));
    UserProfile without = new UserProfile(7, "Ann", Optional.empty(), ZoneOffset.UTC);

    assertThat(Json.write(with))
        .isEqualTo(
            "{\"user_id\":7,\"display_name\":\"Ann\",\"email\":\"ann@example.com\","
                + "\"zone\":\"Europe/Paris\"}");
    assertThat(Json.write(without)).contains("\"email\":null").contains("\"zone\":\"Z\"");
  }
}
