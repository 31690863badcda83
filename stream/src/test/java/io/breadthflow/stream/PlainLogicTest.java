package io.breadthflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the job live in plain classes that the unit tests prove without Flink; the Flink
 * functions around them hold only state and timers.
 */
class PlainLogicTest {
  private static final Path MAIN = Path.of("src/main/java/io/breadthflow/stream");

  private static final List<String> PLAIN =
      List.of(
          "alert/ThresholdAlerts.java",
          "alert/AlertCooldowns.java",
          "alert/GoldenCross.java",
          "alert/GoldenCrossState.java",
          "alert/BreadthThrust.java",
          "alert/AlertRules.java",
          "bar/BarAggregator.java",
          "bar/BarAccumulator.java",
          "bar/SymbolBars.java",
          "bar/RecentFingerprints.java",
          "market/SymbolIndicators.java",
          "market/MarketState.java",
          "market/IndicatorRow.java");

  @Test
  void theDecisionClassesImportNoFlink() throws IOException {
    for (String file : PLAIN) {
      assertThat(Files.readString(MAIN.resolve(file))).as(file).doesNotContain("org.apache.flink");
    }
  }
}
