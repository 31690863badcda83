package io.breadthflow.ingest.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.breadthflow.ingest.csv.RejectedRow;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipCsvTest {
  private static final LocalDate D1 = LocalDate.of(2019, 1, 18);
  private static final LocalDate D2 = LocalDate.of(2019, 2, 15);

  @Test
  void readsIntervalsWithOpenEndsSeveralPerTickerAndAnOptionalSector() {
    MembershipImport read =
        MembershipCsv.readIntervals(
            new StringReader(
                "ticker,start_date,end_date,sector\n"
                    + "DOW,1996-01-02,2017-09-01,Materials\n"
                    + "BRK.B,2010-02-16,,Financials\n"
                    + "DOW,2019-04-02,,\n"));

    assertThat(read.rejected()).isEmpty();
    MembershipHistory history = read.history();
    assertThat(history.intervals("DOW"))
        .containsExactly(
            new MembershipInterval(
                "DOW", LocalDate.of(1996, 1, 2), LocalDate.of(2017, 9, 1), "Materials"),
            new MembershipInterval("DOW", LocalDate.of(2019, 4, 2), null));
    assertThat(history.sector("BRK.B", LocalDate.of(2020, 1, 1))).isEqualTo("Financials");
    assertThat(history.members(LocalDate.of(2018, 1, 2))).containsExactly("BRK.B");
  }

  @Test
  void badIntervalRowsAreKeptAsideWithTheirLineAndReason() {
    MembershipImport read =
        MembershipCsv.readIntervals(
            new StringReader(
                "ticker,start_date,end_date\n"
                    + "A,2000-06-05,\n"
                    + "B,2001-13-01,\n"
                    + "C,2005-01-01,2004-01-01\n"
                    + "bad symbol!,2001-01-01,\n"
                    + "A,2010-01-01,2011-01-01\n"
                    + "D\n"));

    assertThat(read.rejected())
        .extracting(RejectedRow::lineNumber, RejectedRow::reason)
        .containsExactly(
            tuple(3, "start_date '2001-13-01' is not an ISO date (yyyy-mm-dd)"),
            tuple(4, "C: membership must end after it starts, got 2005-01-01 to 2004-01-01"),
            tuple(5, "'bad symbol!' is not a valid symbol"),
            tuple(6, "overlaps line 2"),
            tuple(7, "expected 3 cells, got 1"));
    assertThat(read.history().everMembers()).containsExactly("A");
  }

  @Test
  void aHeaderWithoutTheNeededColumnsIsAnError() {
    assertThatThrownBy(
            () -> MembershipCsv.readIntervals(new StringReader("name,from\nA,2000-01-01\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ticker' or 'symbol'");
    assertThatThrownBy(
            () -> MembershipCsv.applyChanges(D1, List.of("A"), new StringReader("date,added\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'add' column");
    assertThatThrownBy(() -> MembershipCsv.readIntervals(new StringReader("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no header");
  }

  @Test
  void appliesAnAddARemoveAndBothInOneRowWithSeveralSymbolsPerCell() {
    MembershipImport applied =
        MembershipCsv.applyChanges(
            D1.minusDays(1),
            List.of("PCG", "NFX", "GT", "DWDP"),
            new StringReader(
                "date,add,remove\n"
                    + "2019-01-18,\"TFX\",\"\"\n"
                    + "2019-02-15,\"\",\"NFX\"\n"
                    + "2019-06-03,\"CTVA,DD\",\"GT,DWDP\"\n"));

    MembershipHistory history = applied.history();
    assertThat(applied.rejected()).isEmpty();
    assertThat(history.members(D1.minusDays(1))).containsExactly("DWDP", "GT", "NFX", "PCG");
    assertThat(history.members(D1)).containsExactly("DWDP", "GT", "NFX", "PCG", "TFX");
    assertThat(history.members(D2)).containsExactly("DWDP", "GT", "PCG", "TFX");
    assertThat(history.members(LocalDate.of(2019, 6, 3)))
        .containsExactly("CTVA", "DD", "PCG", "TFX");
    assertThat(history.intervals("NFX"))
        .containsExactly(new MembershipInterval("NFX", D1.minusDays(1), D2));
  }

  @Test
  void malformedAndImpossibleChangeRowsAreQuarantinedWithTheirLineAndTheRestApplied() {
    MembershipImport applied =
        MembershipCsv.applyChanges(
            D1.minusDays(1),
            List.of("PCG", "GT"),
            new StringReader(
                "date,add,remove\n"
                    + "2019-01-18,\"TFX\",\"PCG\"\n"
                    + "2019/02/15,\"ATO\",\"\"\n"
                    + "2019-02-20,\"WAB\",\"NFX\"\n"
                    + "2019-02-21,\"TFX\",\"\"\n"
                    + "2019-01-01,\"ATO\",\"\"\n"
                    + "2019-02-27,\"\",\"\"\n"
                    + "2019-02-27,\"WAB\",\"GT\"\n"
                    + "2019-03-01,\"X\n"));

    assertThat(applied.rejected())
        .extracting(RejectedRow::lineNumber, RejectedRow::reason)
        .containsExactly(
            tuple(3, "date '2019/02/15' is not an ISO date (yyyy-mm-dd)"),
            tuple(4, "NFX is not a member"),
            tuple(5, "TFX is already a member"),
            tuple(6, "dated before 2019-01-18"),
            tuple(7, "no symbol added or removed"),
            tuple(9, "unterminated quote"));
    assertThat(applied.history().members(LocalDate.of(2019, 2, 20))).containsExactly("GT", "TFX");
    assertThat(applied.history().members(LocalDate.of(2019, 2, 27))).containsExactly("TFX", "WAB");
  }

  @Test
  void changesReplaceTheBaseFromTheirFirstDateOn() {
    MembershipHistory base =
        new MembershipHistory(
            List.of(
                new MembershipInterval("OLD", LocalDate.of(2000, 1, 3), LocalDate.of(2025, 1, 2)),
                new MembershipInterval("GONE", LocalDate.of(2000, 1, 3), LocalDate.of(2010, 1, 4)),
                new MembershipInterval("LATE", LocalDate.of(2020, 1, 2), null)));

    MembershipHistory history =
        MembershipCsv.applyChanges(base, new StringReader("date,add,remove\n2019-01-18,NEW,OLD\n"))
            .history();

    assertThat(history.members(LocalDate.of(2005, 1, 3))).containsExactly("GONE", "OLD");
    assertThat(history.members(LocalDate.of(2024, 1, 2))).containsExactly("NEW");
    assertThat(history.intervals("OLD"))
        .containsExactly(new MembershipInterval("OLD", LocalDate.of(2000, 1, 3), D1));
    assertThat(history.everMembers()).containsExactly("GONE", "NEW", "OLD");
  }
}
