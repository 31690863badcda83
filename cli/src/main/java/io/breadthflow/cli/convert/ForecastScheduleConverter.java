package io.breadthflow.cli.convert;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.stream.forecast.ForecastSchedule;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The streaming job's forecast schedule as people type it: {@code off}, or bars between forecasts
 * per interval, {@code 1m=15,5m=6,1h=1} (each 1 to 10,000); the window, minimum and horizon are
 * {@link ForecastSchedule#defaults()}'s.
 */
public final class ForecastScheduleConverter implements ITypeConverter<ForecastSchedule> {
  @Override
  public ForecastSchedule convert(String text) {
    String spec = text.strip().toLowerCase(Locale.ROOT);
    if (spec.equals("off")) {
      return ForecastSchedule.NONE;
    }
    Map<Interval, Integer> every = new EnumMap<>(Interval.class);
    for (String part : spec.split(",")) {
      String[] pair = part.strip().split("=");
      if (pair.length != 2) {
        throw new TypeConversionException(
            "forecasts must be 'off' or INTERVAL=BARS,… such as 1m=15,5m=6, got '" + text + "'");
      }
      try {
        every.put(Interval.parse(pair[0].strip()), Integer.parseInt(pair[1].strip()));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "forecasts must be 'off' or INTERVAL=BARS,… such as 1m=15,5m=6, got '" + text + "'");
      }
    }
    ForecastSchedule defaults = ForecastSchedule.defaults();
    try {
      return new ForecastSchedule(defaults.window(), defaults.minimum(), defaults.horizon(), every);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
