package io.breadthflow.ingest.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MembershipHistoryTest {
  private static final LocalDate JAN_2 = LocalDate.of(2020, 1, 2);
  private static final LocalDate MAR_2 = LocalDate.of(2020, 3, 2);

  private static final MembershipHistory HISTORY =
      new MembershipHistory(
          List.of(
              new MembershipInterval("XOM", JAN_2, MAR_2, "Energy"),
              new MembershipInterval("DOW", LocalDate.of(2019, 4, 2), null, "Materials"),
              new MembershipInterval("DOW", LocalDate.of(1996, 1, 2), LocalDate.of(2017, 9, 1)),
              new MembershipInterval("AAPL", LocalDate.of(1982, 11, 30), null)));

  @Test
  void aMemberOnItsFirstDayAndUntilTheDayBeforeItsEndDate() {
    assertThat(HISTORY.isMember("XOM", JAN_2.minusDays(1))).isFalse();
    assertThat(HISTORY.isMember("XOM", JAN_2)).isTrue();
    assertThat(HISTORY.isMember("XOM", MAR_2.minusDays(1))).isTrue();
    assertThat(HISTORY.isMember("XOM", MAR_2)).isFalse();
    assertThat(HISTORY.members(JAN_2.minusDays(1))).doesNotContain("XOM");
    assertThat(HISTORY.members(JAN_2)).contains("XOM");
    assertThat(HISTORY.members(MAR_2.minusDays(1))).contains("XOM");
    assertThat(HISTORY.members(MAR_2)).doesNotContain("XOM");
  }

  @Test
  void aTickerWithTwoIntervalsIsAbsentInTheGapAndKeepsBoth() {
    assertThat(HISTORY.members(LocalDate.of(2017, 8, 31))).containsExactly("AAPL", "DOW");
    assertThat(HISTORY.members(LocalDate.of(2018, 6, 1))).containsExactly("AAPL");
    assertThat(HISTORY.members(LocalDate.of(2020, 2, 3))).containsExactly("AAPL", "DOW", "XOM");
    assertThat(HISTORY.intervals("DOW"))
        .extracting(MembershipInterval::from)
        .containsExactly(LocalDate.of(1996, 1, 2), LocalDate.of(2019, 4, 2));
    assertThat(HISTORY.sector("DOW", LocalDate.of(2020, 1, 1))).isEqualTo("Materials");
    assertThat(HISTORY.sector("DOW", LocalDate.of(2000, 1, 1))).isEmpty();
  }

  @Test
  void delistedSymbolsStayAmongTheEverMembersAndNoneAreMembersBeforeTheFirstInterval() {
    assertThat(HISTORY.everMembers()).containsExactly("AAPL", "DOW", "XOM");
    assertThat(HISTORY.members(LocalDate.of(1980, 1, 1))).isEmpty();
    assertThat(HISTORY.intervals("IBM")).isEmpty();
  }

  @Test
  void overlappingIntervalsOfOneSymbolAreRefused() {
    List<MembershipInterval> overlapping =
        List.of(
            new MembershipInterval("A", JAN_2, MAR_2),
            new MembershipInterval("A", MAR_2.minusDays(1), null));

    assertThatThrownBy(() -> new MembershipHistory(overlapping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlapping memberships of A");
  }

  @Test
  void anIntervalMustEndAfterItStarts() {
    assertThatThrownBy(() -> new MembershipInterval("A", JAN_2, JAN_2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end after it starts");
  }

  @Test
  void membersOfEveryDayAgreeWithAScanOfAllIntervals() {
    Random random = new Random(19);
    LocalDate origin = LocalDate.of(2000, 1, 1);
    List<MembershipInterval> intervals = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      int day = random.nextInt(50);
      while (day < 400) {
        int length = 1 + random.nextInt(60);
        LocalDate to = random.nextInt(8) == 0 ? null : origin.plusDays(day + length);
        intervals.add(new MembershipInterval("S" + s, origin.plusDays(day), to));
        if (to == null) {
          break;
        }
        day += length + random.nextInt(40);
      }
    }
    MembershipHistory history = new MembershipHistory(intervals);

    for (int d = -5; d < 500; d++) {
      LocalDate date = origin.plusDays(d);
      List<String> scanned =
          intervals.stream()
              .filter(i -> i.contains(date))
              .map(MembershipInterval::symbol)
              .sorted()
              .toList();
      assertThat(history.members(date)).as("members on %s", date).isEqualTo(scanned);
    }
  }

  @Test
  void aPointInTimeUniverseGivesTheMembersOfTheDateWithTheirSectors() {
    PointInTimeUniverse universe = new PointInTimeUniverse("toy", HISTORY);

    Universe onFeb3 = universe.asUniverseOn(LocalDate.of(2020, 2, 3));

    assertThat(universe.membersOn(LocalDate.of(2018, 6, 1))).containsExactly("AAPL");
    assertThat(onFeb3.name()).isEqualTo("toy@2020-02-03");
    assertThat(onFeb3.symbols()).containsExactly("AAPL", "DOW", "XOM");
    assertThat(onFeb3.symbolsBySector())
        .containsEntry("Energy", List.of("XOM"))
        .containsEntry("Materials", List.of("DOW"))
        .hasSize(2);
  }
}
