package io.breadthflow.ingest.membership;

import io.breadthflow.core.domain.Symbols;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period during which a symbol belonged to an index: from {@code from} inclusive to {@code to}
 * exclusive, the convention of published index changes (a symbol added on day d is a member on d; a
 * symbol removed on day d is no longer a member on d).
 *
 * @param symbol the ticker as it was used then
 * @param from the first day of membership
 * @param to the first day it was no longer a member, or {@code null} while it still is
 * @param sector the sector it was classified in then, {@code ""} when unknown
 */
public record MembershipInterval(String symbol, LocalDate from, LocalDate to, String sector) {

  public MembershipInterval {
    Symbols.require(symbol);
    Objects.requireNonNull(from, "from");
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException(
          symbol + ": membership must end after it starts, got " + from + " to " + to);
    }
    sector = Objects.requireNonNullElse(sector, "").strip();
  }

  /** An interval with no known sector. */
  public MembershipInterval(String symbol, LocalDate from, LocalDate to) {
    this(symbol, from, to, "");
  }

  /** True when the symbol is still a member (no end date). */
  public boolean isOpen() {
    return to == null;
  }

  /** True when {@code date} lies in {@code [from, to)}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }

  /** True when the two intervals share at least one day. */
  public boolean overlaps(MembershipInterval other) {
    boolean startsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
    boolean otherStartsBeforeThisEnds = to == null || other.from.isBefore(to);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** This interval ending on {@code end} (exclusive), or open when {@code end} is null. */
  MembershipInterval endingOn(LocalDate end) {
    return new MembershipInterval(symbol, from, end, sector);
  }
}
