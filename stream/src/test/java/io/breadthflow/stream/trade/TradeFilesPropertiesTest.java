package io.breadthflow.stream.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.csv.RejectedRow;
import io.breadthflow.ingest.csv.SaneBounds;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Arbitrary input to {@link TradeFiles}: a {@link TradeFile} whose every non-blank row is either a
 * trade or a rejected row with a one-line reason, or a {@link TradeFileException} with a one-line
 * message; never another exception. And {@link TradeCheck} on any trade: a reason or {@code null}.
 */
class TradeFilesPropertiesTest {
  private static final Path LEAN = Path.of("IBM_20131007_trades.csv");
  private static final Path OWN = Path.of("trades.csv");
  private final Path file = tempFile();

  @AfterProperty
  void deleteFile() throws Exception {
    Files.deleteIfExists(file);
  }

  @Property(tries = 300)
  void arbitraryBytesGiveTradesOrAFileError(@ForAll("bytes") byte[] content) throws Exception {
    Files.write(file, content);
    try {
      check(TradeFiles.read(file), null);
    } catch (TradeFileException e) {
      assertOneLine(e.getMessage());
    }
  }

  @Property(tries = 600)
  void everyRowIsATradeOrRejectedWithItsLine(
      @ForAll("headers") String header,
      @ForAll("rows") List<String> rows,
      @ForAll("lineEnds") String lineEnd,
      @ForAll boolean leanName)
      throws Exception {
    String text = header + lineEnd + String.join(lineEnd, rows) + lineEnd;
    TradeFile read;
    try {
      read = TradeFiles.read(leanName ? LEAN : OWN, new BufferedReader(new StringReader(text)));
    } catch (TradeFileException e) {
      assertOneLine(e.getMessage());
      outcome("file error");
      return;
    }
    check(read, rows);
    outcome(read.trades().isEmpty() ? "no trade" : "trades");
  }

  @Property(tries = 500)
  void tradeCheckGivesAReasonOrNullForAnyTrade(
      @ForAll("symbols") String symbol,
      @ForAll("numbers") double price,
      @ForAll("numbers") double size,
      @ForAll("conditions") String conditions) {
    Trade trade =
        new Trade(symbol, Instant.parse("2024-03-01T14:30:00Z"), price, size, "", conditions);

    String problem = TradeCheck.problem(trade, Set.of("AAPL", "BRK.B"));

    if (problem == null) {
      assertThat(price).isPositive().isLessThanOrEqualTo(1e9);
      assertThat(size).isPositive().isLessThanOrEqualTo(1e15);
    } else {
      assertOneLine(problem);
    }
  }

