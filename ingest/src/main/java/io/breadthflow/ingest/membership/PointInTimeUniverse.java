package io.breadthflow.ingest.membership;

import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A universe whose members change through time, such as an index with its additions and removals:
 * on each date only the members of that date, so that breadth and backtests over past sessions are
 * free of survivorship bias.
 *
 * @param name the universe's name, e.g. {@code sp500}
 * @param history its membership history
 */
public record PointInTimeUniverse(String name, MembershipHistory history) {

  public PointInTimeUniverse {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(history, "history");
  }

  /** The symbols that are members on {@code date}, sorted. */
  public List<String> membersOn(LocalDate date) {
    return history.members(date);
  }

  /**
   * The members of {@code date} as a {@link Universe} named {@code name@date}, each with its sector
   * of that date where known.
   */
  public Universe asUniverseOn(LocalDate date) {
    List<Instrument> members =
        membersOn(date).stream()
            .map(s -> new Instrument(s, "", history.sector(s, date), "", ""))
            .toList();
    return new Universe(name + "@" + date, members);
  }

  /**
   * Every symbol that was ever a member, delisted ones included, as a {@link Universe} named {@code
   * name}, each with the sector of its latest membership: the symbols whose history a point-in-time
   * run loads.
   */
  public Universe everMembers() {
    List<Instrument> members =
        history.everMembers().stream()
            .map(s -> new Instrument(s, "", latestSector(s), "", ""))
            .toList();
    return new Universe(name, members);
  }

  /** The sectors any interval names, sorted; intervals without a sector are left out. */
  public SortedSet<String> sectors() {
    SortedSet<String> sectors = new TreeSet<>();
    history.intervals().forEach(i -> sectors.add(i.sector()));
    sectors.remove("");
    return sectors;
  }

  /**
   * The membership of {@code symbols} on {@code sessions}: {@code isMember(s, t)} when {@code
   * symbols.get(s)} is a member on {@code sessions[t]}; a symbol the history does not know is never
   * a member.
   */
  public MemberMask mask(List<String> symbols, LocalDate[] sessions) {
    return mask(symbols, sessions, null);
  }

  /**
   * As {@link #mask(List, LocalDate[])}, counting a symbol only while it is a member classified in
   * {@code sector}.
   */
  public MemberMask sectorMask(List<String> symbols, LocalDate[] sessions, String sector) {
    return mask(symbols, sessions, Objects.requireNonNull(sector, "sector"));
  }

  private MemberMask mask(List<String> symbols, LocalDate[] sessions, String sector) {
    boolean[][] member = new boolean[symbols.size()][sessions.length];
    for (int s = 0; s < member.length; s++) {
      for (MembershipInterval interval : history.intervals(symbols.get(s))) {
        if (sector != null && !sector.equals(interval.sector())) {
          continue;
        }
        for (int t = 0; t < sessions.length; t++) {
          member[s][t] |= interval.contains(sessions[t]);
        }
      }
    }
    return MemberMask.of(member, sessions.length);
  }

  private String latestSector(String symbol) {
    List<MembershipInterval> own = history.intervals(symbol);
    return own.get(own.size() - 1).sector();
  }
}
