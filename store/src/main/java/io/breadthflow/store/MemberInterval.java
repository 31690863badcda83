package io.breadthflow.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored membership interval of a point-in-time universe.
 *
 * @param symbol the ticker as it was used then
 * @param from the first day of membership
 * @param to the first day it was no longer a member, or {@code null} while it still is
 * @param sector the sector it was classified in then, {@code ""} when unknown
 */
public record MemberInterval(String symbol, LocalDate from, LocalDate to, String sector) {
  public MemberInterval {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(from, "from");
    sector = Objects.requireNonNullElse(sector, "");
  }
}
