package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inclusive range of session dates, inside the years the NYSE calendar covers.
 *
 * @param start first date
 * @param end last date, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
  public DateRange {
    if (start == null || end == null) {
      throw UseCaseException.invalid("start and end dates are required");
    }
    if (end.isBefore(start)) {
      throw UseCaseException.invalid("end date " + end + " is before start date " + start);
    }
    if (!NyseCalendar.covers(start) || !NyseCalendar.covers(end)) {
      throw UseCaseException.invalid(
          "dates must lie within the trading calendar, "
              + NyseCalendar.FIRST_DATE
              + " to "
              + NyseCalendar.LAST_DATE
              + ", got "
              + start
              + " to "
              + end);
    }
  }

  /** A run's parameters for {@code universe} over this range: its name and the two dates. */
  public Map<String, Object> describe(Universe universe) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("universe", universe.name());
    parameters.put("start_date", start);
    parameters.put("end_date", end);
    return parameters;
  }
}