  @Example
  void aMalformedLineIsRejectedWithItsNumberAndTheOtherRowsKept() throws Exception {
    TradeFile read =
        TradeFiles.read(
            OWN,
            new BufferedReader(
                new StringReader(
                    "time,symbol,price,size\r\n"
                        + "2024-03-01T14:30:05Z,AAPL,10,100\r\n"
                        + "2024-03-01T14:30:06Z,AAPL,ten,100\r\n"
                        + "2024-03-01T14:30:07Z,AAPL,NaN,100\r\n"
                        + "+999999999-12-31T00:00:00Z,AAPL,10,100\r\n"
                        + "2024-03-01T14:30:08Z,AAPL,11,50\r\n")));

    assertThat(read.trades()).extracting(Trade::price).containsExactly(10.0, 11.0);
    assertThat(read.rejected())
        .extracting(RejectedRow::lineNumber, RejectedRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "bad price 'ten'"),
            org.assertj.core.groups.Tuple.tuple(4, "bad price 'NaN'"),
            org.assertj.core.groups.Tuple.tuple(
                5, "time +999999999-12-31T00:00:00Z outside 1900-01-01 to 2099-12-31"));
  }

  @Example
  void aFileThatIsNotATradeFileFailsAsAWholeInOneLine() throws Exception {
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', 'x'});
    assertThatThrownBy(() -> TradeFiles.read(file))
        .isInstanceOf(TradeFileException.class)
        .hasMessageEndingWith("not a UTF-8 text file");
  }

  private static void outcome(String what) {
    Statistics.label("outcome").collect(what);
    Statistics.label("outcome")
        .coverage(
            checker -> {
              checker.check("trades").count(reached -> reached > 0);
              checker.check("file error").count(reached -> reached > 0);
            });
  }

  /** Trades within the time bounds, each non-blank row accounted for, one-line reasons. */
  private static void check(TradeFile read, List<String> rows) {
    for (Trade trade : read.trades()) {
      assertThat(SaneBounds.covers(trade.time())).as("time %s", trade.time()).isTrue();
      assertThat(TradeCheck.problem(trade, Set.of()))
          .satisfiesAnyOf(p -> assertThat(p).isNull(), p -> assertOneLine(p));
    }
    for (RejectedRow row : read.rejected()) {
      assertThat(row.lineNumber()).isGreaterThanOrEqualTo(2);
      assertThat(row.raw()).doesNotContain("\u0000");
      assertOneLine(row.reason());
    }
    if (rows != null) {
      long dataRows = rows.stream().filter(r -> !r.isBlank()).count();
      assertThat(read.trades().size() + read.rejected().size()).isEqualTo((int) dataRows);
    }
  }

  private static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> afterHeader =
        random.map(
            tail -> {
              byte[] head = "time,symbol,price,size\r\n".getBytes();
              byte[] all = new byte[head.length + tail.length];
              System.arraycopy(head, 0, all, 0, head.length);
              System.arraycopy(tail, 0, all, head.length, tail.length);
              return all;
            });
    return Arbitraries.oneOf(random, afterHeader, Arbitraries.just(new byte[0]));
  }

  @Provide
  Arbitrary<String> headers() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            8,
            Arbitraries.of(
                "time,symbol,price,size",
                "time,symbol,price,size,venue,conditions",
                "\uFEFFtime,symbol,price,size",
                "DateTime,Price,Quantity,Exchange,SaleCondition,Suspicious",
                "datetime,price,quantity")),
        Tuple.of(
            1,
            Arbitraries.of(
                "", " ", "time;symbol;price;size", "when,what", "\u0000\u0001bin\u2028ary")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
  }

  @Provide
  Arbitrary<List<String>> rows() {
    Arbitrary<String> time =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.longs()
                    .between(1_000_000_000L, 2_000_000_000L)
                    .map(s -> Instant.ofEpochSecond(s).toString())),
            Tuple.of(
                4,
                Arbitraries.longs()
                    .between(1_000_000_000L, 2_000_000_000L)
                    .map(s -> Instant.ofEpochSecond(s).toString().replace("Z", ""))),
            Tuple.of(
                2,
                Arbitraries.of(
                    "",
                    "+999999999-12-31T23:59:59",
                    "-999999999-01-01T00:00:00",
                    "+1000000000-12-31T23:59:59Z",
                    "1899-12-31T23:59:59Z",
                    "2100-01-01T00:00:00Z",
                    "2024-02-30T10:00:00",
                    "2024-03-01 10:00:00",
                    "1709303400",
                    "2024-03-01T14:30:05+01:00")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(25)));
    Arbitrary<String> number =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.doubles().between(0.01, 1000).map(d -> "" + d)),
            Tuple.of(
                2,
                Arbitraries.of(
                    "",
                    " 10 ",
                    "NaN",
                    "Infinity",
                    "-Infinity",
                    "1e308",
                    "1.7e308",
                    "1e309",
                    "-3",
                    "0",
                    "0x10",
                    "1d",
                    "1,5",
                    "\u0661",
                    "9".repeat(400),
                    "1".repeat(20_000) + "x")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(10)));
    Arbitrary<String> symbol =
        Arbitraries.of("AAPL", "msft", "", " BRK.B ", "TOO-LONG-SYMBOL-NAME", "\u0000");
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(8).map(s -> s.replace(",", ""));
    Arbitrary<String> row =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Combinators.combine(time, symbol, number, number, text, text)
                    .as((t, s, p, q, v, c) -> String.join(",", t, s, p, q, v, c))),
            Tuple.of(
                6,
                Combinators.combine(time, number, number, text, text, Arbitraries.of("0", "1", ""))
                    .as((t, p, q, v, c, x) -> String.join(",", t, p, q, v, c, x))),
            Tuple.of(1, Combinators.combine(time, number).as((t, p) -> t + "," + p)),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(40)),
            Tuple.of(1, Arbitraries.just("\uFFFD,\u0000,\u2028")));
    return row.map(r -> r.replace("\n", " ").replace("\r", " ")).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Provide
  Arbitrary<String> symbols() {
    return Arbitraries.oneOf(
        Arbitraries.of("AAPL", "BRK.B", "MSFT", "", "aapl"), Arbitraries.strings().ofMaxLength(16));
  }

  @Provide
  Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0.01, 1000),
        Arbitraries.doubles(),
        Arbitraries.of(
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE,
            1.7e308,
            1e9,
            1e9 + 1,
            1e15 + 1,
            -0.0,
            0.0));
  }

  @Provide
  Arbitrary<String> conditions() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "suspicious", "@ F", TradeCheck.UNDECODABLE + "bad bytes"),
        Arbitraries.strings().ofMaxLength(10));
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("fuzz", ".csv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
