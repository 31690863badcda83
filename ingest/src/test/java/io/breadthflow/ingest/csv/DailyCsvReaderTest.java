package io.breadthflow.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyCsvReaderTest {
  private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";

  @Test
  void readsPlainDailyFile() throws Exception {
    DailyCsv csv =
        parse(
            HEADER
                + "2013-02-08,67.7142,68.4014,66.8928,67.8542,158168416\n"
                + "2013-02-11,68.0714,69.2771,67.6071,68.5614,129029425\n");

    assertThat(csv.rejected()).isEmpty();
    assertThat(csv.bars()).hasSize(2);
    Bar first = csv.bars().get(0);
    assertThat(first.symbol()).isEqualTo("TEST");
    assertThat(first.interval()).isEqualTo(Interval.ONE_DAY);
    assertThat(first.sessionDate()).isEqualTo(LocalDate.of(2013, 2, 8));
    assertThat(first.close()).isEqualTo(67.8542);
    assertThat(first.volume()).isEqualTo(158168416.0);
  }

  @Test
  void readsStooqBulkFormatWithBasicDatesAndNamesTheSymbolFromItsFile() throws Exception {
    DailyCsv csv =
        parse(
            "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"
                + "AAPL.US,D,20240102,000000,187.15,188.44,183.885,185.64,82488674,0\n"
                + "AAPL.US,D,20240103,000000,184.22,185.88,183.43,184.25,58414460,0\n");

    assertThat(csv.bars())
        .extracting(Bar::sessionDate)
        .containsExactly(java.time.LocalDate.of(2024, 1, 2), java.time.LocalDate.of(2024, 1, 3));
    assertThat(csv.bars().get(0).low()).isEqualTo(183.885);
    assertThat(csv.bars().get(1).volume()).isEqualTo(58414460);
    assertThat(DailyCsvReader.symbolOf(java.nio.file.Path.of("data/aapl.us.txt")))
        .isEqualTo("AAPL");
    assertThat(DailyCsvReader.symbolOf(java.nio.file.Path.of("BRK.B.csv"))).isEqualTo("BRK.B");
  }

  @Test
  void readsYahooFormatIgnoringAdjustedCloseAndRejectingNullRows() throws Exception {
    DailyCsv csv =
        parse(
            "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2020-01-02,74.06,75.15,73.80,75.09,73.06,135480400\n"
                + "2020-01-03,null,null,null,null,null,null\n"
                + "2020-01-06,73.45,74.99,73.19,74.95,72.92,118387200\n");

    assertThat(csv.bars()).extracting(Bar::close).containsExactly(75.09, 74.95);
    assertThat(csv.rejected())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.lineNumber()).isEqualTo(3);
              assertThat(row.reason()).isEqualTo("missing Open");
            });
  }

  @Test
  void badRowsAreRejectedWithLineNumberAndReasonWhileGoodRowsAreKept() throws Exception {
    DailyCsv csv =
        parse(
            HEADER
                + "2013-02-08,10,11,9,10.5,1000\n"
                + "2013-02-11,ten,11,9,10.5,1000\n"
                + "2013-02-12,10,11,9\n"
                + "2013-02-13,10,11,9,-10.5,1000\n"
                + "2013-02-14,10,11,9,10.5,-1000\n"
                + "02/15/2013,10,11,9,10.5,1000\n"
                + "2013-02-08,10,11,9,10.5,1000\n"
                + "2013-02-19,10,11,9,10.5,NaN\n"
                + "2013-02-20,10,11,9,10.5,1000\n");

    assertThat(csv.bars())
        .extracting(Bar::sessionDate)
        .containsExactly(LocalDate.of(2013, 2, 8), LocalDate.of(2013, 2, 20));
    assertThat(csv.rejected())
        .extracting(RejectedRow::lineNumber, RejectedRow::reason)
        .containsExactly(
            tuple(3, "bad Open 'ten'"),
            tuple(4, "missing Close (row has 4 columns)"),
            tuple(5, "non-positive price"),
            tuple(6, "negative volume"),
            tuple(7, "bad Date '02/15/2013'"),
            tuple(8, "date 2013-02-08 is not after the previous row's 2013-02-08"),
            tuple(9, "bad Volume 'NaN'"));
  }

  @Test
  void sessionRuleRejectsNonSessionsWithinTheCalendarYearsOnly() throws Exception {
    String text =
        HEADER
            + "1998-01-03,10,11,9,10.5,1000\n"
            + "2016-01-08,10,11,9,10.5,1000\n"
            + "2016-01-09,10,11,9,10.5,1000\n";

    DailyCsv sessions =
        DailyCsvReader.parse(
            "TEST",
            new BufferedReader(new StringReader(text)),
            DailyCsvReader.DateRule.NYSE_SESSIONS);
    DailyCsv any = parse(text);

    assertThat(sessions.bars())
        .extracting(Bar::sessionDate)
        .containsExactly(LocalDate.of(1998, 1, 3), LocalDate.of(2016, 1, 8));
    assertThat(sessions.rejected())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.lineNumber()).isEqualTo(4);
              assertThat(row.reason()).isEqualTo("2016-01-09 is not an NYSE session");
            });
    assertThat(any.bars()).hasSize(3);
  }

  @Test
  void emptyFileIsAFormatError() {
    assertThatThrownBy(() -> parse(""))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("empty file");
  }

  @Test
  void wrongHeaderIsAFormatErrorNamingTheExpectedColumns() {
    assertThatThrownBy(() -> parse("Day,Price\n2013-02-08,10\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("header must name Date, Open, High, Low, Close and Volume but was: Day,Price");
  }

  @Test
  void binaryJunkIsRejectedAsNotText(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("JUNK.csv");
    Files.write(junk, new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF, (byte) 0xFE, 0x01});
    assertThatThrownBy(() -> DailyCsvReader.read(junk))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageEndingWith("is not a UTF-8 text file");
  }

  @Test
  void symbolComesFromTheFileName() {
    assertThat(DailyCsvReader.symbolOf(Path.of("data/brk.b.csv"))).isEqualTo("BRK.B");
    assertThat(DailyCsvReader.symbolOf(Path.of("AAPL.CSV"))).isEqualTo("AAPL");
  }

  private static DailyCsv parse(String text) throws Exception {
    return DailyCsvReader.parse("TEST", new BufferedReader(new StringReader(text)));
  }
}
