package io.breadthflow.ingest.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The membership of an index through time, immutable. The members of every date are precomputed at
 * each change point (a day on which some interval starts or ends), so {@link #members(LocalDate)}
 * is a binary search over the change points, whatever the number of intervals.
 */
public final class MembershipHistory {
  private static final Comparator<MembershipInterval> BY_START =
      Comparator.comparing(MembershipInterval::from);

  private final Map<String, List<MembershipInterval>> bySymbol;
  private final long[] changeDays;
  private final List<List<String>> membersFromChange;

  /**
   * A history of the given intervals, in any order.
   *
   * @throws IllegalArgumentException when two intervals of the same symbol overlap
   */
  public MembershipHistory(List<MembershipInterval> intervals) {
    Map<String, List<MembershipInterval>> grouped = new TreeMap<>();
    for (MembershipInterval interval : intervals) {
      grouped.computeIfAbsent(interval.symbol(), s -> new ArrayList<>()).add(interval);
    }
    Map<String, List<MembershipInterval>> sorted = new TreeMap<>();
    for (Map.Entry<String, List<MembershipInterval>> entry : grouped.entrySet()) {
      List<MembershipInterval> own = new ArrayList<>(entry.getValue());
      own.sort(BY_START);
      for (int i = 1; i < own.size(); i++) {
        if (own.get(i).overlaps(own.get(i - 1))) {
          throw new IllegalArgumentException(
              "overlapping memberships of "
                  + entry.getKey()
                  + ": "
                  + own.get(i - 1)
                  + ", "
                  + own.get(i));
        }
      }
      sorted.put(entry.getKey(), List.copyOf(own));
    }
    this.bySymbol = Collections.unmodifiableMap(sorted);
    TreeMap<Long, List<MembershipInterval>> startsByDay = new TreeMap<>();
    TreeMap<Long, List<MembershipInterval>> endsByDay = new TreeMap<>();
    for (List<MembershipInterval> own : sorted.values()) {
      for (MembershipInterval interval : own) {
        startsByDay
            .computeIfAbsent(interval.from().toEpochDay(), d -> new ArrayList<>())
            .add(interval);
        if (interval.to() != null) {
          endsByDay
              .computeIfAbsent(interval.to().toEpochDay(), d -> new ArrayList<>())
              .add(interval);
        }
      }
    }
    SortedSet<Long> days = new TreeSet<>(startsByDay.keySet());
    days.addAll(endsByDay.keySet());
    this.changeDays = days.stream().mapToLong(Long::longValue).toArray();
    List<List<String>> snapshots = new ArrayList<>(changeDays.length);
    TreeSet<String> current = new TreeSet<>();
    for (long day : changeDays) {
      endsByDay.getOrDefault(day, List.of()).forEach(i -> current.remove(i.symbol()));
      startsByDay.getOrDefault(day, List.of()).forEach(i -> current.add(i.symbol()));
      snapshots.add(List.copyOf(current));
    }
    this.membersFromChange = List.copyOf(snapshots);
  }

  /** The symbols that are members on {@code date}, sorted; empty before the first membership. */
  public List<String> members(LocalDate date) {
    int index = Arrays.binarySearch(changeDays, date.toEpochDay());
    int last = index >= 0 ? index : -index - 2;
    return last < 0 ? List.of() : membersFromChange.get(last);
  }

  /** True when {@code symbol} is a member on {@code date}. */
  public boolean isMember(String symbol, LocalDate date) {
    return interval(symbol, date).isPresent();
  }

  /** The interval of {@code symbol} that contains {@code date}, if any. */
  public Optional<MembershipInterval> interval(String symbol, LocalDate date) {
    return intervals(symbol).stream().filter(i -> i.contains(date)).findFirst();
  }

  /** The sector of {@code symbol} on {@code date}, {@code ""} when unknown or not a member. */
  public String sector(String symbol, LocalDate date) {
    return interval(symbol, date).map(MembershipInterval::sector).orElse("");
  }

  /** Every symbol that was a member at some time, sorted; delisted symbols included. */
  public SortedSet<String> everMembers() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(bySymbol.keySet()));
  }

  /** The intervals of {@code symbol}, oldest first; empty when it never was a member. */
  public List<MembershipInterval> intervals(String symbol) {
    return bySymbol.getOrDefault(symbol, List.of());
  }

  /** All intervals, by symbol and then oldest first. */
  public List<MembershipInterval> intervals() {
    return bySymbol.values().stream().flatMap(List::stream).toList();
  }

  /** The days on which the membership changes, ascending. */
  public List<LocalDate> changeDates() {
    return Arrays.stream(changeDays).mapToObj(LocalDate::ofEpochDay).toList();
  }

  /**
   * This history as known before {@code cut}: intervals starting on or after it are dropped and
   * those still running on it are left open.
   */
  MembershipHistory before(LocalDate cut) {
    List<MembershipInterval> kept = new ArrayList<>();
    for (MembershipInterval interval : intervals()) {
      if (interval.from().isBefore(cut)) {
        kept.add(interval.contains(cut) ? interval.endingOn(null) : interval);
      }
    }
    return new MembershipHistory(kept);
  }
}
