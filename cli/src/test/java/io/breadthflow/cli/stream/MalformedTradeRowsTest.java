package io.breadthflow.cli.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One malformed trade row never sinks the good ones (issue #15, item 5). */
class MalformedTradeRowsTest {
  @TempDir Path dir;

  @Test
  void replayStoresTheGoodBarsAndQuarantinesTheMalformedRowWithFileLineAndReason()
      throws Exception {
    Path input = tradeFolder();
    String store = "jdbc:duckdb:" + dir.resolve("replay.duckdb");

    CliRun run =
        CliRun.of(
            "replay",
            "--input",
            input.toString(),
            "--speed",
            "max",
            "--interval",
            "1m",
            "--store",
            store,
            "--checkpoint-dir",
            dir.resolve("chk").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .contains("1 malformed trade rows quarantined", "trades:msft.csv line 3: bad price '4O1'");
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      Instant from = Instant.parse("2024-03-01T14:00:00Z");
      Instant to = Instant.parse("2024-03-01T15:00:00Z");
      assertThat(opened.bars("AAPL", Interval.ONE_MINUTE, from, to))
          .extracting(Bar::close)
          .containsExactly(12.0, 11.0);
      assertThat(opened.bars("MSFT", Interval.ONE_MINUTE, from, to))
          .extracting(Bar::close, Bar::volume)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(401.0, 10.0));
      assertThat(opened.quarantined())
          .contains(
              new QuarantinedRecord(
                  "trades:msft.csv",
                  "",
                  "2024-03-01T14:30:11Z,MSFT,4O1,5",
                  "line 3: bad price '4O1'"));
    }
  }

  @Test
  void streamBarsReportsTheMalformedRowOnStandardErrorAndGoesOn() throws Exception {
    Path input = tradeFolder();
    Files.writeString(input.resolve("notes.csv"), "when,what\n1,2\n");

    CliRun run = CliRun.of("stream", "bars", "--input", input.toString(), "--interval", "1m");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            StreamBarsCommand.HEADER,
            "2024-03-01T14:30:00Z,AAPL,10,12,10,12,150,10.666666666666666,2",
            "2024-03-01T14:30:00Z,MSFT,400,401,400,401,10,400.5,2",
            "2024-03-01T14:31:00Z,AAPL,11,11,11,11,20,11,1");
    assertThat(run.err().lines())
        .contains(
            "bf stream bars: msft.csv line 3 skipped: bad price '4O1'",
            "bf stream bars: skipped "
                + input.resolve("notes.csv")
                + ": unknown header 'when,what' (expected DateTime,Price,Quantity,… or"
                + " time,symbol,price,size)");
  }

  private Path tradeFolder() throws Exception {
    Path input = Files.createDirectories(dir.resolve("trades"));
    Files.writeString(
        input.resolve("aapl.csv"),
        "time,symbol,price,size\n"
            + "2024-03-01T14:30:05Z,AAPL,10,100\n"
            + "2024-03-01T14:30:40Z,AAPL,12,50\n"
            + "2024-03-01T14:31:30Z,AAPL,11,20\n");
    Files.writeString(
        input.resolve("msft.csv"),
        "time,symbol,price,size\n"
            + "2024-03-01T14:30:10Z,MSFT,400,5\n"
            + "2024-03-01T14:30:11Z,MSFT,4O1,5\n"
            + "2024-03-01T14:30:12Z,MSFT,401,5\n");
    return input;
  }
}
