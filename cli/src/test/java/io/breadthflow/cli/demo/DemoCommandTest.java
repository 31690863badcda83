package io.breadthflow.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void quickDemoPrintsLatestReadingsForEverySymbol() {
    CliRun run = CliRun.of("demo", "--quick");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("252 sessions each", "rsi_14", "DEMOA", "DEMOB", "DEMOC", "DEMOD");
  }

  @Test
  void demoIsDeterministicForASeedAndDiffersAcrossSeeds() {
    assertThat(CliRun.of("demo", "--quick", "--seed", "7").out())
        .isEqualTo(CliRun.of("demo", "--quick", "--seed", "7").out())
        .isNotEqualTo(CliRun.of("demo", "--quick", "--seed", "8").out());
  }

  @Test
  void negativeSeedIsAUsageError() {
    CliRun run = CliRun.of("demo", "--seed", "-1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("bf: --seed must not be negative but was -1" + System.lineSeparator());
  }
}
