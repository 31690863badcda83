package io.breadthflow.server.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.server.api.ApiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandCatalogTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDemoFlowLoadsWhatTheDemoLoadsWithoutStartingAnotherServer() {
    List<List<String>> lines = CommandCatalog.commandLines("demo", null, TODAY);

    assertThat(lines)
        .containsExactly(
            List.of(
                "data",
                "fetch",
                "--symbol-list",
                "sp100",
                "--source",
                "sim",
                "--start-date",
                "2025-05-20",
                "--end-date",
                "2026-11-20"),
            List.of(
                "signals",
                "generate",
                "--symbol-list",
                "sp100",
                "--start-date",
                "2026-08-20",
                "--end-date",
                "2026-11-20"),
            List.of(
                "backtest",
                "run",
                "--strategy",
                "sma-cross",
                "--symbol-list",
                "sp100",
                "--start-date",
                "2026-08-20",
                "--end-date",
                "2026-11-20"));
  }

  @Test
  void sizedFlowsRunThreeYearsOfTheirUniverseAndABreadthBacktest() {
    List<List<String>> lines = CommandCatalog.commandLines("medium", null, TODAY);

    assertThat(lines.get(0)).contains("demo_medium", "2023-11-20");
    assertThat(lines.get(2)).contains("breadth", "2025-11-20");
  }

  @Test
  void flowsTakeNoParametersAndUnknownCommandsAreRefused() throws Exception {
    assertThatThrownBy(() -> CommandCatalog.commandLines("demo", JSON.readTree("{\"x\":1}"), TODAY))
        .isInstanceOf(ApiException.class)
        .hasMessage("demo takes no parameters");
    assertThatThrownBy(() -> CommandCatalog.commandLines("rm", null, TODAY))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("unknown command 'rm'");
  }
}
