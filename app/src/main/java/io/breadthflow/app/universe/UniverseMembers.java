package io.breadthflow.app.universe;

import java.time.LocalDate;
import java.util.List;

/**
 * The members of a point-in-time universe on one date, by symbol.
 *
 * @param name the universe's name
 * @param date the day
 * @param members each member with its sector of that day and the start of its membership
 */
public record UniverseMembers(String name, LocalDate date, List<Member> members) {
  public UniverseMembers {
    members = List.copyOf(members);
  }

  /**
   * One member.
   *
   * @param symbol the ticker as it was used then
   * @param sector its sector then, {@code ""} when unknown
   * @param since the first day of the membership that includes the date
   */
  public record Member(String symbol, String sector, LocalDate since) {}
}
