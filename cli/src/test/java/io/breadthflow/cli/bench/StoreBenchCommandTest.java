package io.breadthflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The benchmark command runs end to end on tiny inputs; no timing is asserted. */
class StoreBenchCommandTest {

  @Test
  void reportsEveryMethodForBothEngines() {
    assumePostgresAnswers();
    CliRun run = CliRun.of("bench", "store", "--bars", "2000", "--baseline-bars", "100");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1))
        .hasSize(8)
        .allSatisfy(line -> assertThat(line).containsPattern("^(duckdb|postgresql) +synthetic"));
    assertThat(run.out()).contains("upsert", "raw bulk (limit)", "batched INSERT", "summary");
  }

  private static void assumePostgresAnswers() {
    String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
    try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
      // reachable
    } catch (SQLException e) {
      System.err.println(
          "*** POSTGRESQL TEST SKIPPED: no server at " + url + ": " + e.getMessage());
      assumeTrue(false, "no PostgreSQL at " + url);
    }
  }

  @Test
  void nonPositiveSizesAreUsageErrors() {
    CliRun run = CliRun.of("bench", "store", "--bars", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("bf: --bars and --baseline-bars must be positive" + System.lineSeparator());
  }
}
