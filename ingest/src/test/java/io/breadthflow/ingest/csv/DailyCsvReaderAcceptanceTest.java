package io.breadthflow.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the real S&amp;P 500 files read completely, with exactly the known defects left out.
 */
class DailyCsvReaderAcceptanceTest {

  @Test
  void sp500FilesGive619029BarsAndRejectExactlyThe11RowsWithEmptyFields() throws Exception {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    long bars = 0;
    List<String> rejected = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        DailyCsv csv = DailyCsvReader.read(file);
        bars += csv.bars().size();
        csv.rejected()
            .forEach(
                r ->
                    rejected.add(csv.symbol() + " " + r.raw().substring(0, 10) + " " + r.reason()));
      }
    }
    assertThat(bars).isEqualTo(619_029);
    assertThat(rejected)
        .hasSize(11)
        .allSatisfy(r -> assertThat(r).contains("missing"))
        .anySatisfy(r -> assertThat(r).startsWith("BHF 2017-07-26"))
        .anySatisfy(r -> assertThat(r).startsWith("WRK 2015-06-26"));
  }
}
