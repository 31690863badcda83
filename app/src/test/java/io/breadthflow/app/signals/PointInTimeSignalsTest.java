package io.breadthflow.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.support.EngineApplication;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.membership.MembershipHistory;
import io.breadthflow.ingest.membership.MembershipInterval;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.store.SignalFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals of a point-in-time universe: on each session only its members get signals, with the
 * breadth regime of those members, as the engine gives them over a mask built here by hand.
 */
class PointInTimeSignalsTest {
  @TempDir Path dir;

  @Test
  void onlyTheMembersOfEachSessionGetSignalsWithTheirOwnBreadthRegime() throws Exception {
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2022, 1, 3), LocalDate.of(2023, 3, 31));
    LocalDate join = sessions.get(200);
    LocalDate leave = sessions.get(250);
    PointInTimeUniverse universe =
        new PointInTimeUniverse(
            "idx",
            new MembershipHistory(
                List.of(
                    new MembershipInterval("AAA", sessions.get(0), null),
                    new MembershipInterval("BBB", join, null),
                    new MembershipInterval("CCC", sessions.get(0), leave))));
    try (EngineApplication app = new EngineApplication("duckdb", dir, Clock.systemUTC())) {
      app.application().store().upsertBars(bars(sessions));
      DateRange range = new DateRange(sessions.get(150), sessions.get(sessions.size() - 1));

      app.application()
          .signals()
          .generate(
              SignalRequest.pointInTime(
                  universe, range, SignalWeights.defaults(), Optional.empty()),
              Progress.SILENT);
      List<Signal> stored = new ArrayList<>(app.application().store().signals(SignalFilter.all()));

      DailyPanel panel =
          app.application()
              .store()
              .dailyPanel(List.of("AAA", "BBB", "CCC"), sessions.get(0), range.end());
      boolean[][] member = new boolean[3][panel.sessions().length];
      for (int t = 0; t < member[0].length; t++) {
        member[0][t] = true;
        member[1][t] = !panel.sessions()[t].isBefore(join);
        member[2][t] = panel.sessions()[t].isBefore(leave);
      }
      List<Signal> expected =
          new ArrayList<>(
              SignalEngine.compute(
                  panel,
                  range.start(),
                  SignalWeights.defaults(),
                  MemberMask.of(member, member[0].length)));
      Comparator<Signal> order = Comparator.comparing(Signal::date).thenComparing(Signal::symbol);
      stored.sort(order);
      expected.sort(order);

      assertThat(stored).hasSameSizeAs(expected);
      for (int i = 0; i < stored.size(); i++) {
        assertThat(stored.get(i).symbol()).isEqualTo(expected.get(i).symbol());
        assertThat(stored.get(i).date()).isEqualTo(expected.get(i).date());
        assertThat(stored.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-9));
      }
      assertThat(stored)
          .filteredOn(s -> s.symbol().equals("BBB"))
          .allSatisfy(s -> assertThat(s.date()).isAfterOrEqualTo(join))
          .isNotEmpty();
      assertThat(stored)
          .filteredOn(s -> s.symbol().equals("CCC"))
          .allSatisfy(s -> assertThat(s.date()).isBefore(leave))
          .isNotEmpty();
    }
  }

  private static List<Bar> bars(List<LocalDate> sessions) {
    List<Bar> bars = new ArrayList<>();
    String[] symbols = {"AAA", "BBB", "CCC"};
    for (int s = 0; s < symbols.length; s++) {
      for (int t = 0; t < sessions.size(); t++) {
        double close = 100 + 10 * Math.sin(t / (7.0 + 3 * s)) + 0.05 * t * (s - 1);
        bars.add(Bar.daily(symbols[s], sessions.get(t), close, close + 1, close - 1, close, 1_000));
      }
    }
    return bars;
  }
}
