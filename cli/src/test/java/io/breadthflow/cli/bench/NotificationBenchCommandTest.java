package io.breadthflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import org.junit.jupiter.api.Test;

/** The notification benchmark runs end to end on tiny inputs; no timing is asserted. */
class NotificationBenchCommandTest {

  @Test
  void reportsEvaluationJobAndDeliveryRows() {
    CliRun run =
        CliRun.of(
            "bench",
            "notifications",
            "--rules",
            "40",
            "--symbols",
            "4",
            "--bars",
            "300",
            "--trades",
            "20000",
            "--runs",
            "1",
            "--deliveries",
            "20",
            "--dispatchers",
            "2",
            "--engines",
            "duckdb");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "evaluator, ns per bar",
            "throughput drop on bars",
            "duckdb: webhook deliveries/s (2 dispatchers)")
        .containsPattern("duckdb: distinct keys received / requests +20 / 20");
  }

  @Test
  void outOfRangeDeliveriesAreUsageErrors() {
    CliRun run = CliRun.of("bench", "notifications", "--deliveries", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--deliveries 1 to 1000000").doesNotContain("Exception");
  }
}
