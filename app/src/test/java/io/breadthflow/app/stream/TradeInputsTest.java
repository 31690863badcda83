package io.breadthflow.app.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.store.QuarantinedRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeInputsTest {
  @TempDir Path dir;

  @Test
  void aMalformedRowIsSetAsideWithItsFileAndLineAndTheGoodFilesStillCount() throws Exception {
    Files.writeString(
        dir.resolve("a.csv"),
        "time,symbol,price,size\n"
            + "2024-03-01T14:30:05Z,AAPL,10,100\n"
            + "2024-03-01T14:31:05Z,AAPL,11,100\n");
    Files.writeString(
        dir.resolve("b.csv"),
        "time,symbol,price,size\n"
            + "2024-03-01T14:30:10Z,MSFT,400,5\n"
            + "2024-03-01T14:30:11Z,MSFT,four hundred,5\n"
            + "2024-03-01T14:30:12Z,MSFT,401,5\n");
    Files.write(dir.resolve("c.csv"), new byte[] {(byte) 0xff, 0, 1, 2});

    TradeInputs.TradeInput input = TradeInputs.load(dir);

    assertThat(input.trades()).extracting(Trade::price).containsExactly(10.0, 400.0, 401.0, 11.0);
    assertThat(input.rejected())
        .containsExactly(
            new QuarantinedRecord(
                "trades:b.csv",
                "",
                "2024-03-01T14:30:11Z,MSFT,four hundred,5",
                "line 3: bad price 'four hundred'"));
    assertThat(input.unreadableFiles())
        .singleElement()
        .asString()
        .contains("c.csv")
        .endsWith("not a UTF-8 text file");
    assertThat(TradeInputs.read(dir)).isEqualTo(input.trades());
  }

  @Test
  void onlyAnInputWithoutAnyTradeIsAUsageErrorAndItSaysWhyFileByFile() throws Exception {
    Files.writeString(dir.resolve("bad.csv"), "time,symbol,price,size\nnot,a,trade\n");
    Files.writeString(dir.resolve("odd.csv"), "when,what\n1,2\n");

    assertThatThrownBy(() -> TradeInputs.load(dir))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("no trades in " + dir)
        .hasMessageContaining("1 rows rejected, first trades:bad.csv line 2: expected")
        .hasMessageContaining("odd.csv: unknown header 'when,what'")
        .hasMessageNotContaining("\n");
  }
}
