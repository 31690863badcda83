package io.breadthflow.cli.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.stream.forecast.ForecastSchedule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ForecastScheduleConverterTest {
  private final ForecastScheduleConverter converter = new ForecastScheduleConverter();

  @Test
  void barsBetweenForecastsPerIntervalOnTheDefaultWindow() {
    ForecastSchedule schedule = converter.convert(" 1m=30, 1h=2 ");

    assertThat(schedule.refreshEvery())
        .isEqualTo(Map.of(Interval.ONE_MINUTE, 30, Interval.ONE_HOUR, 2));
    assertThat(schedule.window()).isEqualTo(ForecastSchedule.defaults().window());
    assertThat(schedule.horizon()).isEqualTo(5);
    assertThat(converter.convert("1m=15,5m=6,1h=1").refreshEvery())
        .containsEntry(Interval.FIVE_MINUTES, 6);
  }

  @Test
  void offForecastsNothing() {
    assertThat(converter.convert("OFF")).isEqualTo(ForecastSchedule.NONE);
  }

  @Test
  void aMalformedOrOutOfRangeScheduleIsRefusedWithItsRule() {
    assertThatThrownBy(() -> converter.convert("every minute"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "forecasts must be 'off' or INTERVAL=BARS,… such as 1m=15,5m=6, got 'every minute'");
    assertThatThrownBy(() -> converter.convert("1m=x"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("INTERVAL=BARS");
    assertThatThrownBy(() -> converter.convert("7m=3"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("INTERVAL=BARS");
    assertThatThrownBy(() -> converter.convert("1m=0"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("forecast refresh for 1m must be 1 to 10,000 bars, got 0");
  }
}
