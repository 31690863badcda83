package io.breadthflow.server.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommandCatalogTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCatalogNamesTheCommandsAndTheQuickFlows() {
    assertThat(CommandCatalog.names())
        .containsExactly(
            "backtest_run",
            "data_fetch",
            "data_summary",
            "demo",
            "full",
            "kafka_demo",
            "medium",
            "signal_generate",
            "signal_summary",
            "small");
  }

  @Test
  void flowsTakeNoParametersAndUnknownCommandsAreRefused() throws Exception {
    assertInvalid("demo", "{\"x\":1}", "unknown parameter 'x': this command takes none");
    assertInvalid("rm", "{}", "unknown command 'rm'");
  }

  @Test
  void parametersAreCheckedByTheRequestRecordsBeforeAnythingRuns() throws Exception {
    assertInvalid("data_fetch", "{\"symbol_list\":\"sp100\",\"rm\":1}", "unknown parameter 'rm'");
    assertInvalid(
        "data_fetch",
        "{\"symbol_list\":\"nope\",\"start_date\":\"2024-01-02\",\"end_date\":\"2024-02-01\"}",
        "universe must be one of");
    assertInvalid(
        "backtest_run",
        "{\"strategy\":\"sma-cross\",\"symbol_list\":\"demo_small\",\"start_date\":\"2024-01-02\","
            + "\"end_date\":\"2024-06-28\",\"slow\":2147483647}",
        "slow must be between 2 and 1000");
    assertInvalid(
        "signal_generate",
        "{\"symbols\":[\"AAPL\"],\"start_date\":\"1776-07-04\",\"end_date\":\"2024-06-28\"}",
        "dates must lie within the trading calendar");
    assertInvalid("kafka_demo", "{\"trades\":0}", "trades must be a whole number from 1");
  }

  private static void assertInvalid(String command, String parameters, String message)
      throws Exception {
    assertThatThrownBy(() -> CommandCatalog.task(command, JSON.readTree(parameters), TODAY, null))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.INVALID_REQUEST);
  }
}
