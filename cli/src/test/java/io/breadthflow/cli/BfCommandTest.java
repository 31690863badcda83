package io.breadthflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import org.junit.jupiter.api.Test;

class BfCommandTest {

  @Test
  void helpListsEveryCommandGroupAndExitsZero() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: bf", "demo", "indicators", "Exit codes");
  }

  @Test
  void missingCommandIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("bf: missing command (try 'bf --help')" + System.lineSeparator());
  }

  @Test
  void unknownCommandIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines()).singleElement().asString().startsWith("bf: Unmatched argument");
  }

  @Test
  void anInvalidDateIsAUsageErrorOnOneLineWithoutParserDetail() {
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "sma-cross",
            "--symbols",
            "AAPL",
            "--start-date",
            "2024-13-01",
            "--end-date",
            "2024-12-31");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("'2024-13-01' is not a date YYYY-MM-DD")
        .doesNotContain("java.", "Exception", "MonthOfYear");
  }

  @Test
  void versionIsPrinted() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("bf ");
  }
}
