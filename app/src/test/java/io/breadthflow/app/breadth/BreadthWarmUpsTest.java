package io.breadthflow.app.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.indicators.StableFrom;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadthWarmUpsTest {
  private final LocalDate[] sessions =
      NyseCalendar.tradingDays(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 12, 31))
          .toArray(LocalDate[]::new);

  @Test
  void todaysColumnsGetTheSessionOfTheirStableIndex() {
    StableFrom<LocalDate> stable = BreadthWarmUps.of(BreadthRequest.Columns.STANDARD, sessions);

    assertThat(stable.stableFrom().keySet())
        .containsExactlyElementsOf(BreadthRow.COLUMNS.subList(1, BreadthRow.COLUMNS.size()));
    assertThat(stable.stableFrom()).containsEntry("advancers", sessions[1]);
    assertThat(stable.stableFrom()).containsEntry("pct_above_sma200", sessions[199]);
    assertThat(stable.stableFrom()).containsEntry("mcclellan_osc", sessions[309]);
    assertThat(stable.cumulative()).containsExactly("ad_line", "mcclellan_sum");
  }

  @Test
  void allColumnsAddTheCataloguesOnce() {
    StableFrom<LocalDate> stable = BreadthWarmUps.of(BreadthRequest.Columns.ALL, sessions);

    List<String> catalogue = CatalogueRow.COLUMNS.subList(1, CatalogueRow.COLUMNS.size());
    assertThat(stable.stableFrom().keySet()).containsAll(catalogue);
    assertThat(stable.stableFrom()).containsEntry("hindenburg", sessions[345]);
    assertThat(stable.cumulative()).contains("ra_mcclellan_sum", "bullish_percent");
  }
}
