package io.breadthflow.cli.universe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.ingest.membership.MembershipHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Done-when check of point-in-time backtests: a backtest over a point-in-time universe differs
 * from the same backtest over today's members exactly by the members' effect. With a strategy and a
 * sizing under which symbols do not interact (sma-cross decides per symbol; a position cap far
 * above the number of symbols keeps every entry within the cash), the round trips, compared on
 * symbol, entry and exit sessions and prices (quantities follow the equity and may differ), obey:
 *
 * <ol>
 *   <li>a symbol that is one of today's members and a member on every session of the range has the
 *       same round trips in both runs;
 *   <li>every round trip found in one run only belongs to a symbol whose membership differs in the
 *       range (not one of today's members, or not a member on some session);
 *   <li>no round trip of the point-in-time run is held on a session where its symbol is not a
 *       member (held: from the entry session to the session before the exit, or to the last session
 *       for a trip still open);
 *   <li>a point-in-time trip of one of today's members that today's run lacks starts on the first
 *       session of a membership or ends on the first session after one: it is cut by a join or a
 *       leave;
 *   <li>a trip of today's run that the point-in-time run lacks is held on at least one session
 *       where its symbol is not a member.
 * </ol>
 */
final class MembersEffect {
  /** One round trip as the backtest JSON reports it, without the size-dependent fields. */
  record Trip(
      String symbol,
      LocalDate entry,
      double entryPrice,
      LocalDate exit,
      double exitPrice,
      boolean open) {}

  private final MembershipHistory history;
  private final Set<String> today;
  private final List<LocalDate> sessions;

  /**
   * @param history the point-in-time membership
   * @param today today's members
   * @param sessions the sessions of the range, ascending
   */
  MembersEffect(MembershipHistory history, Set<String> today, List<LocalDate> sessions) {
    this.history = history;
    this.today = today;
    this.sessions = sessions;
  }

  /** The sessions of a backtest's equity curve. */
  static List<LocalDate> sessions(JsonNode backtest) {
    List<LocalDate> sessions = new ArrayList<>();
    backtest
        .get("equity_curve")
        .forEach(p -> sessions.add(LocalDate.parse(p.get("date").asText())));
    return sessions;
  }

  /** The round trips of a backtest, by symbol, in order. */
  static Map<String, List<Trip>> trips(JsonNode backtest) {
    Map<String, List<Trip>> bySymbol = new TreeMap<>();
    for (JsonNode t : backtest.get("trades")) {
      Trip trip =
          new Trip(
              t.get("symbol").asText(),
              LocalDate.parse(t.get("entry_date").asText()),
              t.get("entry_price").asDouble(),
              LocalDate.parse(t.get("exit_date").asText()),
              t.get("exit_price").asDouble(),
              t.get("open").asBoolean());
      bySymbol.computeIfAbsent(trip.symbol(), s -> new ArrayList<>()).add(trip);
    }
    return bySymbol;
  }

  /**
   * Asserts the five rules on the two runs; returns how many trips differ, so that the caller can
   * check the comparison was not vacuous.
   */
  int assertOnlyMembersDiffer(Map<String, List<Trip>> pointInTime, Map<String, List<Trip>> fixed) {
    Set<String> symbols = new HashSet<>(pointInTime.keySet());
    symbols.addAll(fixed.keySet());
    int differing = 0;
    for (String symbol : symbols) {
      List<Trip> pit = pointInTime.getOrDefault(symbol, List.of());
      List<Trip> now = fixed.getOrDefault(symbol, List.of());
      if (membersThroughout(symbol)) {
        assertThat(pit).as("trips of %s, a member throughout", symbol).isEqualTo(now);
        continue;
      }
      for (Trip trip : pit) {
        assertThat(heldOnlyAsMember(trip)).as("%s held only while a member", trip).isTrue();
        if (!now.contains(trip)) {
          differing++;
          if (today.contains(symbol)) {
            assertThat(startsOnJoin(trip) || endsOnLeave(trip))
                .as("%s differs from today's run only at a join or a leave", trip)
                .isTrue();
          }
        }
      }
      for (Trip trip : now) {
        if (!pit.contains(trip)) {
          differing++;
          assertThat(heldOnlyAsMember(trip))
              .as(
                  "%s of today's run, missing from the point-in-time run, held as a non-member",
                  trip)
              .isFalse();
        }
      }
    }
    return differing;
  }

  /** True when {@code symbol} is one of today's members and a member on every session. */
  boolean membersThroughout(String symbol) {
    return today.contains(symbol) && sessions.stream().allMatch(d -> history.isMember(symbol, d));
  }

  private boolean heldOnlyAsMember(Trip trip) {
    return sessions.stream()
        .filter(d -> !d.isBefore(trip.entry()))
        .filter(d -> trip.open() ? !d.isAfter(trip.exit()) : d.isBefore(trip.exit()))
        .allMatch(d -> history.isMember(trip.symbol(), d));
  }

  private boolean startsOnJoin(Trip trip) {
    int entry = sessions.indexOf(trip.entry());
    return entry > 0 && !history.isMember(trip.symbol(), sessions.get(entry - 1));
  }

  private boolean endsOnLeave(Trip trip) {
    return !trip.open() && !history.isMember(trip.symbol(), trip.exit());
  }
}
