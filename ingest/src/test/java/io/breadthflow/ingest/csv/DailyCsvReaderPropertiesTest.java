package io.breadthflow.ingest.csv;

import static io.breadthflow.ingest.support.FuzzValues.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.ingest.support.FuzzValues;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Arbitrary input to {@link DailyCsvReader}: a {@link DailyCsv} whose bars all pass the rules, or a
 * {@link CsvFormatException} with a one-line message; never another exception.
 */
class DailyCsvReaderPropertiesTest {
  private static final String PLAUSIBLE = "{date}";
  private final Path file = tempFile();

  @AfterProperty
  void deleteFile() throws Exception {
    Files.deleteIfExists(file);
  }

  @Property(tries = 300)
  void arbitraryBytesGiveBarsOrAFormatError(@ForAll("bytes") byte[] content) throws Exception {
    Files.write(file, content);
    try {
      checkResult(DailyCsvReader.read(file, DailyCsvReader.DateRule.NYSE_SESSIONS), null);
    } catch (CsvFormatException e) {
      assertOneLine(e.getMessage());
    }
  }

  @Property(tries = 500)
  void hostileRowsAreRejectedOneByOneWithTheirLines(
      @ForAll("headers") String header,
      @ForAll("rows") List<String> rows,
      @ForAll("lineEnds") String lineEnd,
      @ForAll DailyCsvReader.DateRule dates)
      throws Exception {
    String text = header + lineEnd + String.join(lineEnd, rows) + lineEnd;
    DailyCsv csv;
    try {
      csv = DailyCsvReader.parse("TEST", new BufferedReader(new StringReader(text)), dates);
    } catch (CsvFormatException e) {
      assertOneLine(e.getMessage());
      outcome("format error");
      return;
    }
    checkResult(csv, rows);
    outcome(csv.bars().isEmpty() ? "no bar" : "bars");
  }

  @Example
  void pricesNearTheLargestDoubleAreRejectedNotStored() throws Exception {
    DailyCsv csv =
        DailyCsvReader.parse(
            "TEST",
            new BufferedReader(
                new StringReader(
                    "Date,Open,High,Low,Close,Volume\n"
                        + "2024-01-02,1.7e308,1.7e308,1.7e308,1.7e308,100\n"
                        + "2024-01-03,10,11,9,10,1e16\n"
                        + "2024-01-04,10,11,9,10,100\n")));

    assertThat(csv.bars()).hasSize(1);
    assertThat(csv.rejected())
        .extracting(RejectedRow::lineNumber, RejectedRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, BarValidator.checkFields(1.7e308, 1.7e308, 1.7e308, 1.7e308, 100).get()),
            org.assertj.core.groups.Tuple.tuple(
                3, BarValidator.checkFields(10, 11, 9, 10, 1e16).get()));
  }

  /** Counts what a try gave; the generators must reach both bars and format errors. */
  private static void outcome(String what) {
    Statistics.label("outcome").collect(what);
    Statistics.label("outcome")
        .coverage(
            checker -> {
              checker.check("bars").count(reached -> reached > 0);
              checker.check("format error").count(reached -> reached > 0);
            });
  }

  /** Bars that break no rule, rows accounted for one by one, one-line reasons. */
  private static void checkResult(DailyCsv csv, List<String> rows) {
    for (Bar bar : csv.bars()) {
      assertThat(
              BarValidator.checkFields(
                  bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()))
          .isEmpty();
      assertThat(SaneBounds.covers(bar.sessionDate())).isTrue();
    }
    for (int i = 1; i < csv.bars().size(); i++) {
      assertThat(csv.bars().get(i).sessionDate()).isAfter(csv.bars().get(i - 1).sessionDate());
    }
    for (RejectedRow row : csv.rejected()) {
      assertThat(row.lineNumber()).isGreaterThanOrEqualTo(2);
      assertOneLine(row.reason());
    }
    if (rows != null) {
      long dataRows = rows.stream().filter(r -> !r.isBlank()).count();
      assertThat(csv.bars().size() + csv.rejected().size()).isEqualTo((int) dataRows);
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> afterHeader =
        random.map(
            tail -> {
              byte[] head = "\uFEFFDate,Open,High,Low,Close,Volume\r\n".getBytes();
              byte[] all = new byte[head.length + tail.length];
              System.arraycopy(head, 0, all, 0, head.length);
              System.arraycopy(tail, 0, all, head.length, tail.length);
              return all;
            });
    return Arbitraries.oneOf(random, afterHeader, Arbitraries.just(new byte[0]));
  }

  @Provide
  Arbitrary<String> headers() {
    return Arbitraries.of(
        "Date,Open,High,Low,Close,Volume",
        "\uFEFFDate,Open,High,Low,Close,Volume",
        "date,open,high,low,close,adj close,volume",
        "Date,Open,High,Low,Close,Adj Close,Volume",
        "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>",
        "Volume,Close,Low,High,Open,Date",
        "Date,Open,High,Low,Close",
        "",
        " ",
        "Date;Open;High;Low;Close;Volume",
        "\u0000\u0001binary\u2028header");
  }

  @Provide
  Arbitrary<List<String>> rows() {
    Arbitrary<String> cells = Arbitraries.oneOf(FuzzValues.numberCells(), FuzzValues.dateCells());
    Arbitrary<String> row =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                5,
                Combinators.combine(
                        FuzzValues.dateCells(),
                        FuzzValues.numberCells().list().ofMinSize(0).ofMaxSize(10))
                    .as(
                        (date, numbers) -> {
                          List<String> all = new ArrayList<>();
                          all.add(date);
                          all.addAll(numbers);
                          return String.join(",", all);
                        })),
            net.jqwik.api.Tuple.of(1, cells.list().ofMaxSize(12).map(l -> String.join(",", l))),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40)),
            net.jqwik.api.Tuple.of(
                8,
                FuzzValues.prices()
                    .list()
                    .ofSize(5)
                    .map(
                        v ->
                            PLAUSIBLE
                                + ","
                                + v.get(0)
                                + ","
                                + v.get(1)
                                + ","
                                + v.get(2)
                                + ","
                                + v.get(3)
                                + ","
                                + Math.round(v.get(4) * 1000))));
    return row.map(r -> r.replace("\n", " ").replace("\r", " "))
        .list()
        .ofMaxSize(30)
        .map(
            list -> {
              // plausible rows get ascending weekdays, so that most of them are accepted
              List<String> dated = new ArrayList<>();
              java.time.LocalDate date = java.time.LocalDate.of(2013, 2, 4);
              for (String r : list) {
                dated.add(r.replace(PLAUSIBLE, date.toString()));
                date = date.plusDays(date.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 3 : 1);
              }
              return dated;
            });
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("fuzz", ".csv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
