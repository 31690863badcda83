package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void overnightQuietHoursReleaseAtTheirEndNextMorning() {
    QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    assertThat(night.releaseAt(Instant.parse("2026-03-02T22:30:00Z"), BERLIN))
        .isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
    assertThat(night.releaseAt(Instant.parse("2026-03-03T03:00:00Z"), BERLIN))
        .isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
    Instant afternoon = Instant.parse("2026-03-03T14:00:00Z");
    assertThat(night.releaseAt(afternoon, BERLIN)).isEqualTo(afternoon);
  }

  @Test
  void daytimeQuietHoursReleaseTheSameDay() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

    assertThat(lunch.releaseAt(Instant.parse("2026-07-01T10:30:00Z"), BERLIN))
        .isEqualTo(Instant.parse("2026-07-01T11:00:00Z"));
    Instant eleven = Instant.parse("2026-07-01T11:00:00Z");
    assertThat(lunch.releaseAt(eleven, BERLIN)).isEqualTo(eleven);
  }
}
