package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import java.time.LocalDate;

/**
 * The members of a stored point-in-time universe on one date.
 *
 * @param name the universe's name (see {@link UniverseName})
 * @param date the day, any calendar date
 */
public record MembersRequest(String name, LocalDate date) {
  public MembersRequest {
    name = UniverseName.checked(name);
    UseCaseException.required(date, "the date");
  }
}
