package io.breadthflow.app.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.support.EngineApplication;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.ingest.membership.MembershipHistory;
import io.breadthflow.ingest.membership.MembershipInterval;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breadth of a point-in-time universe, whole and by the sector each stock had on each session. */
class PointInTimeBreadthTest {
  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2024, 1, 4);
  private static final LocalDate D4 = LocalDate.of(2024, 1, 5);

  @TempDir Path dir;

  @Test
  void eachSessionCountsItsMembersInTheSectorTheyHadThen() throws Exception {
    PointInTimeUniverse universe =
        new PointInTimeUniverse(
            "idx",
            new MembershipHistory(
                List.of(
                    new MembershipInterval("AAA", D1, null, "Energy"),
                    new MembershipInterval("BBB", D1, D3, "Utilities"),
                    new MembershipInterval("BBB", D3, null, "Energy"),
                    new MembershipInterval("CCC", D3, null, "Utilities"))));
    try (EngineApplication app = new EngineApplication("duckdb", dir, Clock.systemUTC())) {
      app.application()
          .store()
          .upsertBars(
              List.of(
                  bar("AAA", D1, 10),
                  bar("AAA", D2, 11),
                  bar("AAA", D3, 12),
                  bar("AAA", D4, 13),
                  bar("BBB", D1, 20),
                  bar("BBB", D2, 19),
                  bar("BBB", D3, 18),
                  bar("BBB", D4, 17),
                  bar("CCC", D1, 30),
                  bar("CCC", D2, 29),
                  bar("CCC", D3, 31),
                  bar("CCC", D4, 30)));
      DateRange range = new DateRange(D1, D4);

      BreadthReport whole =
          app.application()
              .breadth()
              .compute(
                  BreadthRequest.pointInTime(
                      universe,
                      range,
                      BreadthRequest.Grouping.UNIVERSE,
                      BreadthRequest.Columns.ALL),
                  Progress.SILENT);
      BreadthReport bySector =
          app.application()
              .breadth()
              .compute(
                  BreadthRequest.pointInTime(
                      universe,
                      range,
                      BreadthRequest.Grouping.BY_SECTOR,
                      BreadthRequest.Columns.STANDARD),
                  Progress.SILENT);

      // D2: AAA up, BBB down (CCC not yet a member); D3, D4: all three members
      assertThat(counts(whole.groups().get("idx"))).containsExactly("0/0", "1/1", "2/1", "1/2");
      assertThat(whole.catalogue().get("idx").get(1).advancers()).isEqualTo(1);
      assertThat(bySector.groups().keySet()).containsExactly("Energy", "Utilities");
      assertThat(counts(bySector.groups().get("Energy")))
          .containsExactly("0/0", "1/0", "1/1", "1/1");
      assertThat(counts(bySector.groups().get("Utilities")))
          .containsExactly("0/0", "0/1", "1/0", "0/1");
    }
  }

  private static List<String> counts(List<BreadthRow> rows) {
    return rows.stream().map(r -> r.advancers() + "/" + r.decliners()).toList();
  }

  private static Bar bar(String symbol, LocalDate date, double close) {
    return Bar.daily(symbol, date, close, close, close, close, 1_000);
  }
}
